import { copyFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/**
 * Astro writes only the root 404 page as `404.html`; the Russian one (src/pages/ru/404.astro) lands at
 * `ru/404/index.html` like any page. Hosts that look for the nearest `404.html` up the folder tree
 * (Cloudflare Pages, for one) serve `ru/404.html` for a missing Russian address, so it is copied there; the
 * folder copy stays, as the Kazakh 404 page's language switch links `/ru/404/`.
 */
export function statusPages(): AstroIntegration {
  return {
    name: 'qyzmet:status-pages',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await copyFile(new URL('ru/404/index.html', dir), new URL('ru/404.html', dir));
      },
    },
  };
}
