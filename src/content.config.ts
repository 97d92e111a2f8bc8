import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parseDataJsonOnce } from './integrations/data-json.ts';
import { actSchema } from './schemas/act.ts';
import { officeSchema } from './schemas/office.ts';
import { placeSchema } from './schemas/place.ts';
import { serviceSchema } from './schemas/service.ts';

/**
 * A collection of one generated data file. The data check before the build parsed the file already
 * (src/integrations/data-json.ts), so the loader takes that parse: no second one.
 */
const dataCollection = <S extends z.ZodType>(name: string, schema: S) =>
  defineCollection({
    loader: file(`content/data/${name}`, {
      parser: (text: string) => parseDataJsonOnce(name, text) as Record<string, unknown>[],
    }),
    schema,
  });

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
