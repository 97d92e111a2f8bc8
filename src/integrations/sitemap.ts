import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { renderedPages } from './rendered-pages.ts';
import { isSitemapPage, sitemapXml } from './sitemap-xml.ts';

/**
 * Writes /sitemap.xml from the pages Astro built, in both languages with their hreflang alternates
 * (sitemap-xml.ts): HTML pages only, framed embeds left out (the embed guides stay), and so are pages that
 * ask not to be indexed (the redirects from former addresses: they say so as they render, see
 * rendered-pages.ts) and the 404 pages.
 */
export function sitemap(): AstroIntegration {
  let site = '';
  return {
    name: 'qyzmet:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:done': async ({ dir, pages }) => {
        const { noindex } = renderedPages();
        const paths = pages.map((p) => `/${p.pathname}`.replace(/\/+/g, '/')).filter(isSitemapPage);
        await writeFile(
          new URL('sitemap.xml', dir),
          sitemapXml(
            paths.filter((p) => !noindex.has(p)),
            site,
          ),
        );
      },
    },
  };
}
