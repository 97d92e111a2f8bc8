/**
 * The reviewed table of city area codes (content/phone/city-area-codes.json), with its public source: the
 * last resort for a number written without a code (`378-09-10`, an Almaty office in 000 appendix 2) when
 * no row of the data shows a code for its town. Validated entry by entry.
 */
import { z } from 'astro/zod';
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic } from '../types.ts';

export const CITY_AREA_CODES_FILE = 'content/phone/city-area-codes.json';

const citySchema = z.strictObject({
  /** The city as the acts name it (`Алматы`, `Павлодар`). */
  city: z.string().trim().min(1),
  /** Its region as the acts name it, so a village of the same name elsewhere does not match. */
  region: z.string().trim().min(1),
  code: z.string().regex(/^7[12]\d{1,3}$/),
  /** Digits of a subscriber number under this code: code + number make ten digits. */
  subscriberDigits: z.number().int().min(5).max(7),
  /** Districts administered from the city whose offices sit in it. */
  districts: z.array(z.string().trim().min(1)),
  districtsNote: z.string().trim().min(10).optional(),
});
export type CityAreaCode = z.infer<typeof citySchema>;

const tableSchema = z.strictObject({
  about: z.string().min(1),
  source: z.string().min(20),
  cities: z.array(z.unknown()),
});

export interface CityAreaCodes {
  cities: CityAreaCode[];
  /** The table's public source, cited in every phone it completes. */
  source: string;
  diagnostics: Diagnostic[];
}

export const NO_CITY_AREA_CODES: CityAreaCodes = { cities: [], source: '', diagnostics: [] };

export function parseCityAreaCodes(input: unknown): CityAreaCodes {
  const at = { file: CITY_AREA_CODES_FILE };
  const table = tableSchema.safeParse(input);
  if (!table.success) {
    const message = `${CITY_AREA_CODES_FILE}: ${table.error.issues[0]?.message ?? 'not a table'}`;
    return { ...NO_CITY_AREA_CODES, diagnostics: [diagnostic('error', 'area-codes-invalid', message, at)] };
  }
  const cities: CityAreaCode[] = [];
  const diagnostics: Diagnostic[] = [];
  table.data.cities.forEach((entry, i) => {
    const parsed = citySchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const message = `${CITY_AREA_CODES_FILE} entry ${i + 1}: ${issue?.path.join('.')}: ${issue?.message}`;
      diagnostics.push(diagnostic('error', 'area-code-invalid', message, at));
    } else if (parsed.data.code.length + parsed.data.subscriberDigits !== 10) {
      const message = `${CITY_AREA_CODES_FILE} entry ${i + 1}: code ${parsed.data.code} and ${parsed.data.subscriberDigits}-digit numbers do not make ten digits`;
      diagnostics.push(diagnostic('error', 'area-code-invalid', message, at));
    } else cities.push(parsed.data);
  });
  return { cities, source: table.data.source, diagnostics };
}
