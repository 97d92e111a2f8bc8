/**
 * A service in one district: the versions that apply there (the region's own act, the national standard),
 * the district's offices that deliver it or take applications, and the complaint route resolved to that
 * district's offices. One page per (service, district), so a citizen gets one answer without JavaScript.
 */
import type { Office } from '../../schemas/office.ts';
import type { ComplaintDistrict, Service, ServiceVersion } from '../../schemas/service.ts';
import { hoursReadings, type Reading } from '../hours/readings.ts';
import { sortByKk } from '../kazakh.ts';
import { onlyTakesComplaints } from '../offices/roles.ts';
import type { DistrictPage, RegionPage } from '../places/pages.ts';

export interface ComplaintStepView {
  step: number;
  to: string;
  text: string;
  clause: string | null;
  sources: ServiceVersion['complaintRoute'][number]['sources'];
  offices: Office[];
}

export type ApplicabilityBasis = 'regional-act' | 'national-standard';

export interface VersionInDistrict {
  version: ServiceVersion;
  /** Why the version applies here: the region's own act or the national standard. */
  basis: ApplicabilityBasis;
  /** Offices of the district the version's appendices list, except those that only take complaints. */
  offices: Office[];
  complaint: ComplaintStepView[];
}

export interface ServiceDistrict {
  service: Service;
  district: DistrictPage;
  versions: VersionInDistrict[];
  /** The district's offices to apply at, once each, the delivering department first. */
  placesToApply: Office[];
}

function complaintFor(version: ServiceVersion, route: ComplaintDistrict | undefined, byId: Map<string, Office>) {
  return version.complaintRoute.map((c) => ({
    step: c.step,
    to: c.to,
    text: c.text,
    clause: c.clause,
    sources: c.sources,
    offices: (route?.steps.find((s) => s.step === c.step)?.officeIds ?? []).flatMap((id) => byId.get(id) ?? []),
  }));
}

/** The version's offices by district id; offices that only take complaints are not places to apply. */
function officesByDistrict(version: ServiceVersion, byId: Map<string, Office>, districtOf: Map<string, DistrictPage>) {
  const applyHere = new Map<string, Office[]>();
  for (const oid of version.offices ?? []) {
    const o = byId.get(oid);
    const d = districtOf.get(oid);
    if (!o || !d) continue;
    const list = applyHere.get(d.id) ?? [];
    if (!onlyTakesComplaints(o, version)) list.push(o);
    applyHere.set(d.id, list);
  }
  return applyHere;
}

/**
 * Which versions apply in which district: the resolve stage's `applicability` when the data has it, else
 * the districts where a version lists offices or a complaint route.
 */
function applicability(service: Service, applyHere: Map<string, Map<string, Office[]>>) {
  if (service.applicability) {
    return service.applicability.map((a) => ({ district: a.district, versions: a.versions }));
  }
  const out = new Map<string, { version: string; basis: ApplicabilityBasis }[]>();
  for (const v of service.versions) {
    const routes = (v.complaintOffices ?? []).map((c) => c.district);
    for (const id of new Set([...routes, ...(applyHere.get(v.id)?.keys() ?? [])])) {
      const basis: ApplicabilityBasis = v.region === null ? 'national-standard' : 'regional-act';
      out.set(id, [...(out.get(id) ?? []), { version: v.id, basis }]);
    }
  }
  return [...out].map(([district, versions]) => ({ district, versions }));
}

/** Every district where some version of a service applies, with what applies there, regional act first. */
export function serviceDistricts(service: Service, regions: readonly RegionPage[], offices: readonly Office[]) {
  const byId = new Map(offices.map((o) => [o.id, o]));
  const districtOf = new Map<string, DistrictPage>();
  for (const r of regions) for (const d of r.districts) for (const o of d.offices) districtOf.set(o.id, d);
  const districts = new Map(regions.flatMap((r) => r.districts.map((d) => [d.id, d] as const)));
  const applyHere = new Map(service.versions.map((v) => [v.id, officesByDistrict(v, byId, districtOf)]));
  const out: ServiceDistrict[] = [];
  for (const entry of applicability(service, applyHere)) {
    const district = districts.get(entry.district);
    if (!district) continue;
    const versions = entry.versions.flatMap(({ version: id, basis }) => {
      const version = service.versions.find((v) => v.id === id);
      if (!version) return [];
      const route = (version.complaintOffices ?? []).find((c) => c.district === district.id);
      return [
        {
          version,
          basis,
          offices: applyHere.get(id)?.get(district.id) ?? [],
          complaint: complaintFor(version, route, byId),
        },
      ];
    });
    versions.sort((a, b) => Number(a.basis !== 'regional-act') - Number(b.basis !== 'regional-act'));
    if (versions.length) out.push({ service, district, versions, placesToApply: placesToApply(versions) });
  }
  return sortByKk(out, (e) => `${e.district.region} ${e.district.name}`);
}

/** Ids of the versions that apply in the district: what a page of this service x district is about. */
export function versionIdsOf(entry: Pick<ServiceDistrict, 'versions'>): string[] {
  return entry.versions.map((v) => v.version.id);
}

/** An office's hours on this service's page: its own, and only this service's schedule clauses. */
export function serviceReadings(entry: Pick<ServiceDistrict, 'versions'>, office: Office): Reading[] {
  return hoursReadings(office, versionIdsOf(entry));
}

/** The district's offices to apply at, once each, the delivering department first. */
function placesToApply(versions: readonly VersionInDistrict[]): Office[] {
  const seen = new Map<string, Office>();
  for (const v of versions) for (const o of v.offices) seen.set(o.id, o);
  const order = ['employment-department', 'public-service-centre', 'akim-office', 'rural-akim', 'regional-department'];
  return [...seen.values()].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

export function serviceDistrictHref(serviceId: string, districtId: string): string {
  return `/services/${serviceId}/${districtId}/`;
}
