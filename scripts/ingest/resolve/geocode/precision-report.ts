/**
 * The geocoder's figures for the ingest report: how many offices of each kind sit at settlement,
 * district or region precision, and one diagnostic per problem name (not per office: the same
 * village recurs in every act that lists it). Pure.
 */
import type { Location, Office } from '../../../../src/schemas/office.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { Diagnostic } from '../../types.ts';

export interface GeocodeProblem {
  office: Office;
  code: 'geocode-wrong-region' | 'geocode-doubtful' | 'geocode-not-in-gazetteer' | 'geocode-unknown-region';
  /** What was looked up: the settlement or region name as the office gives it. */
  name: string;
  detail: string;
  /** Where the office went instead. */
  fallback: Location['precision'] | null;
}

/** `geocode:employment-department:settlement` -> count; `...:none` for offices left without a point. */
export function precisionTotals(offices: readonly Office[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const o of offices) {
    const key = `geocode:${o.kind}:${o.location?.precision ?? 'none'}`;
    totals[key] = (totals[key] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(totals).sort(([a], [b]) => a.localeCompare(b)));
}

const SEVERITY: Record<GeocodeProblem['code'], Diagnostic['severity']> = {
  'geocode-wrong-region': 'warning',
  'geocode-doubtful': 'warning',
  'geocode-unknown-region': 'warning',
  'geocode-not-in-gazetteer': 'info',
};

export function summariseProblems(problems: readonly GeocodeProblem[]): Diagnostic[] {
  const groups = new Map<string, GeocodeProblem[]>();
  for (const p of problems) {
    const key = `${p.code}|${p.office.region}|${p.name}|${p.detail}|${p.fallback}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as GeocodeProblem;
    const source = first.office.sources[0];
    const offices = group.length === 1 ? first.office.id : `${first.office.id} and ${group.length - 1} more offices`;
    return diagnostic(
      SEVERITY[first.code],
      first.code,
      `«${first.name}» (${first.office.region}): ${first.detail}; ${offices} placed at ${first.fallback ?? 'no'} precision`,
      { file: source?.file ?? 'content/geo/kz-places.json', line: source?.line ?? null },
    );
  });
}
