/**
 * The places hierarchy, built from the merged offices: regions as the acts name them, districts and
 * cities of regional significance (one place per district, whatever spelling each act uses), rural
 * districts from rural akims' names, towns and villages from addresses. Links every office to its place
 * and gives it its district's one name.
 */
import { slugify } from '../../../src/lib/slug.ts';
import type { Office } from '../../../src/schemas/office.ts';
import type { Place } from '../../../src/schemas/place.ts';
import type { Diagnostic } from '../types.ts';
import { confirmPlaces, type PlaceSources } from './confirm-places.ts';
import { withPlaceDistrict } from './district-spellings.ts';
import { groupDistricts } from './group-districts.ts';
import { districtStem, foldKazakh } from './merge-offices/office-keys.ts';
import { plausibleSettlement, ruralTerritory } from './place-names.ts';
import { DISTRICT_MOVED, REGION_RENAMED } from './region-changes-dictionary.ts';

export interface PlacesResult {
  places: Place[];
  /** The offices with `placeId` set. */
  offices: Office[];
  /** Districts and cities the reviewed place list lacks (confirm-places.ts). */
  diagnostics: Diagnostic[];
}

const KIND_ORDER: Record<Place['kind'], number> = {
  region: 0,
  city: 1,
  district: 1,
  'rural-district': 2,
  settlement: 3,
};

export function buildPlaces(offices: readonly Office[], sources: PlaceSources): PlacesResult {
  const places = new Map<string, Place>();
  const add = (place: Place): Place => {
    const existing = places.get(place.id);
    if (existing) return existing;
    places.set(place.id, place);
    return place;
  };

  // 1. Regions and the two cities of republican significance (Астана, Алматы), no parent.
  const regionOf = new Map<string, Place>();
  for (const o of offices) {
    if (regionOf.has(o.region)) continue;
    const id = slugify(o.region);
    const kind = /қаласы$/u.test(o.region) ? 'city' : 'region';
    const presentRegion = REGION_RENAMED[foldKazakh(o.region)] ?? null;
    regionOf.set(o.region, add({ id, name: o.region, kind, parent: null, otherNames: [], presentRegion }));
  }

  // 2. Districts and cities of regional significance, one per group of spellings.
  const districtOf = new Map<string, Place>();
  const confirmed = confirmPlaces(groupDistricts(offices), offices, sources);
  // Offices of a place nothing confirms sit in their region, with no settlement page under it either.
  const unconfirmed = new Set(
    confirmed.groups.filter((g) => !g.confirmed).flatMap((g) => g.spellings.map((s) => `${g.region}|${s}`)),
  );
  for (const group of confirmed.groups.filter((g) => g.confirmed)) {
    const region = regionOf.get(group.region) as Place;
    const stem = districtStem(group.name);
    const presentRegion = DISTRICT_MOVED[foldKazakh(group.region)]?.[stem] ?? region.presentRegion;
    const place = add({
      id: group.id,
      name: group.name,
      kind: /қаласы$/u.test(group.name) ? 'city' : 'district',
      parent: region.id,
      otherNames: group.spellings.filter((s) => s !== group.name).sort(),
      presentRegion,
    });
    for (const spelling of group.spellings) districtOf.set(`${group.region}|${spelling}`, place);
  }
  const areaOf = (o: Office): Place => districtOf.get(`${o.region}|${o.district}`) ?? (regionOf.get(o.region) as Place);
  // The ids the site once gave a place's spelling variants, from the reviewed list: whichever acts are read.
  for (const { id, formerIds } of sources.reviewed) {
    const place = formerIds && places.get(id);
    if (place) place.formerIds = [...formerIds];
  }

  // 3. Rural districts (and single-settlement akims) from rural akims' names; then 4. settlements.
  //    Rural akims go first so a village they sit in hangs under their rural district.
  const placeIdOf = new Map<string, string>();
  const settlementIds = new Map<string, string>();
  const settlement = (written: string, parent: Place, area: Place): Place => {
    // `а. Актубек` (001): the village abbreviation is not part of the name.
    const bare = written.replace(/^(а|с|п|к)\.\s*/u, '');
    const key = `${area.id}|${foldKazakh(bare)}`;
    const known = settlementIds.get(key);
    if (known) return places.get(known) as Place;
    const place = add({
      id: `${area.id}-${slugify(bare)}`,
      name: bare,
      kind: 'settlement',
      parent: parent.id,
      otherNames: [],
      presentRegion: area.presentRegion,
    });
    settlementIds.set(key, place.id);
    return place;
  };
  const ordered = [...offices].sort((a, b) => Number(b.kind === 'rural-akim') - Number(a.kind === 'rural-akim'));
  for (const o of ordered) {
    const area = areaOf(o);
    if (unconfirmed.has(`${o.region}|${o.district}`)) {
      placeIdOf.set(o.id, area.id);
      continue;
    }
    const seat = plausibleSettlement(o.settlement) ? o.settlement : null;
    if (o.kind === 'rural-akim') {
      const territory = ruralTerritory(o.name);
      if (territory?.kind === 'rural-district') {
        const rural = add({
          id: `${area.id}-${slugify(`${territory.stem} ${territory.type} округ`)}`,
          name: territory.name,
          kind: 'rural-district',
          parent: area.id,
          otherNames: [],
          presentRegion: area.presentRegion,
        });
        if (seat) settlement(seat, rural, area);
        placeIdOf.set(o.id, rural.id);
        continue;
      }
      const name = seat ?? territory?.name;
      placeIdOf.set(o.id, name ? settlement(name, area, area).id : area.id);
      continue;
    }
    // An office in a city sits in the city itself: `Көкшетау қаласы`, settlement `Көкшетау`; so do the
    // offices of Almaty's and Astana's city districts (`Алатау ауданы`, settlement `Алматы`).
    const region = regionOf.get(o.region) as Place;
    const inCity = (p: Place) => p.kind === 'city' && seat !== null && districtStem(p.name) === foldKazakh(seat);
    if (!seat || inCity(area) || inCity(region)) {
      placeIdOf.set(o.id, cityNamed(seat, area, places) ?? area.id);
      continue;
    }
    placeIdOf.set(
      o.id,
      area.kind === 'region' ? (cityNamed(seat, area, places) ?? area.id) : settlement(seat, area, area).id,
    );
  }

  const sorted = [...places.values()].sort(
    (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id.localeCompare(b.id),
  );
  const placed = offices.map((o) =>
    withPlaceDistrict({ ...o, placeId: placeIdOf.get(o.id) ?? null }, districtOf.get(`${o.region}|${o.district}`)),
  );
  return { places: sorted, offices: placed, diagnostics: confirmed.diagnostics };
}

/** A regional office's town, when it is one of the region's cities (`Көкшетау` -> `Көкшетау қаласы`). */
function cityNamed(seat: string | null, region: Place, places: Map<string, Place>): string | null {
  if (!seat) return null;
  const key = foldKazakh(seat);
  for (const p of places.values()) {
    if (p.kind === 'city' && p.parent === region.id && districtStem(p.name) === key) return p.id;
  }
  return null;
}
