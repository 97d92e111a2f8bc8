/**
 * Each version's complaint route resolved to concrete offices, district by district: in Ақкөл ауданы a
 * complaint about 000's service goes first to the Ақкөл department's head, then to the Ақмола regional
 * department, then to the Ақмола akim's apparatus, then to court. The districts are those of the
 * version's delivering departments; offices the version's own appendices list are preferred.
 */
import type { Office } from '../../../src/schemas/office.ts';
import type { Place } from '../../../src/schemas/place.ts';
import type { ComplaintDistrict, Service, ServiceVersion } from '../../../src/schemas/service.ts';

type Step = ServiceVersion['complaintRoute'][number];

export interface ComplaintRoutesResult {
  services: Service[];
  /** Offices with a `complaints` role added for the versions whose route reaches them. */
  offices: Office[];
}

/** Place lookups: the district (or city) an office is in, and its region. */
function placeIndex(places: readonly Place[]) {
  const byId = new Map(places.map((p) => [p.id, p]));
  const chain = (id: string | null | undefined): Place[] => {
    const out: Place[] = [];
    for (let p = id ? byId.get(id) : undefined; p; p = p.parent ? byId.get(p.parent) : undefined) out.push(p);
    return out;
  };
  return {
    district: (o: Office) => chain(o.placeId).find((p) => p.kind === 'district' || p.kind === 'city')?.id ?? null,
    region: (o: Office) => chain(o.placeId).at(-1)?.id ?? null,
  };
}

export function resolveComplaintRoutes(
  services: readonly Service[],
  offices: readonly Office[],
  places: readonly Place[],
): ComplaintRoutesResult {
  const at = placeIndex(places);
  const complaintRoles = new Map<string, Set<string>>();

  const resolveVersion = (v: ServiceVersion): ComplaintDistrict[] => {
    if (v.complaintRoute.length === 0) return [];
    const listed = offices.filter((o) => o.roles?.some((r) => r.version === v.id));
    const districts = new Map<string, Office[]>();
    for (const o of listed.filter((x) => x.kind === 'employment-department')) {
      const d = at.district(o);
      if (d) districts.set(d, [...(districts.get(d) ?? []), o]);
    }
    const fits = (kind: Office['kind'], local: boolean, district: string, region: string | null) => (o: Office) =>
      o.kind === kind &&
      (local ? o.district !== null && at.district(o) === district : o.district === null && at.region(o) === region);
    /** The first non-empty choice: the version's own appendices before the other acts' offices. */
    const first = (...choices: ((o: Office) => boolean)[]): Office[] => {
      for (const pool of [listed, offices]) {
        for (const choice of choices) {
          const found = pool.filter(choice);
          if (found.length > 0) return found;
        }
      }
      return [];
    };
    const officesFor = (step: Step, district: string, region: string | null, delivering: Office[]): Office[] => {
      switch (step.role) {
        case 'department-head':
          return delivering;
        case 'regional-department':
          return first(fits('regional-department', false, district, region));
        case 'akim-office':
          // 002 and 003 send complaints to the city or district akim (their own appendix 3), 000 to the
          // regional akim's apparatus (its appendix 5).
          return first(fits('akim-office', true, district, region), fits('akim-office', false, district, region));
        default:
          return [];
      }
    };
    return [...districts.entries()].map(([district, delivering]) => {
      const region = delivering[0] ? at.region(delivering[0]) : null;
      const steps = v.complaintRoute
        .map((step) => ({
          step: step.step,
          officeIds: officesFor(step, district, region, delivering).map((o) => o.id),
        }))
        .filter((s) => s.officeIds.length > 0);
      for (const s of steps) {
        for (const id of s.officeIds) complaintRoles.set(id, (complaintRoles.get(id) ?? new Set()).add(v.id));
      }
      return { district, steps };
    });
  };

  const routed = services.map((s) => ({
    ...s,
    versions: s.versions.map((v) => ({ ...v, complaintOffices: resolveVersion(v) })),
  }));
  const serviceOf = new Map(routed.flatMap((s) => s.versions.map((v) => [v.id, s.id] as const)));
  const withRoles = offices.map((o) => {
    const versions = [...(complaintRoles.get(o.id) ?? [])];
    const roles = [...(o.roles ?? [])];
    for (const version of versions) {
      if (!roles.some((r) => r.version === version && r.role === 'complaints'))
        roles.push({ version, role: 'complaints' });
    }
    const services = [...new Set([...(o.services ?? []), ...versions.map((v) => serviceOf.get(v) as string)])];
    return versions.length > 0 ? { ...o, roles, services } : o;
  });
  return { services: routed, offices: withRoles };
}
