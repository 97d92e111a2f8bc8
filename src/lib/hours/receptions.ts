/**
 * Officials' reception schedules: the next dates (computed at build time, from the build date) and an
 * iCalendar file people can add to their phone's calendar. Times are Kazakhstan time (UTC+5).
 */
import rrulePkg from 'rrule';
import type { Office, Reception } from '../../schemas/office.ts';
import { KAZAKHSTAN_UTC_OFFSET_MINUTES } from './open-now.ts';

const { rrulestr } = rrulePkg;

/** Next occurrence dates (`YYYY-MM-DD`, Kazakhstan calendar) of a reception after `from`. */
export function nextDates(reception: Pick<Reception, 'rrule'>, from: Date, count = 3): string[] {
  if (!reception.rrule) return [];
  // rrule works in "floating" UTC: the day is the Kazakhstan day, the time is irrelevant for the date.
  const start = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  const rule = rrulestr(`DTSTART:${icsDate(start)}T000000Z\nRRULE:${reception.rrule}`);
  return rule.all((_, i) => i < count).map((d) => d.toISOString().slice(0, 10));
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

/** An iCalendar file with one recurring event per reception that has a rule and times. */
export function receptionsToIcs(office: Pick<Office, 'id' | 'name' | 'address' | 'receptions'>, from: Date): string {
  const stamp = `${icsDate(from)}T000000Z`;
  const events = office.receptions.flatMap((r, i) => {
    const first = nextDates(r, from, 1)[0];
    if (!first || !r.start || !r.end) return [];
    return [
      'BEGIN:VEVENT',
      `UID:${office.id}-reception-${i + 1}@qyzmet.kz`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${utcStamp(first, r.start)}`,
      `DTEND:${utcStamp(first, r.end)}`,
      `RRULE:${r.rrule}`,
      `SUMMARY:${icsText(`${r.who}: азаматтарды қабылдау — ${office.name}`)}`,
      ...(office.address ? [`LOCATION:${icsText(office.address)}`] : []),
      `DESCRIPTION:${icsText(r.text)}`,
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

/** Whether an office has at least one reception a calendar can hold. */
export function hasCalendar(office: Pick<Office, 'receptions'>): boolean {
  return office.receptions.some((r) => r.rrule && r.start && r.end);
}
