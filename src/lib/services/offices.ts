import type { Office } from '../../schemas/office.ts';
import type { ServiceVersion } from '../../schemas/service.ts';

/**
 * Offices listed in the appendices of a service version (the places that deliver it or take complaints):
 * the ingest's links when present, else the offices whose source rows sit in the version's appendices.
 */
export function officesForVersion(
  version: Pick<ServiceVersion, 'id' | 'offices'>,
  offices: readonly Office[],
): Office[] {
  if (version.offices) {
    const ids = new Set(version.offices);
    return offices.filter((o) => ids.has(o.id));
  }
  const prefix = `${version.id}/`;
  return offices.filter((o) => o.sources.some((s) => s.appendix.startsWith(prefix)));
}

export interface OfficeGroup {
  region: string;
  districts: { district: string | null; offices: Office[] }[];
}

/** Region -> district -> offices, in the order given (callers sort first). */
export function groupByRegionDistrict(offices: readonly Office[]): OfficeGroup[] {
  const groups: OfficeGroup[] = [];
  for (const o of offices) {
    let g = groups.find((x) => x.region === o.region);
    if (!g) {
      g = { region: o.region, districts: [] };
      groups.push(g);
    }
    let d = g.districts.find((x) => x.district === o.district);
    if (!d) {
      d = { district: o.district, offices: [] };
      g.districts.push(d);
    }
    d.offices.push(o);
  }
  return groups;
}
