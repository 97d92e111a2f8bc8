/**
 * "Applied today, ready by <date>": the day a result is ready, counted by the act's rules (working or
 * calendar days, the day of issue in or after the term), in Kazakhstan time (UTC+5), skipping weekends and
 * official days off. Dependency-free so the browser can run
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

/** How a term is counted (the ingest's `readyBy` of a deadline): working or calendar days, issue day after it. */
export interface Counting {
  days: 'working' | 'calendar';
  /** The act leaves the day of issue out of the term (000 clause 7), so the result comes the day after it. */
  issueDayAfterTerm: boolean;
}

function nextWorkingDay(iso: string, off: ReadonlySet<string>): string {
  let day = iso;
  while (!isWorkingDay(day, off)) day = addDays(day, 1);
  return day;
}

/**
 * The day the result is ready for papers brought on `appliedOn`. Papers brought on a closed day are
 * accepted on the next working day; the day of acceptance is never counted (a term in days runs from the
 * next day); working days skip Saturdays, Sundays and days off. Where the act leaves the day of issue out
 * too, the term lies strictly between acceptance and issue: accepted Monday, 3 working days Tue-Thu, issued
 * Friday. A term that ends on a day off ends on the next working day (Civil Code of Kazakhstan, art. 173).
 */
export function readyByDate(appliedOn: string, value: number, counting: Counting, holidays: readonly string[]): string {
  const off = new Set(holidays);
  const accepted = nextWorkingDay(appliedOn, off);
  let day = accepted;
  if (counting.days === 'calendar') {
    day = addDays(accepted, value);
  } else {
    for (let left = value; left > 0; ) {
      day = addDays(day, 1);
      if (isWorkingDay(day, off)) left--;
    }
  }
  if (counting.issueDayAfterTerm) day = addDays(day, 1);
  return nextWorkingDay(day, off);
}

/**
 * The counting of a deadline without its rules read (records written before the ingest read them): the
 * unit alone, the day of issue inside the term.
 */
export function countingOfUnit(unit: DatedUnit): Counting {
  return { days: unit === 'working-day' ? 'working' : 'calendar', issueDayAfterTerm: false };
}

/** The unit alone, for callers without the act's counting rules (see `readyByDate`). */
export function dueDate(appliedOn: string, value: number, unit: DatedUnit, holidays: readonly string[]): string {
  return readyByDate(appliedOn, value, countingOfUnit(unit), holidays);
}

/**
 * The counting to use for a deadline: the act's rules (`readyBy`) when the ingest read them, null when they
 * say no date can be computed; the unit alone for older records.
 */
export function countingOf(d: {
  unit: string;
  readyBy?: { days: 'working' | 'calendar' | null; issueDayAfterTerm: boolean } | undefined;
}): Counting | null {
  if (d.readyBy)
    return d.readyBy.days ? { days: d.readyBy.days, issueDayAfterTerm: d.readyBy.issueDayAfterTerm } : null;
  return isDatedUnit(d.unit) ? countingOfUnit(d.unit) : null;
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
