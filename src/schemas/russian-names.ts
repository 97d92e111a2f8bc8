import { z } from 'astro/zod';
import { officeKinds } from './office.ts';

/**
 * Reviewed Russian names (content/names/). Every entry says where its Russian form comes from: a GeoNames
 * record (`GeoNames 1526970`), a rule (`transliteration`), a reviewed correction of either (`reviewed`, with
 * its `correction`), or the site's own translation (`qyzmet`) for service names and office kinds, which pages
 * must mark as such. `kk` is the name the entry was reviewed against: if the data's name changes, a test says
 * the entry needs another look.
 */
export const russianNameSourceSchema = z.string().regex(/^(GeoNames \d+|transliteration|reviewed|qyzmet)$/);

/** Why a reviewed name replaces what GeoNames or the rule gave (issue 18: `Таранский` -> `Тарановский район`). */
export const russianNameCorrectionSchema = z.object({
  /** The name before the review, kept so the change stays visible. */
  previous: z.string().min(1),
  reason: z.string().min(1),
  /** Where the reviewed form was checked: public pages, or the GeoNames record that holds the older form. */
  references: z.array(z.string().min(1)).min(1),
});

export const russianPlaceNameSchema = z
  .object({
    /** `places.json` id of the region, district or city. */
    id: z.string().min(1),
    kk: z.string().min(1),
    /** The Russian name as used: `Карагандинская область`, `Бурабайский район`, `город Аксу`. */
    ru: z.string().min(1),
    source: russianNameSourceSchema,
    /** Other Russian forms a reader may type (`Караганда`, `Бурабайского`); searched, never displayed. */
    forms: z.array(z.string().min(1)).default([]),
    /**
     * Other Kazakh spellings the acts write for the place (`Балқаш ауданы`, `Щучье ауданы` before its
     * renaming): the ingest finds the entry by any of them, so the place keeps this id and `kk` name
     * whichever acts are present (scripts/ingest/resolve/confirm-places.ts). Never displayed as the name.
     */
    spellings: z.array(z.string().min(1)).default([]),
    /** Present exactly when `source` is `reviewed`. */
    correction: russianNameCorrectionSchema.optional(),
    /**
     * Ids the site gave the place's spelling variants before they were one place (`balkhash-audany` for
     * `balkash-audany`, issue 9): their old URLs redirect here. A fixed record of what was published: worked
     * out from the acts read, they changed when an act was missing (issue 19).
     */
    formerIds: z
      .array(z.string().regex(/^[a-z0-9-]+$/))
      .min(1)
      .optional(),
  })
  .refine((p) => (p.source === 'reviewed') === (p.correction !== undefined), {
    message: 'a reviewed name carries its correction, and only a reviewed name does',
  });

export const russianServiceNameSchema = z.object({
  /** `services.json` id. */
  id: z.string().min(1),
  kk: z.string().min(1),
  ru: z.string().min(1),
  source: z.literal('qyzmet'),
  forms: z.array(z.string().min(1)).default([]),
});

export const russianOfficeKindSchema = z.object({
  kind: z.enum(officeKinds),
  one: z.string().min(1),
  many: z.string().min(1),
  source: z.literal('qyzmet'),
  /** What people call it (`отдел занятости`, `ЦОН`, `аким сельского округа`); searched, never displayed. */
  forms: z.array(z.string().min(1)).default([]),
});

export const russianNamesSchema = z.object({
  places: z.array(russianPlaceNameSchema),
  services: z.array(russianServiceNameSchema),
  officeKinds: z.array(russianOfficeKindSchema),
});

export type RussianPlaceName = z.infer<typeof russianPlaceNameSchema>;
export type RussianServiceName = z.infer<typeof russianServiceNameSchema>;
export type RussianOfficeKind = z.infer<typeof russianOfficeKindSchema>;
export type RussianNames = z.infer<typeof russianNamesSchema>;
