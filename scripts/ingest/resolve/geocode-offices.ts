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
  const centreOf = centreFinder(pinned, index, diagnostics);
  const problems: GeocodeProblem[] = [];
  const first = offices.map((office) => ({
    office,
    ...placeOffice(office, regionOf(office), index, pinned, centreOf),
  }));
  const placed = first.map(({ office, location: found, problem }) => {
    const location = found?.precision === 'region' ? (districtFallback(office, regionOf, pinned) ?? found) : found;
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
type CentreOf = (office: Office, region: IndexedRegion, district: string) => DistrictCentre | null;

/**
 * A district's centre: the reviewed one, else (a district the list lacks) the GeoNames seat of its name,
 * told once per district at the first row that names it, so a new district is never placed silently.
 */
function centreFinder(pinned: DistrictCentres, index: GazetteerIndex, diagnostics: Diagnostic[]): CentreOf {
  const unlisted = new Map<string, DistrictCentre | null>();
  return (office, region, district) => {
    const key = districtKey(region, district);
    if (pinned.listed.has(key)) return pinned.centres.get(key) ?? null;
    if (unlisted.has(key)) return unlisted.get(key) ?? null;
    const centre = namesakeCentre(pinned, index, region, district);
    unlisted.set(key, centre);
    const placed = centre ? `the GeoNames seat of its name, ${describePlace(centre.place)}` : `its region's centre`;
    const message = `«${district}» (${region.name}) has no entry in ${DISTRICT_CENTRES_FILE}: its offices placed no closer than the district go to ${placed}; add a reviewed centre`;
    diagnostics.push(diagnostic('warning', 'district-centre-unlisted', message, office.sources[0] ?? { file: '' }));
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

/**
 * A region-centre pin only when the district is unknown: an office whose district is known but whose
 * district seat the gazetteer lacks (`Қарасай ауданы`: Каскелең is not in it) goes to the reviewed
 * settlement of that district where most of its offices are (`Балхаш ауданы`: Bakanas), said so in the
 * source.
 */
function districtFallback(
  office: Office,
  regionOf: (office: Office) => IndexedRegion | null,
  pinned: DistrictCentres,
): Location | null {
  const region = regionOf(office);
  if (!region || !office.district) return null;
  const place = pinned.fallbacks.get(districtKey(region, office.district));
  if (!place) return null;
  const note = `, the settlement of ${office.district} where most of its offices are (its centre is not in the gazetteer)`;
  return locate(place, 'district', note);
}

function locate(place: GeoPlace, precision: Location['precision'], note: string): Location {
  return { lat: place.lat, lon: place.lon, precision, source: `${describePlace(place)}${note}` };
}
