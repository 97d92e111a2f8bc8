import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/** Writes /sitemap.xml from the pages Astro built (HTML pages only, framed embeds left out: they are fragments; the /embed/ guide stays). */
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
          .filter((p) => p.endsWith('/') && (p === '/embed/' || !p.startsWith('/embed/')))
          .sort();
        const body = urls.map((u) => `  <url><loc>${new URL(u, site).href}</loc></url>`).join('\n');
        const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
        await writeFile(new URL('sitemap.xml', dir), xml);
      },
    },
  };
}
