// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { clearOutDir } from './src/integrations/clear-out-dir.ts';
import { cspFirst } from './src/integrations/csp-first.ts';
import { dataCheck } from './src/integrations/data-json.ts';
import { hostHeaders } from './src/integrations/host-headers.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { statusPages } from './src/integrations/status-pages.ts';

export default defineConfig({
  site: 'https://qyzmet.kz',
  trailingSlash: 'always',
  build: { concurrency: 4 },
  // The editorial pages (content/pages/*.mdx) have no code blocks: no highlighter to load at start-up.
  // Shiki's would write inline styles, which the Content-Security-Policy below does not allow anyway.
  markdown: { syntaxHighlight: false },
  // Kazakh at `/`, Russian under `/ru/`: pages live in src/pages/[...lang]/ and build once per language.
  i18n: { locales: ['kk', 'ru'], defaultLocale: 'kk', routing: { prefixDefaultLocale: false } },
  // statusPages copies a built page: after cspFirst, so the copy has its policy first too.
  // hostHeaders runs last, so it sees every folder written (the 404 copies, Pagefind's).
  // clearOutDir first: it empties dist/ as the build starts and deletes the old files meanwhile.
  integrations: [
    clearOutDir(),
    dataCheck(),
    mdx(),
    sitemap(),
    cspFirst(),
    statusPages(),
    pagefind(),
    hostHeaders(['ru']),
  ],
  // A strict Content-Security-Policy: Astro hashes its own scripts and styles; nothing inline is allowed
  // otherwise. Map tiles come from OpenStreetMap (src/lib/map/tiles.ts). Pagefind needs WebAssembly: the
  // search pages alone add 'wasm-unsafe-eval' (Astro.csp in src/pages/[...lang]/search/index.astro).
  // frame-ancestors cannot be set from a <meta>: public/_headers sets it (README, "Headers for hosts").
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: https://tile.openstreetmap.org",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
    },
  },
});
