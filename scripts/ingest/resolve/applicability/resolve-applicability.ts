/**
 * Which service versions apply in each district of places.json: a regional act's versions in that
 * region's districts, a national standard in every district. Computed once here so the site and the open
 * data read one answer (`service.applicability`).
 */
import type { Act } from '../../../../src/schemas/act.ts';
import type { Place } from '../../../../src/schemas/place.ts';
import type { DistrictApplicability, Service } from '../../../../src/schemas/service.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { Diagnostic } from '../../types.ts';
import { foldKazakh } from '../merge-offices/office-keys.ts';
import { type ActScope, actScope } from './act-scope.ts';

export interface DistrictUnit {
  district: string;
  region: string;
}

/**
 * The districts and cities of regional significance under each region. A city of republican significance
 * with no districts of its own in the data (Астана of 000) is its own unit, so a national standard still
 * reaches it.
 */
export function districtUnits(places: readonly Place[]): DistrictUnit[] {
  const units: DistrictUnit[] = [];
  for (const top of places.filter((p) => p.parent === null)) {
    const children = places.filter((p) => p.parent === top.id && (p.kind === 'district' || p.kind === 'city'));
    if (children.length === 0 && top.kind === 'city') units.push({ district: top.id, region: top.id });
    for (const c of children) units.push({ district: c.id, region: top.id });
  }
  return units;
}

export function resolveApplicability(
  services: readonly Service[],
  acts: readonly Act[],
  places: readonly Place[],
): { services: Service[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const units = districtUnits(places);
  const regionIds = new Map(places.filter((p) => p.parent === null).map((p) => [foldKazakh(p.name), p.id]));
  const scopes = new Map<string, ActScope | null>();
  for (const act of acts) {
    const scope = actScope(act);
    scopes.set(act.id, scope);
    if (!scope)
      diagnostics.push(
        diagnostic(
          'warning',
          'act-scope-unknown',
          `act ${act.id}: issuer «${act.issuer}» names no region or national body`,
          act.sources[0] ?? { file: act.file },
        ),
      );
  }
  const out = services.map((service) => {
    const byDistrict = new Map<string, DistrictApplicability>();
    const add = (unit: DistrictUnit, version: string, basis: 'regional-act' | 'national-standard') => {
      const entry = byDistrict.get(unit.district) ?? { ...unit, versions: [] };
      entry.versions.push({ version, basis });
      byDistrict.set(unit.district, entry);
    };
    for (const version of service.versions) {
      const scope = scopes.get(version.act);
      if (!scope) continue;
      if (scope.kind === 'national') {
        for (const unit of units) add(unit, version.id, 'national-standard');
        continue;
      }
      const region = regionIds.get(foldKazakh(scope.region));
      if (!region) {
        diagnostics.push(
          diagnostic(
            'warning',
            'act-region-unplaced',
            `${version.id}: region «${scope.region}» is not in places.json`,
            version.sources[0] ?? { file: 'services' },
          ),
        );
        continue;
      }
      for (const unit of units) if (unit.region === region) add(unit, version.id, 'regional-act');
    }
    // Places order (region, then district id), so the open data diffs cleanly between runs.
    const order = new Map(units.map((u, i) => [u.district, i]));
    const applicability = [...byDistrict.values()].sort(
      (a, b) => (order.get(a.district) ?? 0) - (order.get(b.district) ?? 0),
    );
    return { ...service, applicability };
  });
  return { services: out, diagnostics };
}
