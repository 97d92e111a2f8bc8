/**
 * Which services the acts cover in a region or district, and under which acts: read from the services'
 * `applicability` (the resolve stage), else from the offices the versions list there.
 */
import type { Office } from '../../schemas/office.ts';
import type { Service } from '../../schemas/service.ts';

export interface PlaceScope {
  regionId: string;
  districtId?: string | undefined;
}

function inScope(a: { region: string; district: string }, scope: PlaceScope): boolean {
  return scope.districtId ? a.district === scope.districtId : a.region === scope.regionId;
}

export function coveredServices(services: readonly Service[], offices: readonly Office[], scope: PlaceScope) {
  const here = new Set(offices.flatMap((o) => o.services ?? []));
  return services.filter((s) => (s.applicability ? s.applicability.some((a) => inScope(a, scope)) : here.has(s.id)));
}

/** Ids of the acts whose versions apply in the place, for the status line said before any figure. */
export function actsApplying(services: readonly Service[], scope: PlaceScope): string[] {
  const ids = new Set<string>();
  for (const s of services) {
    for (const a of s.applicability ?? []) {
      if (!inScope(a, scope)) continue;
      for (const v of a.versions) {
        const act = s.versions.find((x) => x.id === v.version)?.act;
        if (act) ids.add(act);
      }
    }
  }
  return [...ids];
}

/**
 * Ids of the acts behind a place's pages: those whose versions apply there (`actsApplying`, computed once
 * per place by `loadActsApplying`) and those listing its offices.
 */
export function placeActIds(applying: readonly string[], offices: readonly Pick<Office, 'sources'>[]): string[] {
  return [...applying, ...offices.flatMap((o) => o.sources.map((s) => s.act))];
}
