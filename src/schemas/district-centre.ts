import { z } from 'astro/zod';
import { sourceRefSchema } from './source.ts';

/**
 * Reviewed district centres (content/geo/district-centres.json): where the ingest puts an office it can
 * place no closer than its district, and what tells a village of one district from another's seat. Once
 * voted on by the offices of every act, so junk in one act moved another act's rural akims (issue 19:
 * 000 damaged at line 401 moved 001's Ұйғыр ауданы akims from Chundzha to Konayev). Pinned here, an
 * office's point depends on its own rows, this list and the gazetteer only.
 */
export const districtCentreSchema = z.strictObject({
  /** The region of the time as the acts name it (`Алматы облысы`). */
  region: z.string().min(1),
  /** The district or city of regional significance as an act writes it (case endings found by key). */
  district: z.string().min(1),
  /**
   * Other names the acts write for it (`Щучье ауданы` for `Бурабай ауданы`, `Сарқант` for `Сарқан`). A
   * merged office shows one act's spelling; without that act it shows another's, which must find the same
   * centre.
   */
  spellings: z.array(z.string().min(1)).optional(),
  /**
   * The gazetteer place (content/geo/kz-places.json): its GeoNames id, or null for an entry of a package
   * without ids, then found by name and coordinates. Null: no centre is known, the office stays at its
   * region's centre.
   */
  centre: z
    .strictObject({
      geonames: z.number().int().positive().nullable(),
      name: z.string().min(1),
      lat: z.number(),
      lon: z.number(),
    })
    .nullable(),
  /**
   * How the centre was found: the district's own department or akim office sits there (`office`, its
   * `sources`); GeoNames' seat of the district's name (`namesake`); or, the seat not being in the
   * gazetteer, the settlement of the district where most of its offices are (`most-offices`, used only
   * as a fallback point, never to judge which district a village is in).
   */
  from: z.enum(['office', 'namesake', 'most-offices']).optional(),
  /** The settlement as the acts write it (`office`), or the district's own name (`namesake`). */
  settlement: z.string().min(1).optional(),
  /** The rows whose address names the centre (`office`). */
  sources: z.array(sourceRefSchema).optional(),
});
export type DistrictCentreEntry = z.infer<typeof districtCentreSchema>;

export const districtCentresSchema = z.array(districtCentreSchema);
