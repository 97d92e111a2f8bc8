/** An office's readings of its hours: every act's when they differ, else the one the office shows. */
import type { Hours, HoursReading, Office } from '../schemas/office.ts';

/** The office's own hours, or one act's reading (`about`: a clause about the office's kind or about the service). */
export type Reading = Hours & { about?: HoursReading['about']; sources?: HoursReading['sources'] | undefined };

/** How a reading is introduced: a clause about the service says when the service is given, nothing more. */
export function readingLabel(r: Reading): string {
  if (r.about === 'service') return 'Қызмет көрсетілетін уақыт (стандарт бойынша)';
  if (r.from === 'standard') return 'Жұмыс уақыты (стандарттағы жалпы кесте)';
  return 'Жұмыс уақыты';
}

export function hoursReadings(office: Pick<Office, 'hours' | 'hoursReadings'>): Reading[] {
  if (office.hoursReadings?.length) return office.hoursReadings;
  return office.hours ? [office.hours] : [];
}
