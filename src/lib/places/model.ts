/**
 * The region and district view models: what a place's page, embed page, embed-code page and JSON route
 * show, built once per build from the one hierarchy (`buildPlaces`, memoised as `loadRegions`).
 */
import type { Act } from '../../schemas/act.ts';
import type { Office } from '../../schemas/office.ts';
import type { Service } from '../../schemas/service.ts';
import { officeKindOrder } from '../names/office-kind.ts';
import { actsApplying } from './coverage.ts';
import type { DistrictPage, RegionPage } from './pages.ts';
import { type PlaceToday, todayOfDistrict, todayOfRegion } from './today.ts';

export interface KindGroup {
  kind: Office['kind'];
  offices: Office[];
}

/** Offices under one heading per kind, in the order lists give kinds; a kind with no office is left out. */
export function groupByKind(offices: readonly Office[]): KindGroup[] {
  return officeKindOrder
    .map((kind) => ({ kind, offices: offices.filter((o) => o.kind === kind) }))
    .filter((g) => g.offices.length > 0);
}

export interface RegionModel {
  region: RegionPage;
  /** Where the region and its places are today, each change with its decree (content/names/today.json). */
  today: PlaceToday[];
}

export function regionModel(region: RegionPage): RegionModel {
  return { region, today: todayOfRegion(region.id) };
}

export interface DistrictModel {
  district: DistrictPage;
  /** The district's offices by kind, for the lists of its embed and its code page. */
  kindGroups: KindGroup[];
  /** The acts that apply in the district, oldest first. */
  acts: Act[];
  /** Where the district is today, each change with its decree (content/names/today.json). */
  today: PlaceToday[];
}

export function districtModel(
  district: DistrictPage,
  services: readonly Service[],
  acts: readonly Act[],
): DistrictModel {
  const applying = actsApplying(services, { regionId: district.regionId, districtId: district.id });
  return {
    district,
    kindGroups: groupByKind(district.offices),
    acts: acts.filter((a) => applying.includes(a.id)),
    today: todayOfDistrict(district.id, district.regionId),
  };
}

/** Every district's model, region by region. */
export function districtModels(
  regions: readonly RegionPage[],
  services: readonly Service[],
  acts: readonly Act[],
): DistrictModel[] {
  return regions.flatMap((r) => r.districts.map((d) => districtModel(d, services, acts)));
}
