import { readFile, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { isSitemapPage, sitemapXml } from './sitemap-xml.ts';

/**
 * Writes /sitemap.xml from the pages Astro built, in both languages with their hreflang alternates
 * (sitemap-xml.ts): HTML pages only, framed embeds left out (the embed guides stay), and so are pages that
 * ask not to be indexed (the redirects from former addresses).
 */
const NOINDEX = /<meta name="robots" content="[^"]*noindex/;

export function sitemap(): AstroIntegration {
  let site = '';
  return {
    name: 'qyzmet:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:done': async ({ dir, pages }) => {
        const paths = pages.map((p) => `/${p.pathname}`.replace(/\/+/g, '/')).filter(isSitemapPage);
        const indexed = await Promise.all(
          paths.map(async (u) => !NOINDEX.test(await readFile(new URL(`.${u}index.html`, dir), 'utf8'))),
        );
        await writeFile(
          new URL('sitemap.xml', dir),
          sitemapXml(
            paths.filter((_, i) => indexed[i]),
            site,
          ),
        );
      },
    },
  };
}
