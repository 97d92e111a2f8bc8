import { z } from 'astro/zod';
import { officeKinds } from './office.ts';

/**
 * Pinned office ids (content/names/office-ids.json). An office's id is part of the open data and of its
 * URL: extend, never rename. It was read from the office's first row in file order, with a region in
 * front when two offices clashed, so it changed when another act was missing (000 away: eight offices of
 * 001-004 renamed, `sarkant-audany-…` -> `sarkan-audany-…`). Here each act row an office is read from
 * maps to its id, so whichever acts are read, each row finds its id alone.
 */
export const officeIdRowSchema = z.strictObject({
  /** Id of the act whose table lists the row (`2012-349`). */
  act: z.string().min(1),
  /**
   * District, name, settlement and postcode as the row gives them (the name with case and spacing
   * aside); a field the row leaves empty is left out.
   */
  district: z.string().min(1).optional(),
  name: z.string().min(1),
  settlement: z.string().min(1).optional(),
  postcode: z.string().min(1).optional(),
});
export type OfficeIdRow = z.infer<typeof officeIdRowSchema>;

export const officeIdSchema = z.strictObject({
  /** The published id: `offices.json`, `/offices/<id>/`. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The office's kind and region, as every row gives them. */
  kind: z.enum(officeKinds),
  region: z.string().min(1),
  /** Every act row known to list the office. */
  rows: z.array(officeIdRowSchema).min(1),
});
export type OfficeIdEntry = z.infer<typeof officeIdSchema>;
