import { copyFile, mkdir } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/**
 * The 404 page of each language at both addresses a host may want. Astro writes the Kazakh one as
 * `404.html` (what static hosts and `astro preview` serve for a missing address) but the Russian one
 * (src/pages/ru/404.astro) as `ru/404/index.html`, like any page. Hosts that look for the nearest
 * `404.html` up the folder tree (Cloudflare Pages, for one) need `ru/404.html`; the language switch of
 * each 404 page links the other's folder form (`/404/`, `/ru/404/`), its canonical address.
 */
export function statusPages(): AstroIntegration {
  return {
    name: 'qyzmet:status-pages',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await copyFile(new URL('ru/404/index.html', dir), new URL('ru/404.html', dir));
        await mkdir(new URL('404/', dir), { recursive: true });
        await copyFile(new URL('404.html', dir), new URL('404/index.html', dir));
      },
    },
  };
}
