/**
 * Kazakhstan's official days off: date-holidays' KZ calendar, corrected by the reviewed table in
 * content/calendar/days-off.json (the library's 2026 data still has a 15 March Constitution Day and lacks
 * the second moved Nauryz day). The open-now badge and the ready-by dates both read this one list.
 */
import Holidays from 'date-holidays';
import table from '../../../content/calendar/days-off.json' with { type: 'json' };
import { type DaysOffTable, daysOffTableSchema } from '../../schemas/calendar.ts';

/** Parsed once: a malformed table fails the first page that needs it, naming the field. */
export const daysOffTable: DaysOffTable = daysOffTableSchema.parse(table);

const byYears = new Map<string, string[]>();

/** Official days off (ISO dates, sorted) in the given years: the library's public holidays, corrected. */
export function officialDaysOff(years: readonly number[]): string[] {
  const key = years.join(',');
  const known = byYears.get(key);
  if (known) return known;
  const hd = new Holidays('KZ');
  const dates = new Set<string>();
  for (const y of years) {
    for (const h of hd.getHolidays(y)) if (h.type === 'public') dates.add(h.date.slice(0, 10));
    const fix = daysOffTable.years.find((t) => t.year === y);
    for (const a of fix?.add ?? []) dates.add(a.date);
    for (const r of fix?.remove ?? []) dates.delete(r.date);
  }
  const sorted = [...dates].sort();
  byYears.set(key, sorted);
  return sorted;
}
