import { z } from 'astro/zod';

export const geographyChangeKinds = [
  'region-created',
  'region-renamed',
  'city-status',
  'city-renamed',
  'city-renamed-back',
  'district-renamed',
  'district-split',
] as const;

/**
 * The act that made a change. A field the pages read could not confirm is null, and `unconfirmed` says
 * which; nothing is filled in from memory.
 */
export const geographyDecreeSchema = z.object({
  /** `Указ Президента Республики Казахстан`. */
  issuer: z.string().min(1),
  title: z.string().min(1),
  number: z.string().min(1).nullable(),
  /** Day of signing, ISO `YYYY-MM-DD`. */
  date: z.iso.date().nullable(),
  /** Day it came into force, when the text names one. */
  inForce: z.iso.date().nullable(),
  /** What could not be confirmed; null when every field was. */
  unconfirmed: z.string().min(1).nullable(),
});

/**
 * One change of Kazakhstan's geography since the acts (content/names/today.json): today's name beside the
 * places of the acts it concerns. The acts' geography stays the record; this is said beside it.
 */
export const geographyChangeSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(geographyChangeKinds),
  /** Today's name; `forms` are other spellings people type (searched, never shown). */
  today: z.object({
    kk: z.string().min(1),
    ru: z.string().min(1),
    /** In the 2021 Kazakh Latin alphabet. */
    latin: z.string().min(1),
    forms: z.array(z.string().min(1)).default([]),
  }),
  /** places.json id of the region the places belonged to in the acts; null for a city of republican significance. */
  fromRegion: z.string().nullable(),
  /** places.json ids of the acts' places the change concerns (a created region: the districts and cities moved into it). */
  places: z.array(z.string().min(1)).min(1),
  decree: geographyDecreeSchema,
  note: z.string().min(1).nullable(),
  /** Public pages the entry was checked against. */
  references: z.array(z.url()),
});

export const geographyChangesSchema = z.object({
  review: z.string().min(1),
  changes: z.array(geographyChangeSchema).min(1),
});

export type GeographyChange = z.infer<typeof geographyChangeSchema>;
