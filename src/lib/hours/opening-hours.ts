/**
 * Working hours for the open-now badge, prepared at build time: the OSM string becomes minute-of-week
 * intervals (Monday 00:00 = 0), and Kazakhstan's public holidays come from date-holidays (KZ) corrected by the reviewed days-off table, so the
 * browser only compares numbers in Kazakhstan time (UTC+5 everywhere since March 2024).
 */
import OpeningHours from 'opening_hours';
import { type Lang, ui } from '../../i18n/index.ts';
import { officialDaysOff } from './days-off.ts';

export { isOpenAt } from './open-now.ts';

/** [start, end) minute-of-week intervals of an OSM opening_hours string without PH rules. */
const intervalsByOsm = new Map<string, [number, number][]>();

export function weeklyIntervals(osm: string): [number, number][] {
  // Hundreds of office pages share a few schedules: read each string once per build.
  const known = intervalsByOsm.get(osm);
  if (known) return known;
  const oh = new OpeningHours(osm, null, 0);
  // 2024-01-01 is a Monday; the strings carry no holiday rules, so any week gives the same intervals.
  const monday = new Date(2024, 0, 1);
  const nextMonday = new Date(2024, 0, 8);
  const intervals = oh
    .getOpenIntervals(monday, nextMonday)
    .map(([from, to]): [number, number] => [
      Math.round((from.getTime() - monday.getTime()) / 60000),
      Math.round((to.getTime() - monday.getTime()) / 60000),
    ]);
  intervalsByOsm.set(osm, intervals);
  return intervals;
}

/**
 * Public holidays (ISO dates) for the given years, Kazakhstan: date-holidays corrected by the reviewed
 * days-off table (days-off.ts).
 */
export function publicHolidays(years: readonly number[]): string[] {
  return officialDaysOff(years);
}

const kazakhDayNames = ['Дүйсенбі', 'Сейсенбі', 'Сәрсенбі', 'Бейсенбі', 'Жұма', 'Сенбі', 'Жексенбі'];

/**
 * Monday to Sunday in a language. Russian through Intl (2024-01-01 was a Monday); Kazakh from the list
 * above, because Chromium and small-ICU Node builds have no `kk` locale.
 */
const dayNamesByLang = new Map<Lang, string[]>([['kk', kazakhDayNames]]);

function dayNames(lang: Lang): string[] {
  const known = dayNamesByLang.get(lang);
  if (known) return known;
  const format = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
  const names = kazakhDayNames.map((_, i) => {
    const name = format.format(new Date(Date.UTC(2024, 0, 1 + i)));
    return name.charAt(0).toUpperCase() + name.slice(1);
  });
  dayNamesByLang.set(lang, names);
  return names;
}

function hhmm(minuteOfDay: number): string {
  const h = Math.floor(minuteOfDay / 60);
  const m = minuteOfDay % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** A weekly table for people: each day with its open periods (`09:00–13:00, 14:00–18:00`) or `Демалыс`. */
export function weeklyTable(
  intervals: readonly [number, number][],
  lang: Lang = 'kk',
): { day: string; hours: string }[] {
  const dayOff = ui(lang)['hours.dayOff'];
  return dayNames(lang).map((day, i) => {
    const start = i * 1440;
    const periods = intervals
      .filter(([a, b]) => a < start + 1440 && b > start)
      .map(([a, b]) => `${hhmm(Math.max(a, start) - start)}–${hhmm(Math.min(b, start + 1440) - start)}`);
    return { day, hours: periods.length ? periods.join(', ') : dayOff };
  });
}
