/**
 * District -> centre, built from the acts themselves: a district's own employment department or akim
 * office sits in its centre, so `Ақсу ауданының ... бөлiмi` at `Жансүгіров кенті` makes Жансүгіров the
 * centre of Ақсу ауданы, and `Бурабай ауданы` gets Щучинск. A city of regional significance
 * (`Степногор қаласы`) is its own centre. A district no office places gets the GeoNames district seat
 * (PPLA2) of its own name if there is one (`Үржар ауданы` -> Urzhar), never a region seat (`Павлодар
 * ауданы` is not centred on Павлодар). Pure.
 */
import type { Office } from '../../../../src/schemas/office.ts';
import type { GeoPlace } from '../../../geodata/types.ts';
import type { GazetteerIndex, IndexedRegion } from './gazetteer-index.ts';
import { matchPlace } from './match-place.ts';
import { placeKey } from './place-key.ts';
import { cityInName, districtInText, rowPlaceNames } from './row-place-names.ts';

export interface DistrictCentre {
  district: string;
  /** The settlement name the acts give for the centre (or the district's own name for a namesake seat). */
  settlement: string;
  place: GeoPlace;
  /** Where the centre comes from: an office's address, or a GeoNames district seat of the same name. */
  from: 'office' | 'namesake';
}

/** Offices that sit in their district's centre. */
const CENTRE_KINDS = new Set<Office['kind']>(['employment-department', 'akim-office']);
const NO_DISTRICT = { centre: null, others: [] };

function splitDistrict(district: string): { base: string; isCity: boolean } {
  const words = district.trim().split(/\s+/);
  const isCity = /^қала/u.test(words.at(-1) ?? '');
  return { base: words.length > 1 ? words.slice(0, -1).join(' ') : district, isCity };
}

/** `Ақсу ауданы` and `Ақсу ауданының`, `Степногор қаласы`: one key per district within a region. */
export function districtKey(region: IndexedRegion, district: string): string {
  const { base, isCity } = splitDistrict(district);
  return `${region.name}|${isCity ? 'city' : 'district'}|${placeKey(base)}`;
}

/** The district an office's own name says it serves (`Ақкөл ауданының ...`), or null. */
function ownDistrict(office: Office): string | null {
  return districtInText(office.name) ?? cityInName(office.name);
}

/** The place an office of the district's centre names: its city, or its address settlement. */
function centreNamed(office: Office, district: string, index: GazetteerIndex, region: IndexedRegion) {
  const { base, isCity } = splitDistrict(district);
  const names = isCity
    ? [base]
    : CENTRE_KINDS.has(office.kind) && ownDistrict(office)
      ? rowPlaceNames(office).settlements
      : [];
  for (const settlement of names) {
    const match = matchPlace(index, settlement, region, NO_DISTRICT);
    if (match.status === 'found') return { settlement, place: match.place };
  }
  return null;
}

export function buildDistrictCentres(
  offices: readonly Office[],
  index: GazetteerIndex,
  regionOf: (office: Office) => IndexedRegion | null,
): Map<string, DistrictCentre> {
  const votes = new Map<string, Map<GeoPlace, DistrictCentre & { count: number }>>();
  const districts = new Map<string, { district: string; region: IndexedRegion }>();
  for (const office of offices) {
    const region = regionOf(office);
    const district = ownDistrict(office) ?? office.district;
    if (!region || !district) continue;
    const key = districtKey(region, district);
    if (!districts.has(key)) districts.set(key, { district, region });
    const named = centreNamed(office, district, index, region);
    if (!named) continue;
    const byPlace = votes.get(key) ?? new Map<GeoPlace, DistrictCentre & { count: number }>();
    const seen = byPlace.get(named.place) ?? { district, ...named, from: 'office', count: 0 };
    seen.count += 1;
    byPlace.set(named.place, seen);
    votes.set(key, byPlace);
  }
  const centres = new Map<string, DistrictCentre>();
  for (const [key, byPlace] of votes) {
    const best = [...byPlace.values()].sort((a, b) => b.count - a.count)[0];
    if (best)
      centres.set(key, { district: best.district, settlement: best.settlement, place: best.place, from: 'office' });
  }
  const seats = new Set([...centres.values()].map((c) => c.place));
  for (const [key, { district, region }] of districts) {
    if (centres.has(key)) continue;
    const { base } = splitDistrict(district);
    const match = matchPlace(index, base, region, NO_DISTRICT);
    // `Арал ауданы` -> Aral, `Үржар ауданы` -> Urzhar: GeoNames codes them PPL, not PPLA2, yet they are the
    // seats. Never a region seat (`Павлодар ауданы` is not centred on Павлодар) or another district's seat.
    const regionSeat = match.status === 'found' && ['PPLA', 'PPLC'].includes(match.place.feature ?? '');
    if (match.status === 'found' && !regionSeat && !match.historic && !seats.has(match.place)) {
      centres.set(key, { district, settlement: base, place: match.place, from: 'namesake' });
    }
  }
  return centres;
}

/** The office's district centre and its region's other district centres, for the district check. */
export function districtContext(
  centres: ReadonlyMap<string, DistrictCentre>,
  region: IndexedRegion,
  district: string | null,
): { centre: DistrictCentre | null; others: GeoPlace[] } {
  const own = district ? (centres.get(districtKey(region, district)) ?? null) : null;
  const prefix = `${region.name}|`;
  const others = [...centres.entries()]
    .filter(([key, c]) => key.startsWith(prefix) && c !== own)
    .map(([, c]) => c.place);
  return { centre: own, others };
}
