/**
 * District -> centre, from the reviewed list content/geo/district-centres.json: `Ақсу ауданы` is centred
 * on Жансүгіров because its own employment department sits there (the entry's `sources`), `Үржар ауданы`
 * on the GeoNames seat of its name. The centres were once voted on by the offices of every act read, so
 * one act's damage or absence moved another act's offices (issue 19); pinned, they depend on no act.
 *
 * A district the list lacks (a new act, a new spelling) is told, and gets the centre its own act's
 * offices name (act-centres.ts), else the GeoNames district seat of its own name if there is one, never
 * a region seat (`Павлодар ауданы` is not centred on Павлодар) or another district's pinned centre: its
 * own act and registry data only, whatever else is read. Pure.
 */
import { type DistrictCentreEntry, districtCentreSchema } from '../../../../src/schemas/district-centre.ts';
import type { GeoPlace } from '../../../geodata/types.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { Diagnostic } from '../../types.ts';
import { reviewedEntries } from '../reviewed-entries.ts';
import { findRegion, type GazetteerIndex, type IndexedRegion } from './gazetteer-index.ts';
import { matchPlace } from './match-place.ts';
import { placeKey } from './place-key.ts';

export const DISTRICT_CENTRES_FILE = 'content/geo/district-centres.json';

export interface DistrictCentre {
  district: string;
  /** The settlement name the acts give for the centre (or the district's own name for a namesake seat). */
  settlement: string;
  place: GeoPlace;
  /** Where the centre comes from: an office's address, or a GeoNames district seat of the same name. */
  from: 'office' | 'namesake';
}

/** The reviewed centres, looked up by district key. */
export interface DistrictCentres {
  /** Centres that also judge which district a village lies in. */
  centres: ReadonlyMap<string, DistrictCentre>;
  /** District key -> the point for an office known only by its district whose seat the gazetteer lacks. */
  fallbacks: ReadonlyMap<string, GeoPlace>;
  /** Every district the list names, with a centre or without (`centre: null`). */
  listed: ReadonlySet<string>;
  diagnostics: Diagnostic[];
}

const NO_DISTRICT = { centre: null, others: [] };

export interface DistrictCentreList {
  entries: DistrictCentreEntry[];
  diagnostics: Diagnostic[];
}

/** The list's file read entry by entry: a bad entry is an error naming it, never a stack trace. */
export function parseDistrictCentres(input: unknown): DistrictCentreList {
  const read = reviewedEntries(input, districtCentreSchema, {
    file: DISTRICT_CENTRES_FILE,
    code: 'district-centre-invalid',
  });
  return { entries: read.entries.map((e) => e.entry), diagnostics: read.diagnostics };
}

export function splitDistrict(district: string): { base: string; isCity: boolean } {
  const words = district.trim().split(/\s+/);
  const isCity = /^қала/u.test(words.at(-1) ?? '');
  return { base: words.length > 1 ? words.slice(0, -1).join(' ') : district, isCity };
}

/** `Ақсу ауданы` and `Ақсу ауданының`, `Степногор қаласы`: one key per district within a region. */
export function districtKey(region: IndexedRegion, district: string): string {
  const { base, isCity } = splitDistrict(district);
  return `${region.name}|${isCity ? 'city' : 'district'}|${placeKey(base)}`;
}

/** The gazetteer's own object for an entry's place (matching compares places by identity). */
function gazetteerPlace(index: GazetteerIndex, centre: NonNullable<DistrictCentreEntry['centre']>): GeoPlace | null {
  const found = index.places.find(({ place }) =>
    centre.geonames !== null
      ? place.id === centre.geonames
      : place.id === null && place.name === centre.name && place.lat === centre.lat && place.lon === centre.lon,
  );
  return found?.place ?? null;
}

export function pinDistrictCentres(entries: readonly DistrictCentreEntry[], index: GazetteerIndex): DistrictCentres {
  const centres = new Map<string, DistrictCentre>();
  const fallbacks = new Map<string, GeoPlace>();
  const listed = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const at = { file: DISTRICT_CENTRES_FILE };
  entries.forEach((entry, i) => {
    const name = `/${i} (${entry.district}, ${entry.region})`;
    const region = findRegion(index, entry.region);
    if (!region) {
      diagnostics.push(diagnostic('error', 'district-centre-invalid', `${name}: no region «${entry.region}»`, at));
      return;
    }
    const keys = [entry.district, ...(entry.spellings ?? [])].map((d) => districtKey(region, d));
    if (keys.some((key) => listed.has(key))) {
      diagnostics.push(diagnostic('error', 'district-centre-invalid', `${name}: the district is listed twice`, at));
      return;
    }
    for (const key of keys) listed.add(key);
    if (!entry.centre) return;
    const place = gazetteerPlace(index, entry.centre);
    if (!place) {
      const message = `${name}: «${entry.centre.name}» (GeoNames ${entry.centre.geonames ?? 'entry without id'}) is not in the gazetteer`;
      diagnostics.push(diagnostic('error', 'district-centre-invalid', message, at));
      return;
    }
    const from = entry.from ?? 'office';
    // One object for every spelling: the district check tells a district's own centre by identity.
    const centre =
      from === 'most-offices'
        ? null
        : { district: entry.district, settlement: entry.settlement ?? entry.district, place, from };
    for (const key of keys) {
      if (centre) centres.set(key, centre);
      else fallbacks.set(key, place);
    }
  });
  return { centres, fallbacks, listed, diagnostics };
}

/**
 * For a district the list lacks: the GeoNames seat of its own name. `Арал ауданы` -> Aral, `Үржар
 * ауданы` -> Urzhar (GeoNames codes them PPL, not PPLA2, yet they are the seats). Never a region seat or
 * a listed district's centre.
 */
export function namesakeCentre(
  pinned: DistrictCentres,
  index: GazetteerIndex,
  region: IndexedRegion,
  district: string,
): DistrictCentre | null {
  const { base } = splitDistrict(district);
  const match = matchPlace(index, base, region, NO_DISTRICT);
  if (match.status !== 'found' || match.historic) return null;
  const regionSeat = ['PPLA', 'PPLC'].includes(match.place.feature ?? '');
  const taken = [...pinned.centres.values()].some((c) => c.place === match.place);
  return regionSeat || taken ? null : { district, settlement: base, place: match.place, from: 'namesake' };
}

/** The office's district centre and its region's other listed centres, for the district check. */
export function districtContext(
  pinned: DistrictCentres,
  region: IndexedRegion,
  own: DistrictCentre | null,
): { centre: DistrictCentre | null; others: GeoPlace[] } {
  const prefix = `${region.name}|`;
  const others = [...pinned.centres.entries()]
    .filter(([key, c]) => key.startsWith(prefix) && c !== own)
    .map(([, c]) => c.place);
  return { centre: own, others };
}
