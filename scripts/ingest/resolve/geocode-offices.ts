/**
 * Places every office on the map from offline GeoNames data (content/geo/kz-places.json), saying how
 * close the point is: the office's settlement, else its district's centre, else its region's centre.
 * A name that matches only a place in another region, or one far from the district, is not used: the
 * office falls back to its district or region centre and a warning names the rejected place.
 */
import type { Location, Office } from '../../../src/schemas/office.ts';
import type { GeoPlace, KzGazetteer } from '../../geodata/types.ts';
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic } from '../types.ts';
import { describePlace } from './geocode/describe-place.ts';
import { buildDistrictCentres, type DistrictCentre, districtContext, districtKey } from './geocode/district-centres.ts';
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

export function geocodeOffices(offices: readonly Office[], gazetteer: KzGazetteer): GeocodeResult {
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
  const centres = buildDistrictCentres(offices, index, regionOf);
  const problems: GeocodeProblem[] = [];
  const first = offices.map((office) => ({ office, ...placeOffice(office, regionOf(office), index, centres) }));
  const inDistrict = settlementsByDistrict(first, regionOf);
  const placed = first.map(({ office, location: found, problem }) => {
    const location = found?.precision === 'region' ? (districtFallback(office, regionOf, inDistrict) ?? found) : found;
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

function placeOffice(
  office: Office,
  region: IndexedRegion | null,
  index: GazetteerIndex,
  centres: ReadonlyMap<string, DistrictCentre>,
): { location: Location | null; problem: Problem | null } {
  if (!region) {
    return {
      location: null,
      problem: { office, code: 'geocode-unknown-region', name: office.region, detail: 'not a region of 2008-2012' },
    };
  }
  const names = rowPlaceNames(office);
  const { centre, others } = districtContext(centres, region, names.district);
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
    // The district as this office's own row names it: the centre's spelling came from whichever act's
    // office voted for it first, so one act's presence changed another's records (issue 19). GeoNames'
    // name of the place is in the source already.
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

/** District key -> the places its offices were found at, with how many offices sit at each. */
function settlementsByDistrict(
  placed: readonly { office: Office; location: Location | null }[],
  regionOf: (office: Office) => IndexedRegion | null,
): Map<string, Map<string, { location: Location; count: number }>> {
  const out = new Map<string, Map<string, { location: Location; count: number }>>();
  for (const { office, location } of placed) {
    const region = regionOf(office);
    if (!region || !office.district || location?.precision !== 'settlement') continue;
    const key = districtKey(region, office.district);
    const byPoint = out.get(key) ?? new Map<string, { location: Location; count: number }>();
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
 * district seat the gazetteer lacks (`Қарасай ауданы`: Каскелең is not in it) goes to the settlement of
 * that district where most of its offices were found (`Балхаш ауданы`: Bakanas), said so in the source.
 */
function districtFallback(
  office: Office,
  regionOf: (office: Office) => IndexedRegion | null,
  inDistrict: ReadonlyMap<string, ReadonlyMap<string, { location: Location; count: number }>>,
): Location | null {
  const region = regionOf(office);
  if (!region || !office.district) return null;
  const points = [...(inDistrict.get(districtKey(region, office.district))?.values() ?? [])];
  const best = points.sort((a, b) => b.count - a.count)[0];
  if (!best) return null;
  const note = `, the settlement of ${office.district} where most of its offices are (its centre is not in the gazetteer)`;
  return { ...best.location, precision: 'district', source: `${best.location.source}${note}` };
}

function locate(place: GeoPlace, precision: Location['precision'], note: string): Location {
  return { lat: place.lat, lon: place.lon, precision, source: `${describePlace(place)}${note}` };
}
