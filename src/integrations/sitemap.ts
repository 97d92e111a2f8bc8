import { readFile, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/**
 * Writes /sitemap.xml from the pages Astro built: HTML pages only; framed embeds left out (they are fragments;
 * the /embed/ guide stays), and so are pages that ask not to be indexed (the redirects from former addresses)
 * and the 404 pages (Astro reports the Kazakh one as `404/` though it writes `404.html`).
 */
const NOINDEX = /<meta name="robots" content="[^"]*noindex/;
const NOT_FOUND = /^(\/[a-z]{2})?\/404\/$/;

export function sitemap(): AstroIntegration {
  let site = '';
  return {
    name: 'qyzmet:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:done': async ({ dir, pages }) => {
        const urls = pages
          .map((p) => `/${p.pathname}`.replace(/\/+/g, '/'))
          .filter((p) => p.endsWith('/') && !NOT_FOUND.test(p) && (p === '/embed/' || !p.startsWith('/embed/')))
          .sort();
        const indexed = await Promise.all(
          urls.map(async (u) => !NOINDEX.test(await readFile(new URL(`.${u}index.html`, dir), 'utf8'))),
        );
        const body = urls
          .filter((_, i) => indexed[i])
          .map((u) => `  <url><loc>${new URL(u, site).href}</loc></url>`)
          .join('\n');
        const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
        await writeFile(new URL('sitemap.xml', dir), xml);
      },
    },
  };
}
