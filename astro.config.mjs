// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { pagefind } from './src/integrations/pagefind.ts';

export default defineConfig({
  site: 'https://qyzmet.kz',
  trailingSlash: 'always',
  integrations: [mdx(), pagefind()],
});
