/**
 * Internal link and anchor check over the built pages: every `href`/`src` to this site must name an
 * existing file, and every `#fragment` an element id on the target page (the source-line anchors of the
 * act pages included). Pure: pages in, broken links out.
 */
export interface BrokenLink {
  page: string;
  href: string;
  reason: 'missing-page' | 'missing-anchor';
}

const attr = /\s(?:href|src)="([^"]*)"/g;
const idAttr = /\sid="([^"]*)"/g;

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

/** `/a/b/` -> `/a/b/index.html`; files keep their path. */
export function pageFile(pathname: string): string {
  return pathname.endsWith('/') ? `${pathname}index.html` : pathname;
}

/**
 * @param pages site path of each HTML file (`/offices/x/index.html`) -> its HTML
 * @param files every other file in the site (`/data/offices.json`, `/_astro/x.css`)
 */
export function checkLinks(pages: ReadonlyMap<string, string>, files: ReadonlySet<string>): BrokenLink[] {
  const ids = new Map<string, Set<string>>();
  for (const [path, html] of pages) ids.set(path, new Set([...html.matchAll(idAttr)].map((m) => m[1] ?? '')));
  const broken: BrokenLink[] = [];
  for (const [path, html] of pages) {
    const base = new URL(path, 'http://site.invalid');
    for (const m of html.matchAll(attr)) {
      const raw = decodeEntities(m[1] ?? '');
      if (!raw || /^(mailto:|tel:|data:|javascript:)/.test(raw)) continue;
      const url = new URL(raw, base);
      if (url.origin !== base.origin) continue;
      const target = pageFile(decodeURIComponent(url.pathname));
      const exists = pages.has(target) || files.has(target);
      if (!exists) {
        broken.push({ page: path, href: raw, reason: 'missing-page' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && pages.has(target) && !ids.get(target)?.has(fragment)) {
        broken.push({ page: path, href: raw, reason: 'missing-anchor' });
      }
    }
  }
  return broken;
}
