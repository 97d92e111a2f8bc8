import { z } from 'astro/zod';

export const placeKinds = ['region', 'district', 'city', 'rural-district', 'settlement'] as const;
export type PlaceKind = (typeof placeKinds)[number];

/**
 * A place of the administrative hierarchy as the acts name it (2008-2012): region -> district or city of
 * regional significance -> rural district, town or village. Built from office headings, names and addresses.
 */
export const placeSchema = z.object({
  /** Stable Latin slug, e.g. `akkol-audany`; a district name used in two regions gets the region in front. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Name as the most recent act writes it, e.g. `Ақкөл ауданы`, `Жансүгіров кенттік округ`. */
  name: z.string().min(1),
  /** `region`: an oblys; `city`: Astana and Almaty (no parent) or a city of regional significance. */
  kind: z.enum(placeKinds),
  /** Id of the enclosing place; null for regions and the two cities of republican significance. */
  parent: z.string().nullable(),
  /** Other spellings the acts use for the same place (`Бұхар жырау ауданы` for `Бұқар жырау ауданы`). */
  otherNames: z.array(z.string()),
  /**
   * The region the place belongs to today when it has been reassigned since the acts (Abai, Jetisu and
   * Ulytau regions of 2022; South Kazakhstan renamed Turkistan in 2018), else null.
   */
  presentRegion: z.string().nullable(),
  /**
   * Ids the site gave this place's spelling variants before the variants were one place (`balkhash-audany`
   * for `balkash-audany`); their old URLs redirect here. Absent when the place never had another id.
   */
  formerIds: z.array(z.string().regex(/^[a-z0-9-]+$/)).optional(),
});
export type Place = z.infer<typeof placeSchema>;
