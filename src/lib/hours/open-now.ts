/**
 * Is an office open at an instant? Dependency-free so the browser can run it: the week and holidays are
 * read in Kazakhstan time (UTC+5 everywhere since March 2024), from data prepared at build time.
 */
export const KAZAKHSTAN_UTC_OFFSET_MINUTES = 5 * 60;

type Intervals = readonly (readonly [number, number])[];

function localParts(now: Date): { iso: string; weekday: number; minute: number } {
  const local = new Date(now.getTime() + KAZAKHSTAN_UTC_OFFSET_MINUTES * 60000);
  const weekday = (local.getUTCDay() + 6) % 7;
  return {
    iso: local.toISOString().slice(0, 10),
    weekday,
    minute: weekday * 1440 + local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

export function isOpenAt(intervals: Intervals, holidays: readonly string[], now: Date): boolean {
  const { iso, minute } = localParts(now);
  if (holidays.includes(iso)) return false;
  return intervals.some(([a, b]) => minute >= a && minute < b);
}

/** One day's open periods of a weekly schedule, as a comparable key (`540-780,840-1080`). */
function dayKey(intervals: Intervals, weekday: number): string {
  const start = weekday * 1440;
  return intervals
    .filter(([a, b]) => a < start + 1440 && b > start)
    .map(([a, b]) => `${Math.max(a, start) - start}-${Math.min(b, start + 1440) - start}`)
    .join(',');
}

export type OpenState = 'open' | 'closed' | 'contested';

/**
 * Open, closed, or `contested` when the acts give the office different hours for today: then nobody can
 * say from the acts whether it is open (Karaganda's rural akims: Monday-Friday in one standard, «жұма,
 * сенбі және жексенбіден басқа» in three others).
 */
export function openState(readings: readonly Intervals[], holidays: readonly string[], now: Date): OpenState {
  const { iso, weekday } = localParts(now);
  if (holidays.includes(iso)) return 'closed';
  const keys = new Set(readings.map((r) => dayKey(r, weekday)));
  if (keys.size > 1) return 'contested';
  return readings.some((r) => isOpenAt(r, holidays, now)) ? 'open' : 'closed';
}
