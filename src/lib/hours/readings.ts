/** An office's readings of its hours: every act's when they differ, else the one the office shows. */
import { type Lang, ui } from '../../i18n/index.ts';
import type { Hours, HoursReading, Office } from '../../schemas/office.ts';

/** The office's own hours, or one act's reading (`about`: a clause about the office's kind or about the service). */
export type Reading = Hours & {
  about?: HoursReading['about'];
  sources?: HoursReading['sources'] | undefined;
  versions?: HoursReading['versions'];
};

/** How a reading is introduced: a clause about the service says when the service is given, nothing more. */
export function readingLabel(r: Reading, lang: Lang = 'kk'): string {
  const t = ui(lang);
  if (r.about === 'service') return t['hours.label.service'];
  if (r.from === 'standard') return t['hours.label.standard'];
  return t['hours.label'];
}

/**
 * The office's readings. Given the service versions a page is about, a clause about a service shows only
 * when it is one of those services' own clause: another service's schedule is not this service's.
 */
export function hoursReadings(
  office: Pick<Office, 'hours' | 'hoursReadings'>,
  forVersions?: readonly string[],
): Reading[] {
  if (!office.hoursReadings?.length) return office.hours ? [office.hours] : [];
  if (!forVersions) return office.hoursReadings;
  return office.hoursReadings.filter(
    (r) => r.about !== 'service' || (r.versions ?? []).some((v) => forVersions.includes(v)),
  );
}
