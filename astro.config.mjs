// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://qyzmet.kz',
  trailingSlash: 'always',
  integrations: [mdx()],
});
