import { z } from 'astro/zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * content/calendar/days-off.json: reviewed corrections to date-holidays' Kazakhstan calendar, per year,
 * each with its source (the year's transfer decree or published calendar, the holiday law, the 2026
 * referendum). The library is right most years; where it is not, the table says why.
 */
export const daysOffYearSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  /** `decree`: checked against the year's published days off; `law-rule-only`: only the law's transfer rule applied. */
  status: z.enum(['decree', 'law-rule-only']),
  sources: z.array(z.string().min(10)).min(1),
  /** Days off the library lacks. */
  add: z.array(z.strictObject({ date: isoDate, name: z.string().min(1), source: z.string().min(10) })),
  /** Dates the library makes days off that are working days. */
  remove: z.array(z.strictObject({ date: isoDate, reason: z.string().min(10), source: z.string().min(10) })),
});
export type DaysOffYear = z.infer<typeof daysOffYearSchema>;

export const daysOffTableSchema = z.strictObject({
  about: z.string().min(1),
  years: z.array(daysOffYearSchema),
});
export type DaysOffTable = z.infer<typeof daysOffTableSchema>;
