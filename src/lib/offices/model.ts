/**
 * The office view model: what an office's page, embed page, embed-code entry and JSON route show, built
 * once per build. Where the office sits is read from the one hierarchy (`loadRegions`); which services it
 * serves, and which it only takes complaints for, from the services' appendices.
 */
import type { Act } from '../../schemas/act.ts';
import type { Office } from '../../schemas/office.ts';
import type { Service } from '../../schemas/service.ts';
import { latestAct } from '../embed/facts.ts';
import type { OfficePlaceIds } from '../embed/json.ts';
import type { DistrictPage, RegionPage } from '../places/pages.ts';
import { officesForVersion } from '../services/offices.ts';
import { onlyTakesComplaints } from './roles.ts';

export interface OfficeModel {
  office: Office;
  region: RegionPage | undefined;
  /** Undefined for the region's own offices (departments, centres, the akim's apparatus). */
  district: DistrictPage | undefined;
  placeIds: OfficePlaceIds;
  /** Services the office delivers or takes applications for. */
  services: Service[];
  /** Services whose documents name the office only as a place to complain. */
  complaintServices: Service[];
  /** The most recent act among the office's sources: the one its embed's status line names. */
  act: Act | undefined;
}

/** Each office's region and district, as the hierarchy places it. */
function placements(regions: readonly RegionPage[]) {
  const out = new Map<string, { region: RegionPage; district?: DistrictPage }>();
  for (const r of regions) {
    for (const o of r.regionalOffices) out.set(o.id, { region: r });
    for (const d of r.districts) for (const o of d.offices) out.set(o.id, { region: r, district: d });
  }
  return out;
}

export function officeModel(
  office: Office,
  place: { region: RegionPage; district?: DistrictPage } | undefined,
  services: readonly Service[],
  acts: readonly Act[],
): OfficeModel {
  const serviceIds = new Set(office.services ?? []);
  const linked = services.filter((s) =>
    office.services ? serviceIds.has(s.id) : s.versions.some((v) => officesForVersion(v, [office]).length > 0),
  );
  const complaintsOnly = (s: Service) =>
    office.roles !== undefined && s.versions.every((v) => onlyTakesComplaints(office, v));
  const placeIds: OfficePlaceIds = !place
    ? {}
    : place.district
      ? { regionId: place.region.id, districtId: place.district.id }
      : { regionId: place.region.id };
  return {
    office,
    region: place?.region,
    district: place?.district,
    placeIds,
    services: linked.filter((s) => !complaintsOnly(s)),
    complaintServices: linked.filter(complaintsOnly),
    act: latestAct(office.sources, acts),
  };
}

/** Every office's model by office id, in the order of `offices`. */
export function officeModels(
  offices: readonly Office[],
  regions: readonly RegionPage[],
  services: readonly Service[],
  acts: readonly Act[],
): Map<string, OfficeModel> {
  const placed = placements(regions);
  return new Map(offices.map((o) => [o.id, officeModel(o, placed.get(o.id), services, acts)]));
}
