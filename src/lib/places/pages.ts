/**
 * Regions and districts as pages, from places.json (the one hierarchy the ingest builds): a district
 * page per district or city of regional significance, whatever spellings the acts use (they are the
 * place's `otherNames`). An office belongs to the district its `placeId` lies in; offices with no
 * district (regional departments, centres, the region's akim) are the region's own.
 */
import type { Office } from '../../schemas/office.ts';
import type { Place } from '../../schemas/place.ts';
import { sortByKk } from '../kazakh.ts';
import { slugify } from '../slug.ts';

export interface DistrictPage {
  /** Place id (places.json). */
  id: string;
  name: string;
  region: string;
  regionId: string;
  /** Other spellings the acts use (for search). */
  otherNames: string[];
  /** Ids the district's pages had before its spellings were one place: their URLs redirect. */
  formerIds: string[];
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

const isDistrict = (p: Place) => p.parent !== null && (p.kind === 'district' || p.kind === 'city');

export function buildPlaces(offices: readonly Office[], places: readonly Place[]): RegionPage[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  const regions = new Map<string, RegionPage>();
  const districts = new Map<string, DistrictPage>();
  for (const p of places) {
    if (p.parent === null)
      regions.set(p.id, { id: p.id, name: p.name, districts: [], regionalOffices: [], offices: [] });
  }
  for (const p of places.filter(isDistrict)) {
    const region = regions.get(p.parent as string);
    if (!region) continue;
    const page: DistrictPage = {
      id: p.id,
      name: p.name,
      region: region.name,
      regionId: region.id,
      otherNames: p.otherNames,
      formerIds: p.formerIds ?? [],
      offices: [],
    };
    districts.set(p.id, page);
    region.districts.push(page);
  }
  /** The district (or the region itself) a place lies in, walking up the hierarchy. */
  const districtOf = (id: string | null | undefined): DistrictPage | undefined => {
    for (let p = id ? byId.get(id) : undefined; p; p = p.parent ? byId.get(p.parent) : undefined) {
      const d = districts.get(p.id);
      if (d) return d;
    }
    return undefined;
  };
  const regionOf = (o: Office) => {
    let p = o.placeId ? byId.get(o.placeId) : undefined;
    while (p?.parent) p = byId.get(p.parent);
    return (p && regions.get(p.id)) ?? regions.get(regionId(o.region));
  };
  // Records without `placeId` (written before places existed) find their district among its names.
  const named = new Map<string, DistrictPage>();
  for (const d of districts.values()) {
    for (const n of [d.name, ...d.otherNames]) named.set(`${d.regionId}|${n}`, d);
  }
  for (const o of offices) {
    const region = regionOf(o);
    if (!region) continue;
    region.offices.push(o);
    const district = o.district ? (districtOf(o.placeId) ?? named.get(`${region.id}|${o.district}`)) : undefined;
    if (district) district.offices.push(o);
    else region.regionalOffices.push(o);
  }
  const withOffices = [...regions.values()].filter((r) => r.offices.length > 0);
  return sortByKk(
    withOffices.map((r) => ({
      ...r,
      districts: sortByKk(
        r.districts.filter((d) => d.offices.length > 0),
        (d) => d.name,
      ),
    })),
    (r) => r.name,
  );
}

export function districtHref(d: Pick<DistrictPage, 'id'>): string {
  return `/districts/${d.id}/`;
}

export function regionHref(r: Pick<RegionPage, 'id'>): string {
  return `/regions/${r.id}/`;
}
