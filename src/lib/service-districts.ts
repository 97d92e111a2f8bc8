/**
 * A service in one district: which offices there deliver it or take applications, and the complaint
 * route resolved to that district's offices (department head -> regional department -> akim apparatus ->
 * court). One page per (service, district), so a citizen gets one answer without JavaScript.
 */
import type { Office } from '../schemas/office.ts';
import type { ComplaintDistrict, Service, ServiceVersion } from '../schemas/service.ts';
import { sortByKk } from './kazakh.ts';
import type { DistrictPage, RegionPage } from './places.ts';

export interface ComplaintStepView {
  step: number;
  to: string;
  text: string;
  clause: string | null;
  offices: Office[];
}

export interface VersionInDistrict {
  version: ServiceVersion;
  /** Offices of the district the version's appendices list, except those that only take complaints. */
  offices: Office[];
  complaint: ComplaintStepView[];
}

export interface ServiceDistrict {
  service: Service;
  district: DistrictPage;
  versions: VersionInDistrict[];
}

function complaintFor(version: ServiceVersion, route: ComplaintDistrict | undefined, byId: Map<string, Office>) {
  return version.complaintRoute.map((c) => ({
    step: c.step,
    to: c.to,
    text: c.text,
    clause: c.clause,
    offices: (route?.steps.find((s) => s.step === c.step)?.officeIds ?? []).flatMap((id) => byId.get(id) ?? []),
  }));
}

/** Every district where a service has offices or a resolved complaint route, with what applies there. */
export function serviceDistricts(service: Service, regions: readonly RegionPage[], offices: readonly Office[]) {
  const byId = new Map(offices.map((o) => [o.id, o]));
  const districtOf = new Map<string, DistrictPage>();
  for (const r of regions) for (const d of r.districts) for (const o of d.offices) districtOf.set(o.id, d);
  const districts = new Map(regions.flatMap((r) => r.districts.map((d) => [d.id, d] as const)));
  const out = new Map<string, ServiceDistrict>();
  for (const version of service.versions) {
    const routes = new Map((version.complaintOffices ?? []).map((c) => [c.district, c]));
    // The version's offices by district, once: offices that only take complaints are not places to apply.
    const applyHere = new Map<string, Office[]>();
    for (const oid of version.offices ?? []) {
      const o = byId.get(oid);
      const d = districtOf.get(oid);
      if (!o || !d) continue;
      const onlyComplaints = o.roles?.every((r) => r.version !== version.id || r.role === 'complaints');
      const list = applyHere.get(d.id) ?? [];
      if (!onlyComplaints) list.push(o);
      applyHere.set(d.id, list);
    }
    for (const id of new Set([...routes.keys(), ...applyHere.keys()])) {
      const district = districts.get(id);
      if (!district) continue;
      const entry = out.get(id) ?? { service, district, versions: [] };
      entry.versions.push({
        version,
        offices: applyHere.get(id) ?? [],
        complaint: complaintFor(version, routes.get(id), byId),
      });
      out.set(id, entry);
    }
  }
  return sortByKk([...out.values()], (e) => `${e.district.region} ${e.district.name}`);
}

export function serviceDistrictHref(serviceId: string, districtId: string): string {
  return `/services/${serviceId}/${districtId}/`;
}
