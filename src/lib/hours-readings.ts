/** An office's readings of its hours: every act's when they differ, else the one the office shows. */
import type { Hours, Office } from '../schemas/office.ts';

export interface Reading extends Hours {
  sources?: Office['sources'];
}

export function hoursReadings(office: Pick<Office, 'hours' | 'hoursReadings'>): Reading[] {
  if (office.hoursReadings?.length) return office.hoursReadings;
  return office.hours ? [office.hours] : [];
}

/** The acts disagree about the office's hours: two readings with different texts. */
export function hoursContested(office: Pick<Office, 'hours' | 'hoursReadings'>): boolean {
  return new Set(hoursReadings(office).map((r) => r.osm ?? r.text)).size > 1;
}
