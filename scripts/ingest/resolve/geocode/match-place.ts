/**
 * Finds a settlement named in an act among the gazetteer's places, and refuses doubtful matches rather
 * than put an office in the wrong district: a place must lie in the office's region of the time (GeoNames
 * admin1), within the region's reach of its centre, and not clearly in another district's neighbourhood.
 * `Ақтау кенті` of Қарағанды облысы must not land on Aktau city by the Caspian, and `Абай селосы` of
 * Ақтоғай ауданы not on Abay town, 213 km away next to another district's centre.
 */
import type { GeoPlace } from '../../../geodata/types.ts';
import type { GazetteerIndex, IndexedRegion, PlaceCandidate } from './gazetteer-index.ts';
import { featureRank } from './gazetteer-index.ts';
import { distanceKm } from './geo-distance.ts';
import { keyTolerance, letterMask, lettersMissing, matchCost, placeKey, splitInitials } from './place-key.ts';

/** Beyond this from its district's centre a place is doubtful only if another district's centre is much nearer. */
export const DISTRICT_NEAR_KM = 150;
/** Beyond this from its district's centre a place is doubtful (Ақтоғай ауданы reaches ~300 km). */
export const DISTRICT_FAR_KM = 400;
/** "Much nearer": another centre within this share of the distance to the own centre. */
const OTHER_CENTRE_SHARE = 0.4;

export interface DistrictContext {
  /** The office's district centre, or null when unknown. */
  centre: GeoPlace | null;
  /** The region's other district centres. */
  others: readonly GeoPlace[];
}

/**
 * Whether a candidate is the seat of another district of the region while the office's own district is
 * known: `Самарқанд` village of Бұқар жырау ауданы is not Temirtau (once `Samarkand`), the seat of
 * `Теміртау қаласы`. A seat lies in its own district, so it cannot be a village of another one.
 */
function seatOfAnotherDistrict(place: GeoPlace, district: DistrictContext): boolean {
  return district.centre !== null && place !== district.centre && district.others.includes(place);
}

export type PlaceMatch =
  | { status: 'found'; place: GeoPlace; how: PlaceCandidate['how']; historic: boolean }
  | { status: 'none' }
  | {
      status: 'rejected';
      reason:
        | 'wrong-region'
        | 'far-from-region-centre'
        | 'far-from-district-centre'
        | 'another-district-seat'
        | 'ambiguous';
      place: GeoPlace;
    };

/** Equally good candidates farther apart than this, with no district centre to choose, are ambiguous. */
const AMBIGUOUS_KM = 30;

/** Longest Russian ending `matchCost` lets the gazetteer name add (`skoe`). */
const LONGEST_ENDING = 4;

/** The place's names split into word keys, once per run (each name with initials scans every place). */
function wordKeysOf(index: GazetteerIndex, place: GeoPlace): string[][] {
  let names = index.wordKeys.get(place);
  if (!names) {
    names = [place.name, ...place.altNames].map((n) => n.split(/[\s-]+/).map(placeKey));
    index.wordKeys.set(place, names);
  }
  return names;
}

function byInitials(index: GazetteerIndex, name: string): PlaceCandidate[] {
  const split = splitInitials(name);
  if (!split) return [];
  const surname = placeKey(split.surname);
  const initial = placeKey(split.initials[0] ?? '');
  const out: PlaceCandidate[] = [];
  for (const { place } of index.places) {
    const names = wordKeysOf(index, place);
    const hit = names.some((words) => {
      const last = words.at(-1) ?? '';
      return (
        words.length >= 2 && (words[0] ?? '').startsWith(initial) && matchCost(surname, last) <= keyTolerance(surname)
      );
    });
    if (hit) out.push({ place, cost: 0.5, how: 'spelling', historic: false });
  }
  return out;
}

function candidates(index: GazetteerIndex, name: string): PlaceCandidate[] {
  const key = placeKey(name);
  if (!key) return [];
  const cached = index.cache.get(name);
  if (cached) return cached;
  const alias = index.aliases.get(key);
  const tolerance = keyTolerance(key);
  const out: PlaceCandidate[] = [];
  const mask = letterMask(key);
  for (const { place, keys, masks, current } of index.places) {
    let best: PlaceCandidate | null = null;
    for (const [i, k] of keys.entries()) {
      if (alias === k) {
        best = { place, cost: 0, how: 'alias', historic: false };
        break;
      }
      if (k.length < key.length - tolerance || k.length > key.length + Math.max(tolerance, LONGEST_ENDING)) continue;
      if (lettersMissing(mask, masks[i] ?? 0) > 2 * tolerance) continue;
      const cost = matchCost(key, k, tolerance);
      const historic = !current.has(k);
      // At equal cost the current name wins over a historic one of the same place.
      if (cost <= tolerance && (!best || cost < best.cost || (cost === best.cost && best.historic && !historic)))
        best = { place, cost, how: cost === 0 ? 'name' : 'spelling', historic };
    }
    if (best) out.push(best);
  }
  const all = out.length ? out : byInitials(index, name);
  index.cache.set(name, all);
  return all;
}

/** Whether the place lies in the region: by admin1 code, or by nearest centre when GeoNames says `00`. */
export function inRegion(index: GazetteerIndex, region: IndexedRegion, place: GeoPlace): boolean {
  if (place.admin1 !== '00') return region.admin1.has(place.admin1);
  return index.nearestRegion.get(place) === region;
}

/** Whether a place sits plausibly in the district whose centre is known. */
export function inDistrict(place: GeoPlace, district: DistrictContext): boolean {
  if (!district.centre) return true;
  const own = distanceKm(district.centre, place);
  if (own <= DISTRICT_NEAR_KM) return true;
  if (own > DISTRICT_FAR_KM) return false;
  const others = district.others.filter((c) => distanceKm(c, district.centre as GeoPlace) > 1);
  return !others.some((c) => distanceKm(c, place) < OTHER_CENTRE_SHARE * own);
}

export function matchPlace(
  index: GazetteerIndex,
  name: string,
  region: IndexedRegion,
  district: DistrictContext,
): PlaceMatch {
  const all = candidates(index, name);
  if (all.length === 0) return { status: 'none' };
  const inTheRegion = all.filter((c) => inRegion(index, region, c.place));
  if (inTheRegion.length === 0) return { status: 'rejected', reason: 'wrong-region', place: bestOf(all, null).place };
  // An alternate or historic name counts only when no place of the region has it as its current name.
  const current = inTheRegion.filter((c) => !c.historic);
  const named = current.length > 0 ? current : inTheRegion;
  const local = named.filter((c) => !seatOfAnotherDistrict(c.place, district));
  if (local.length === 0) {
    return { status: 'rejected', reason: 'another-district-seat', place: bestOf(named, null).place };
  }
  const centre = region.centre;
  const reachable = centre ? local.filter((c) => distanceKm(centre, c.place) <= region.radiusKm) : local;
  if (reachable.length === 0) {
    return { status: 'rejected', reason: 'far-from-region-centre', place: bestOf(local, null).place };
  }
  const near = reachable.filter((c) => inDistrict(c.place, district));
  if (near.length === 0) {
    return { status: 'rejected', reason: 'far-from-district-centre', place: bestOf(reachable, district.centre).place };
  }
  const best = bestOf(near, district.centre);
  // Two PPL villages `Ақтау` in Қарағанды облысы, 60 km apart, and no district to tell them apart.
  const rivals = district.centre
    ? []
    : near.filter(
        (c) =>
          c.cost === best.cost &&
          featureRank(c.place) === featureRank(best.place) &&
          distanceKm(c.place, best.place) > AMBIGUOUS_KM,
      );
  if (rivals.length) return { status: 'rejected', reason: 'ambiguous', place: best.place };
  return { status: 'found', place: best.place, how: best.how, historic: best.historic };
}

/**
 * Closest spelling first; then nearest the district centre (two `Ақтау` villages in Қарағанды облысы);
 * then the more central feature (Ақкөл town, PPLA2, over the larger village `Akkol’` 150 km away);
 * then the larger population.
 */
function bestOf(list: readonly PlaceCandidate[], districtCentre: GeoPlace | null): PlaceCandidate {
  const sorted = [...list].sort(
    (a, b) =>
      a.cost - b.cost ||
      (districtCentre ? distanceKm(districtCentre, a.place) - distanceKm(districtCentre, b.place) : 0) ||
      featureRank(a.place) - featureRank(b.place) ||
      (b.place.population ?? 0) - (a.place.population ?? 0),
  );
  return sorted[0] as PlaceCandidate;
}
