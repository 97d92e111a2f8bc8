/**
 * Officials' reception schedules: the next dates (computed at build time, from the build date) and an
 * iCalendar file people can add to their phone's calendar. Times are Kazakhstan time (UTC+5).
 */
import rrulePkg from 'rrule';
import type { Act } from '../../schemas/act.ts';
import type { Office, Reception } from '../../schemas/office.ts';
import { actStatusText } from '../sources/act-status.ts';
import { actLabel, lineAnchor } from '../sources/link.ts';
import { daysOffTable, officialDaysOff } from './days-off.ts';
import { KAZAKHSTAN_UTC_OFFSET_MINUTES } from './open-now.ts';

const { rrulestr } = rrulePkg;

/**
 * Next occurrence dates (`YYYY-MM-DD`, Kazakhstan calendar) of a reception after `from`. With `within`:
 * none on or after the act's end (`until`) and none on a day off (`closed`), as in the calendar file.
 */
export function nextDates(
  reception: Pick<Reception, 'rrule'>,
  from: Date,
  count = 3,
  within?: { until: string; closed: ReadonlySet<string> },
): string[] {
  if (!reception.rrule) return [];
  // rrule works in "floating" UTC: the day is the Kazakhstan day, the time is irrelevant for the date.
  const start = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  const rule = rrulestr(`DTSTART:${icsDate(start)}T000000Z\nRRULE:${reception.rrule}`);
  const out: string[] = [];
  rule.all((d, i) => {
    const day = d.toISOString().slice(0, 10);
    if (within && day >= within.until) return false;
    if (!within?.closed.has(day)) out.push(day);
    // Bounded: a rule whose days are all closed cannot loop for ever.
    return out.length < count && i < count + 50;
  });
  return out.slice(0, count);
}

function icsDate(d: Date): string {
  return d.toISOString().slice(0, 10).replace(/-/g, '');
}

/** `15:00` on `2026-11-24` in Kazakhstan -> `20261124T100000Z`. */
function utcStamp(day: string, hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  const utc = new Date(`${day}T00:00:00Z`);
  utc.setUTCMinutes((h ?? 0) * 60 + (m ?? 0) - KAZAKHSTAN_UTC_OFFSET_MINUTES);
  return utc
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** RFC 5545 text escaping and 75-octet folding. */
function icsText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const ch of line) {
    if (new TextEncoder().encode(current + ch).length > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
    }
    current += ch;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** What a calendar's events rest on: the act, the row that gives the receptions, and the site for links. */
export interface CalendarBasis {
  act: Act;
  source: { file: string; line: number };
  /** Site origin for the link to the source line (`https://qyzmet.kz`). */
  site: string;
}

/** `2009-07-07` at 00:00 in Kazakhstan, as an RFC 5545 UTC stamp: a rule's UNTIL. */
function untilStamp(day: string): string {
  return utcStamp(day, '00:00');
}

/**
 * When the receptions held: from the act's date to its repeal. An act whose end the data do not give
 * (status unknown, or repealed with no date) still gets an end, the last day of the last year whose days
 * off are known (`lastKnownYear`), so no rule repeats forever and no occurrence falls on a holiday the
 * calendar could not exclude.
 */
export function receptionPeriod(act: Act, lastKnownYear: number): { from: string; until: string } {
  const until = act.status === 'repealed' && act.repealedBy ? act.repealedBy.date : `${lastKnownYear + 1}-01-01`;
  return { from: act.date, until };
}

/** Occurrence days (`YYYY-MM-DD`) of a rule from `from` (inclusive) to `until` (exclusive). */
function occurrences(rrule: string, from: string, until: string): string[] {
  const rule = rrulestr(`DTSTART:${from.replace(/-/g, '')}T000000Z\nRRULE:${rrule}`);
  return rule
    .between(new Date(`${from}T00:00:00Z`), new Date(`${until}T00:00:00Z`), true)
    .map((d) => d.toISOString().slice(0, 10))
    .filter((d) => d < until);
}

/**
 * An iCalendar file with one recurring event per reception that has a rule and times (issue 18): each rule
 * ends (UNTIL the act's repeal, see `receptionPeriod`), leaves out official days off (EXDATE, from the
 * reviewed table of days off), and its description gives the act, its status and the source line. The
 * text is the act's (Kazakh), like the calendar's labels.
 */
export function receptionsToIcs(
  office: Pick<Office, 'id' | 'name' | 'address' | 'receptions'>,
  from: Date,
  basis: CalendarBasis,
  daysOff: (years: readonly number[]) => readonly string[] = officialDaysOff,
  lastKnownYear: number = lastReviewedYear(from),
): string {
  const stamp = `${icsDate(from)}T000000Z`;
  const { act, source } = basis;
  const period = receptionPeriod(act, lastKnownYear);
  const years = Array.from(
    { length: Number(period.until.slice(0, 4)) - Number(period.from.slice(0, 4)) + 1 },
    (_, i) => Number(period.from.slice(0, 4)) + i,
  );
  const closed = new Set(daysOff(years));
  const status = `${actLabel(act)}: ${actStatusText(act)}`;
  const url = `${basis.site}/acts/${act.id}/#${lineAnchor(source.line)}`;
  const events = office.receptions.flatMap((r, i) => {
    if (!r.rrule || !r.start || !r.end) return [];
    const days = occurrences(r.rrule, period.from, period.until);
    const first = days[0];
    if (!first) return [];
    const start = r.start;
    const excluded = days.filter((d) => closed.has(d));
    return [
      'BEGIN:VEVENT',
      `UID:${office.id}-reception-${i + 1}@qyzmet.kz`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${utcStamp(first, start)}`,
      `DTEND:${utcStamp(first, r.end)}`,
      `RRULE:${r.rrule};UNTIL=${untilStamp(period.until)}`,
      ...excluded.map((d) => `EXDATE:${utcStamp(d, start)}`),
      `SUMMARY:${icsText(`${r.who}: азаматтарды қабылдау — ${office.name}`)}`,
      ...(office.address ? [`LOCATION:${icsText(office.address)}`] : []),
      `DESCRIPTION:${icsText(`${r.text}\n${status}.\nДереккөз: ${act.file}, ${source.line}-жол: ${url}`)}`,
      `URL:${url}`,
      'END:VEVENT',
    ];
  });
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//qyzmet//receptions//KK',
    'CALSCALE:GREGORIAN',
    ...events,
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** The last year the reviewed table of days off covers, and at least the build's year. */
export function lastReviewedYear(from: Date): number {
  return Math.max(from.getUTCFullYear(), ...daysOffTable.years.map((y) => y.year));
}

/** Whether an office has at least one reception a calendar can hold. */
export function hasCalendar(office: Pick<Office, 'receptions'>): boolean {
  return office.receptions.some((r) => r.rrule && r.start && r.end);
}

/** The window `nextDates` keeps to for an office's receptions under `act`, from `from`: its end and the days off. */
export function receptionWindow(act: Act, from: Date): { until: string; closed: ReadonlySet<string> } {
  const year = from.getUTCFullYear();
  return {
    until: receptionPeriod(act, lastReviewedYear(from)).until,
    closed: new Set(officialDaysOff([year, year + 1])),
  };
}
