/**
 * The HTTP headers the site asks of its host (issue 19), as one `_headers` file (the format Netlify and
 * Cloudflare Pages read) written into dist/ at build time, and documented for nginx in the README.
 *
 * - Every file: `X-Content-Type-Options: nosniff` and a `Referrer-Policy` that sends other sites the origin
 *   only, never the page (a search query is in the search page's address).
 * - Pages may be framed by this site only (`frame-ancestors 'self'`); the embeds (`/embed/`, `/ru/embed/`)
 *   by any site, which is what they are for. A `<meta>` cannot set `frame-ancestors`: only a header can.
 * - Scripts are governed by each page's own CSP `<meta>` (Astro hashes the page's scripts), where only the
 *   search pages allow `'wasm-unsafe-eval'` for Pagefind; a header adding a second `script-src` would block
 *   those hashes, so the header's policy holds `frame-ancestors` alone.
 *
 * Hosts merge the headers of every rule a path matches, and two CSP headers are two policies that must
 * both pass: `frame-ancestors 'self'` on `/*` would also bind the embeds. So no CSP rule overlaps another:
 * each top-level folder gets its own, and `/ru/` is split the same way one level down.
 */

export const referrerPolicy = 'strict-origin-when-cross-origin';
export const pageFrameAncestors = "frame-ancestors 'self'";
export const embedFrameAncestors = 'frame-ancestors *';

/** Folders (at the root or under a language) whose pages are made to be framed anywhere. */
const EMBED_FOLDER = 'embed';

export interface SiteEntry {
  name: string;
  isDirectory: boolean;
}

function rule(path: string, headers: readonly string[]): string[] {
  return [path, ...headers.map((h) => `  ${h}`)];
}

const policy = (ancestors: string) => [`Content-Security-Policy: ${ancestors}`];

/**
 * The `_headers` file for a built site: `root` lists dist/'s top-level entries, `languages` the folders
 * of the other languages (`ru`) with their own entries.
 */
export function headersFile(
  root: readonly SiteEntry[],
  languages: Readonly<Record<string, readonly SiteEntry[]>>,
): string {
  const lines: string[] = [
    '# Written by the build (src/lib/hosting/headers.ts): frame-ancestors per folder, never overlapping.',
    ...rule('/*', ['X-Content-Type-Options: nosniff', `Referrer-Policy: ${referrerPolicy}`]),
  ];
  const folderRules = (prefix: string, entries: readonly SiteEntry[], skip: ReadonlySet<string>) => {
    lines.push(...rule(`${prefix}/`, policy(pageFrameAncestors)));
    for (const e of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
      if (skip.has(e.name)) continue;
      const ancestors = e.name === EMBED_FOLDER ? embedFrameAncestors : pageFrameAncestors;
      lines.push(...rule(e.isDirectory ? `${prefix}/${e.name}/*` : `${prefix}/${e.name}`, policy(ancestors)));
    }
  };
  folderRules('', root, new Set(Object.keys(languages)));
  for (const [lang, entries] of Object.entries(languages)) folderRules(`/${lang}`, entries, new Set());
  return `${lines.join('\n')}\n`;
}
