import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parseDataJsonOnce } from './integrations/data-json.ts';
import { actSchema } from './schemas/act.ts';
import { officeSchema } from './schemas/office.ts';
import { placeSchema } from './schemas/place.ts';
import { serviceSchema } from './schemas/service.ts';

/** The data check before the build parsed the file already (src/integrations/data-json.ts): no second parse. */
const dataFile = (name: string) => (text: string) => parseDataJsonOnce(name, text) as Record<string, unknown>[];

// The ingest (scripts/ingest) writes content/data/*.json, validated with these same schemas.
export const collections = {
  acts: defineCollection({
    loader: file('content/data/acts.json', { parser: dataFile('acts.json') }),
    schema: actSchema,
  }),
  services: defineCollection({
    loader: file('content/data/services.json', { parser: dataFile('services.json') }),
    schema: serviceSchema,
  }),
  offices: defineCollection({
    loader: file('content/data/offices.json', { parser: dataFile('offices.json') }),
    schema: officeSchema,
  }),
  // Region -> district / city -> rural district, town or village; offices point here with `placeId`.
  places: defineCollection({
    loader: file('content/data/places.json', { parser: dataFile('places.json') }),
    schema: placeSchema,
  }),
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
