/**
 * Regions and districts as pages: derived from the offices' `region` and `district` fields. Slugs are
 * readable Latin (`akkol-audany`); a district name used in two regions (`Жамбыл ауданы`) gets the
 * region's slug in front so both keep a page.
 */
import type { Office } from '../schemas/office.ts';
import { sortByKk } from './kazakh.ts';
import { slugify } from './slug.ts';

export interface DistrictPage {
  id: string;
  name: string;
  region: string;
  regionId: string;
  offices: Office[];
}

export interface RegionPage {
  id: string;
  name: string;
  districts: DistrictPage[];
  /** Offices of the region that belong to no district (regional departments, centres, the akim's apparatus). */
  regionalOffices: Office[];
  offices: Office[];
}

export function regionId(region: string): string {
  return slugify(region);
}

export function buildPlaces(offices: readonly Office[]): RegionPage[] {
  const districtRegions = new Map<string, Set<string>>();
  for (const o of offices) {
    if (!o.district) continue;
    const key = slugify(o.district);
    districtRegions.set(key, (districtRegions.get(key) ?? new Set()).add(o.region));
  }
  const regions = new Map<string, RegionPage>();
  for (const o of offices) {
    const rid = regionId(o.region);
    const region = regions.get(rid) ?? { id: rid, name: o.region, districts: [], regionalOffices: [], offices: [] };
    regions.set(rid, region);
    region.offices.push(o);
    if (!o.district) {
      region.regionalOffices.push(o);
      continue;
    }
    const base = slugify(o.district);
    const id = (districtRegions.get(base)?.size ?? 0) > 1 ? `${rid}-${base}` : base;
    let district = region.districts.find((d) => d.id === id);
    if (!district) {
      district = { id, name: o.district, region: o.region, regionId: rid, offices: [] };
      region.districts.push(district);
    }
    district.offices.push(o);
  }
  return sortByKk(
    [...regions.values()].map((r) => ({ ...r, districts: sortByKk(r.districts, (d) => d.name) })),
    (r) => r.name,
  );
}

export function districtHref(d: Pick<DistrictPage, 'id'>): string {
  return `/districts/${d.id}/`;
}

export function regionHref(r: Pick<RegionPage, 'id'>): string {
  return `/regions/${r.id}/`;
}
