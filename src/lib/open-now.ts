/**
 * Is an office open at an instant? Dependency-free so the browser can run it: the week and holidays are
 * read in Kazakhstan time (UTC+5 everywhere since March 2024), from data prepared at build time.
 */
export const KAZAKHSTAN_UTC_OFFSET_MINUTES = 5 * 60;

export function isOpenAt(intervals: readonly [number, number][], holidays: readonly string[], now: Date): boolean {
  const local = new Date(now.getTime() + KAZAKHSTAN_UTC_OFFSET_MINUTES * 60000);
  if (holidays.includes(local.toISOString().slice(0, 10))) return false;
  const minute = ((local.getUTCDay() + 6) % 7) * 1440 + local.getUTCHours() * 60 + local.getUTCMinutes();
  return intervals.some(([a, b]) => minute >= a && minute < b);
}
