/**
 * Hours that are true. An office's hours come from its own row, its group's cell, or a sentence of a
 * standard's schedule clause that names its kind of office (`Бөлімдердің жұмыс кестесі`, 003). A sentence
 * about the service (`Мемлекеттік қызмет ... көрсетіледі`, 002) is kept as a reading (`about: 'service'`)
 * only for the offices where that standard's service is given (departments, rural akims, centres), never
 * for the akims' apparatuses that only take complaints, and never becomes `hours`; a sentence about
 * another kind of office is no reading at all. Readings that differ flag the office `hours-contested`:
 * 002's standards 5 and 12 give Karaganda's rural akims Monday-Thursday, standard 11 Monday-Friday.
 */
import type { Hours, HoursReading, Office } from '../../../src/schemas/office.ts';
import type { Flag } from '../../../src/schemas/source.ts';
import type { ClauseReading } from './hours/schedule-readings.ts';
import { ROLE_OF_KIND, versionOfAppendix } from './link-services-offices.ts';
import { foldKazakh } from './merge-offices/office-keys.ts';

type Source = Office['sources'][number];

export interface HoursEvidence {
  /** Hours of a row itself or its group's cell, by `rowKey` of the row's source. */
  rowHours: ReadonlyMap<string, Hours>;
  /** The schedule clause's readings per service version id, with the file the clause is in. */
  clauses: ReadonlyMap<string, { file: string; readings: readonly ClauseReading[] }>;
  /** Act id -> ISO date. */
  actDates: Readonly<Record<string, string>>;
}

const bySource = (a: Source, b: Source) =>
  a.file.localeCompare(b.file) || a.line - b.line || a.appendix.localeCompare(b.appendix);

export const rowKey = (s: Pick<Source, 'file' | 'line' | 'appendix'>): string => `${s.file}:${s.line}:${s.appendix}`;

export const CONTESTED_MESSAGE =
  'Актілер бұл мекеменің жұмыс уақытын әртүрлі көрсетеді: әр нұсқа өз актісімен бірге берілген.';

interface Candidate {
  hours: Hours;
  about: HoursReading['about'];
  source: Source;
  /** For a clause about the service: the version whose clause it is. */
  version?: string;
}

/** Own row first, then the group's cell, a clause naming the kind, a clause about the service. */
const TIER = { row: 0, group: 1, 'office-kind': 2, service: 3 } as const;
const tierOf = (c: Pick<Candidate, 'hours' | 'about'>) =>
  c.hours.from === 'standard' ? TIER[c.about ?? 'service'] : TIER[c.hours.from];

function candidatesOf(office: Office, evidence: HoursEvidence): { candidates: Candidate[]; borrowed: boolean } {
  const candidates: Candidate[] = [];
  let borrowed = false;
  const givesService = ROLE_OF_KIND[office.kind] !== 'complaints';
  for (const source of office.sources) {
    const own = evidence.rowHours.get(rowKey(source));
    if (own) candidates.push({ hours: own, about: undefined, source });
    const version = versionOfAppendix(source.appendix);
    const clause = evidence.clauses.get(version);
    for (const r of clause?.readings ?? []) {
      const applies = r.about === 'service' ? givesService : r.kinds.includes(office.kind);
      if (!applies) {
        borrowed = true;
        continue;
      }
      candidates.push({
        hours: { text: r.text, osm: r.osm, from: 'standard' },
        about: r.about,
        // The clause's line, and the appendix that lists the office under that standard.
        source: { ...source, file: clause?.file ?? source.file, line: r.line },
        ...(r.about === 'service' ? { version } : {}),
      });
    }
  }
  return { candidates, borrowed };
}

/**
 * Distinct readings, best first: by tier (row, group, clause naming the kind, clause about the
 * service), then the most recent act, then the reading more rows or standards give, then source order.
 * `hours` is the first that is not about the service: deterministic whatever order the rows came in.
 */
export function hoursReadings(candidates: readonly Candidate[], actDates: HoursEvidence['actDates']): HoursReading[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = c.hours.osm ?? foldKazakh(c.hours.text).replace(/ /g, '');
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const newest = (cs: readonly Candidate[]) =>
    cs
      .map((c) => actDates[c.source.act] ?? '')
      .sort()
      .at(-1) ?? '';
  const ranked = [...groups.values()].map((cs) => {
    const best = [...cs].sort((a, b) => tierOf(a) - tierOf(b))[0] as Candidate;
    const seen = new Set<string>();
    const sources = cs
      .map((c) => c.source)
      .filter((s) => !seen.has(rowKey(s)) && seen.add(rowKey(s)))
      .sort(bySource);
    const versions = [...new Set(cs.flatMap((c) => (c.version ? [c.version] : [])))].sort();
    return { best, date: newest(cs), sources, versions };
  });
  ranked.sort(
    (a, b) =>
      tierOf(a.best) - tierOf(b.best) ||
      b.date.localeCompare(a.date) ||
      b.sources.length - a.sources.length ||
      bySource(a.sources[0] as Source, b.sources[0] as Source),
  );
  return ranked.map(({ best, sources, versions }) => ({
    ...best.hours,
    ...(best.about ? { about: best.about } : {}),
    // A clause about the service belongs to the services whose clause it is, and to no other.
    ...(best.about === 'service' ? { versions } : {}),
    sources,
  }));
}

export function applyStandardHours(
  offices: readonly Office[],
  evidence: HoursEvidence,
): { offices: Office[]; totals: Record<string, number> } {
  const totals: Record<string, number> = { 'hours:contested': 0 };
  const out = offices.map((office) => {
    const { candidates, borrowed } = candidatesOf(office, evidence);
    const readings = hoursReadings(candidates, evidence.actDates);
    // A clause about the service stays a reading (the pages say "the service is given ..."): it never
    // becomes the office's own hours.
    const lead = readings.find((r) => r.about !== 'service');
    const hours: Hours | null = lead ? { text: lead.text, osm: lead.osm, from: lead.from } : null;
    // Offices without hours of their own that a clause of their standard used to reach although it
    // names another kind of office (before issue 9 every such office took the whole clause).
    if (borrowed && candidates.length === 0) {
      const key = `hours:lost-borrowed-clause:${office.kind}`;
      totals[key] = (totals[key] ?? 0) + 1;
    }
    if (!hours && readings.length > 0)
      totals['hours:service-clause-only'] = (totals['hours:service-clause-only'] ?? 0) + 1;
    const flags: Flag[] = office.flags.filter((f) => f.code !== 'hours-contested');
    const osms = new Set(readings.flatMap((r) => (r.osm ? [r.osm] : [])));
    if (osms.size > 1) {
      totals['hours:contested'] = (totals['hours:contested'] ?? 0) + 1;
      const key = `hours:contested:${office.kind}`;
      totals[key] = (totals[key] ?? 0) + 1;
      const lines = new Map(readings.flatMap((r) => r.sources.map((s) => [`${s.file}:${s.line}`, s] as const)));
      const sources = [...lines.values()].map((s) => ({ file: s.file, line: s.line }));
      flags.push({ code: 'hours-contested', message: CONTESTED_MESSAGE, sources });
    }
    return { ...office, hours, hoursReadings: readings, flags };
  });
  return { offices: out, totals };
}
