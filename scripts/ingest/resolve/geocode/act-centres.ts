/**
 * For a district the reviewed list (content/geo/district-centres.json) lacks, as a new act's would be:
 * the centre the act's own offices name. A district's own employment department or akim office sits in
 * its centre (`Ақсу ауданының ... бөлiмi` at `Жансүгіров кенті`), and a city of regional significance
 * is its own centre. Voted within one act, by the offices that act alone lists, so no other act's
 * presence, order or damage moves the result. Pure.
 */
import type { Office } from '../../../../src/schemas/office.ts';
import type { GeoPlace } from '../../../geodata/types.ts';
import { type DistrictCentre, districtKey, splitDistrict } from './district-centres.ts';
import type { GazetteerIndex, IndexedRegion } from './gazetteer-index.ts';
import { matchPlace } from './match-place.ts';
import { cityInName, districtInText, rowPlaceNames } from './row-place-names.ts';

/** Offices that sit in their district's centre. */
const CENTRE_KINDS = new Set<Office['kind']>(['employment-department', 'akim-office']);
const NO_DISTRICT = { centre: null, others: [] };

/** The one act that lists an office, or null for an office merged from several acts' rows. */
export function soleAct(office: Office): string | null {
  const acts = new Set(office.sources.map((s) => s.act));
  const [act] = acts;
  return acts.size === 1 && act ? act : null;
}

/** The place an office of the district's centre names: its city, or its address settlement. */
function centreNamed(office: Office, district: string, index: GazetteerIndex, region: IndexedRegion) {
  const { base, isCity } = splitDistrict(district);
  const names = isCity ? [base] : CENTRE_KINDS.has(office.kind) ? rowPlaceNames(office).settlements : [];
  for (const settlement of names) {
    const match = matchPlace(index, settlement, region, NO_DISTRICT);
    if (match.status === 'found') return { settlement, place: match.place };
  }
  return null;
}

/** `act|district key` -> the centre the act's own offices name most often (the first named on a tie). */
export function actCentres(
  offices: readonly Office[],
  index: GazetteerIndex,
  regionOf: (office: Office) => IndexedRegion | null,
): Map<string, DistrictCentre> {
  const votes = new Map<string, Map<GeoPlace, DistrictCentre & { count: number }>>();
  for (const office of offices) {
    const act = soleAct(office);
    const region = regionOf(office);
    // The district the office's own name says it serves (`Ақкөл ауданының ...`).
    const district = districtInText(office.name) ?? cityInName(office.name);
    if (!act || !region || !district) continue;
    const named = centreNamed(office, district, index, region);
    if (!named) continue;
    const key = `${act}|${districtKey(region, district)}`;
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
  return centres;
}
