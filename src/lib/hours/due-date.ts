/**
 * "Applied today, ready by <date>": the last day of a deadline counted in working or calendar days, in
 * Kazakhstan time (UTC+5), skipping weekends and public holidays. Dependency-free so the browser can run
 * it every day with the holiday list the build embeds: a date computed at build time would go stale.
 */
import type { Lang } from '../../i18n/index.ts';
import { KAZAKHSTAN_UTC_OFFSET_MINUTES } from './open-now.ts';
import { formatDateRu } from './russian-date.ts';

/** Units whose end can be given as a date; `day` is left out: the acts do not say which days they mean. */
export type DatedUnit = 'working-day' | 'calendar-day';

export function isDatedUnit(unit: string): unit is DatedUnit {
  return unit === 'working-day' || unit === 'calendar-day';
}

/** The calendar date (YYYY-MM-DD) of an instant in Kazakhstan. */
export function kazakhstanDate(now: Date): string {
  return new Date(now.getTime() + KAZAKHSTAN_UTC_OFFSET_MINUTES * 60000).toISOString().slice(0, 10);
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function isWorkingDay(iso: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(iso);
}

/**
 * The day the result is due for an application made on `appliedOn` (not counted itself). Working days
 * skip Saturdays, Sundays and holidays; a calendar-day term that ends on a day off ends on the next
 * working day (Civil Code of Kazakhstan, art. 173).
 */
export function dueDate(appliedOn: string, value: number, unit: DatedUnit, holidays: readonly string[]): string {
  const off = new Set(holidays);
  let day = appliedOn;
  if (unit === 'calendar-day') {
    day = addDays(day, value);
  } else {
    for (let left = value; left > 0; ) {
      day = addDays(day, 1);
      if (isWorkingDay(day, off)) left--;
    }
  }
  while (!isWorkingDay(day, off)) day = addDays(day, 1);
  return day;
}

const months = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];

/** `2026-03-25` -> `2026 ж. 25 наурыз`, as formatDateKk writes it at build time (Chromium has no `kk` ICU). */
export function formatDayKk(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y} ж. ${d} ${months[(m ?? 1) - 1]}`;
}

/** A due date in the page's language, the same in the browser as at build time: Russian through `Intl`. */
export function formatDay(lang: Lang, iso: string): string {
  return lang === 'ru' ? formatDateRu(iso) : formatDayKk(iso);
}
