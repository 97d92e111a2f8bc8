import { readdir, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile, type SiteEntry } from '../lib/hosting/headers.ts';

/** Writes dist/_headers from what was built, so a page folder added later is covered without an edit. */
export function hostHeaders(languages: readonly string[]): AstroIntegration {
  const entries = async (dir: URL): Promise<SiteEntry[]> =>
    (await readdir(dir, { withFileTypes: true })).map((e) => ({ name: e.name, isDirectory: e.isDirectory() }));
  return {
    name: 'qyzmet:host-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = (await entries(dir)).filter((e) => e.name !== '_headers');
        const others: Record<string, SiteEntry[]> = {};
        for (const lang of languages) others[lang] = await entries(new URL(`${lang}/`, dir));
        await writeFile(new URL('_headers', dir), headersFile(root, others));
        logger.info(`_headers: ${root.length} top-level entries and ${languages.join(', ')} covered`);
      },
    },
  };
}
