// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { pagefind } from './src/integrations/pagefind.ts';
import { sitemap } from './src/integrations/sitemap.ts';

export default defineConfig({
  site: 'https://qyzmet.kz',
  trailingSlash: 'always',
  integrations: [mdx(), sitemap(), pagefind()],
});
