import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro/content/config';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { checkCollection, checkedRecords, parseDataJsonOnce } from './integrations/data-json.ts';
import { actSchema } from './schemas/act.ts';
import { officeSchema } from './schemas/office.ts';
import { placeSchema } from './schemas/place.ts';
import { serviceSchema } from './schemas/service.ts';

// defineCollection is imported from astro/content/config, which astro:content re-exports it from (its
// types say so): importing astro:content makes Vite transform and run Astro's whole content runtime, some
// 60 modules, before the collections can sync, and this file needs none of it.

/**
 * Loads one generated data file, an array of records with unique ids, as Astro's file() loader does, but
 * without a second validation: the data check before the build (src/integrations/data-json.ts) parsed
 * the file and ran every record through the collection's schema already, and the loader stores those
 * parsed records. Only a text the check did not see (the file changed under `astro dev`) is validated here.
 */
function dataFileLoader(name: string): Loader {
  const path = `content/data/${name}`;
  const sync = async ({ store, parseData }: LoaderContext, filePath: string) => {
    const text = await readFile(filePath, 'utf8');
    const items = parseDataJsonOnce(name, text);
    const checked = checkedRecords(name, text);
    if (!checked) checkCollection(name, items);
    store.clear();
    for (const [i, item] of (items as { id: string }[]).entries()) {
      const data =
        (checked?.[i] as Record<string, unknown> | undefined) ??
        (await parseData({ id: item.id, data: item, filePath }));
      store.set({ id: item.id, data, filePath: path });
    }
  };
  return {
    name: 'qyzmet:data-file',
    load: async (context) => {
      const { watcher, config, logger } = context;
      const filePath = fileURLToPath(new URL(path, config.root));
      await sync(context, filePath);
      watcher?.add(filePath);
      watcher?.on('change', (changed) => {
        if (changed !== filePath) return;
        logger.info(`Reloading data from ${path}`);
        sync(context, filePath).catch((error: unknown) => logger.error(`${path}: ${String(error)}`));
      });
    },
  };
}

const dataCollection = <S extends z.ZodType>(name: string, schema: S) =>
  defineCollection({ loader: dataFileLoader(name), schema });

// The ingest (scripts/ingest) writes content/data/*.json, validated with these same schemas.
export const collections = {
  acts: dataCollection('acts.json', actSchema),
  services: dataCollection('services.json', serviceSchema),
  offices: dataCollection('offices.json', officeSchema),
  // Region -> district / city -> rural district, town or village; offices point here with `placeId`.
  places: dataCollection('places.json', placeSchema),
  // Editorial pages written by hand (about, complaints, embedding, open data): Kazakh in content/pages/,
  // Russian in content/pages/ru/, so ids are `about` and `ru/about` (src/lib/editorial-pages.ts).
  pages: defineCollection({
    loader: glob({ pattern: ['*.mdx', 'ru/*.mdx'], base: 'content/pages' }),
    schema: z.object({
      title: z.string(),
      description: z.string(),
      /** Order in the "about" navigation. */
      order: z.number().int(),
    }),
  }),
};
