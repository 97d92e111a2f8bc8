/**
 * Places every office on the map from offline GeoNames data (content/geo/kz-places.json), saying how
 * close the point is: the office's settlement, else its district's centre (the reviewed list
 * content/geo/district-centres.json), else its region's centre. A name that matches only a place in
 * another region, or one far from the district, is not used: the office falls back to its district or
 * region centre and a warning names the rejected place. Each office is placed from its own rows, the
 * gazetteer and the reviewed centres alone, so no other act's presence or damage moves it (issue 19).
 */
import type { DistrictCentreEntry } from '../../../src/schemas/district-centre.ts';
import type { Location, Office } from '../../../src/schemas/office.ts';
import type { GeoPlace, KzGazetteer } from '../../geodata/types.ts';
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic } from '../types.ts';
import { actCentres, soleAct } from './geocode/act-centres.ts';
import { describePlace } from './geocode/describe-place.ts';
import {
  DISTRICT_CENTRES_FILE,
  type DistrictCentre,
  type DistrictCentres,
  districtContext,
  districtKey,
  namesakeCentre,
  pinDistrictCentres,
} from './geocode/district-centres.ts';
import { findRegion, type GazetteerIndex, type IndexedRegion, indexGazetteer } from './geocode/gazetteer-index.ts';
import { matchPlace } from './geocode/match-place.ts';
import { type GeocodeProblem, precisionTotals, summariseProblems } from './geocode/precision-report.ts';
import { rowPlaceNames } from './geocode/row-place-names.ts';

export interface GeocodeResult {
  offices: Office[];
  diagnostics: Diagnostic[];
  /** `geocode:<kind>:<precision|none>` -> count, for the ingest report totals. */
  totals: Record<string, number>;
}

export function geocodeOffices(
  offices: readonly Office[],
  gazetteer: KzGazetteer,
  districtCentres: readonly DistrictCentreEntry[],
): GeocodeResult {
  const index = indexGazetteer(gazetteer);
  const diagnostics: Diagnostic[] = index.regions
    .filter((r) => !r.centre)
    .map((r) =>
      diagnostic(
        'error',
        'geocode-region-centre-missing',
        `${r.name}: its centre ${r.centreName} is not in the gazetteer`,
        {
          file: 'content/geo/kz-places.json',
        },
      ),
    );
  const regionOf = (office: Office) => findRegion(index, office.region);
  const pinned = pinDistrictCentres(districtCentres, index);
  diagnostics.push(...pinned.diagnostics);
  const centreOf = centreFinder(pinned, actCentres(offices, index, regionOf), index, diagnostics);
  const problems: GeocodeProblem[] = [];
  const first = offices.map((office) => ({
    office,
    ...placeOffice(office, regionOf(office), index, pinned, centreOf),
  }));
  const inDistrict = settlementsByActDistrict(first, regionOf);
  const placed = first.map(({ office, location: found, problem }) => {
    const fallback = () => districtFallback(office, regionOf, pinned, inDistrict);
    const location = found?.precision === 'region' ? (fallback() ?? found) : found;
    if (problem) problems.push({ ...problem, fallback: location?.precision ?? null });
    return { ...office, location };
  });
  const totals = precisionTotals(placed);
  diagnostics.push(...summariseProblems(problems));
  const summary = Object.entries(totals).map(([k, n]) => `${k.replace(/^geocode:/, '')}=${n}`);
  diagnostics.push(
    diagnostic('info', 'geocode-precision', `offices placed by precision: ${summary.join(', ')}`, {
      file: 'content/geo/kz-places.json',
    }),
  );
  return { offices: placed, diagnostics, totals };
}

type Problem = Omit<GeocodeProblem, 'fallback'>;

/** The acts that list an office, in id order (a merged office's centre is looked up by each in turn). */
const actsOf = (office: Office): string[] => [...new Set(office.sources.map((s) => s.act))].sort();
type CentreOf = (office: Office, region: IndexedRegion, district: string) => DistrictCentre | null;

/**
 * A district's centre: the reviewed one; else (a district the list lacks) the one the office's own act's
 * offices name, else the GeoNames seat of its name. Told once per district at the first row that names
 * it, so a new district is never placed silently.
 */
function centreFinder(
  pinned: DistrictCentres,
  byAct: ReadonlyMap<string, DistrictCentre>,
  index: GazetteerIndex,
  diagnostics: Diagnostic[],
): CentreOf {
  const namesakes = new Map<string, DistrictCentre | null>();
  return (office, region, district) => {
    const key = districtKey(region, district);
    if (pinned.listed.has(key)) return pinned.centres.get(key) ?? null;
    const ownAct = actsOf(office)
      .map((act) => byAct.get(`${act}|${key}`))
      .find((c) => c !== undefined);
    const told = namesakes.has(key);
    if (!told) namesakes.set(key, namesakeCentre(pinned, index, region, district));
    const centre = ownAct ?? namesakes.get(key) ?? null;
    if (!told) {
      const placed = !centre
        ? `the settlement of the district where most of its act's offices are, else its region's centre`
        : centre === ownAct
          ? `the centre its act's own offices name, ${describePlace(centre.place)}`
          : `the GeoNames seat of its name, ${describePlace(centre.place)}`;
      const message = `«${district}» (${region.name}) has no entry in ${DISTRICT_CENTRES_FILE}: its offices placed no closer than the district go to ${placed}; add a reviewed centre`;
      diagnostics.push(diagnostic('warning', 'district-centre-unlisted', message, office.sources[0] ?? { file: '' }));
    }
    return centre;
  };
}

function placeOffice(
  office: Office,
  region: IndexedRegion | null,
  index: GazetteerIndex,
  pinned: DistrictCentres,
  centreOf: CentreOf,
): { location: Location | null; problem: Problem | null } {
  if (!region) {
    return {
      location: null,
      problem: { office, code: 'geocode-unknown-region', name: office.region, detail: 'not a region of 2008-2012' },
    };
  }
  const names = rowPlaceNames(office);
  const own = names.district ? centreOf(office, region, names.district) : null;
  const { centre, others } = districtContext(pinned, region, own);
  // An office of a city's own administration (`Степногор қаласы`), or in a city-region, is in that city.
  const cityOfDistrict = names.district?.match(/^(.+) қаласы$/u)?.[1] ?? null;
  const cityOfRegion = /қаласы$/u.test(region.name) ? region.centreName : null;
  const tries = [...new Set([...names.settlements, cityOfDistrict, cityOfRegion].filter((s): s is string => !!s))];
  let problem: Problem | null = null;
  for (const settlement of tries) {
    const match = matchPlace(index, settlement, region, { centre: centre?.place ?? null, others });
    if (match.status === 'found') return { location: locate(match.place, 'settlement', ''), problem: null };
    // Report the first name tried: the one the row itself gives.
    problem ??=
      match.status === 'rejected'
        ? {
            office,
            code: match.reason === 'wrong-region' ? 'geocode-wrong-region' : 'geocode-doubtful',
            name: settlement,
            detail: `${match.reason}: ${describePlace(match.place)}`,
          }
        : { office, code: 'geocode-not-in-gazetteer', name: settlement, detail: 'not in the gazetteer' };
  }
  if (centre) {
    const how = centre.from === 'namesake' ? 'GeoNames district seat' : 'centre';
    // The district as this office's own row names it, not the reviewed list's spelling: GeoNames' name
    // of the place is in the source already.
    return {
      location: locate(centre.place, 'district', `, ${how} of ${names.district ?? centre.district}`),
      problem,
    };
  }
  if (region.centre) {
    return { location: locate(region.centre, 'region', `, centre (${region.centreName}) of ${region.name}`), problem };
  }
  return { location: null, problem };
}

type Point = { location: Location; count: number };

/**
 * `act|district key` -> the points the act's own offices of the district were found at, with how many
 * sit at each: offices one act alone lists, so no other act changes the count.
 */
function settlementsByActDistrict(
  placed: readonly { office: Office; location: Location | null }[],
  regionOf: (office: Office) => IndexedRegion | null,
): Map<string, Map<string, Point>> {
  const out = new Map<string, Map<string, Point>>();
  for (const { office, location } of placed) {
    const region = regionOf(office);
    const act = soleAct(office);
    if (!region || !office.district || !act || location?.precision !== 'settlement') continue;
    const key = `${act}|${districtKey(region, office.district)}`;
    const byPoint = out.get(key) ?? new Map<string, Point>();
    const point = `${location.lat},${location.lon}`;
    const seen = byPoint.get(point) ?? { location, count: 0 };
    seen.count += 1;
    byPoint.set(point, seen);
    out.set(key, byPoint);
  }
  return out;
}

/**
 * A region-centre pin only when the district is unknown: an office whose district is known but whose
 * district seat the gazetteer lacks (`Қарасай ауданы`: Каскелең is not in it) goes to the reviewed
 * settlement of that district where most of its offices are (`Балхаш ауданы`: Bakanas), said so in the
 * source; for a district the list lacks, to the one where most of its own act's offices are.
 */
function districtFallback(
  office: Office,
  regionOf: (office: Office) => IndexedRegion | null,
  pinned: DistrictCentres,
  inDistrict: ReadonlyMap<string, ReadonlyMap<string, Point>>,
): Location | null {
  const region = regionOf(office);
  if (!region || !office.district) return null;
  const key = districtKey(region, office.district);
  const note = `, the settlement of ${office.district} where most of its offices are (its centre is not in the gazetteer)`;
  const place = pinned.fallbacks.get(key);
  if (place) return locate(place, 'district', note);
  if (pinned.listed.has(key)) return null;
  const points = actsOf(office).flatMap((act) => [...(inDistrict.get(`${act}|${key}`)?.values() ?? [])]);
  // The most offices; on a tie the first found, as the acts list them.
  const best = points.sort((a, b) => b.count - a.count)[0];
  return best ? { ...best.location, precision: 'district', source: `${best.location.source}${note}` } : null;
}

function locate(place: GeoPlace, precision: Location['precision'], note: string): Location {
  return { lat: place.lat, lon: place.lon, precision, source: `${describePlace(place)}${note}` };
}
