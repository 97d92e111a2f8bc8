/**
 * The answer index the search pages load once (src/lib/search/answer-index.ts): one file for both
 * languages, so a reader who switches language does not load it again.
 */
import type { APIRoute } from 'astro';
import { loadOffices, loadPlaces, loadRegions, loadServices } from '../../lib/collections.ts';
import { russianNames } from '../../lib/names/russian.ts';
import { everydayNames, geographyChanges, situations } from '../../lib/names/vocabularies.ts';
import { buildAnswerIndex } from '../../lib/search/answer-index.ts';
import { settlementNamesByPlace } from '../../lib/search/settlement-names.ts';
import { serviceDistricts } from '../../lib/services/districts.ts';

export const GET: APIRoute = async () => {
  const [services, places, regions, offices] = await Promise.all([
    loadServices(),
    loadPlaces(),
    loadRegions(),
    loadOffices(),
  ]);
  const districts = new Map(
    services.map((s) => [s.id, serviceDistricts(s, regions, offices).map((e) => e.district.id)] as const),
  );
  const index = buildAnswerIndex({
    places,
    services,
    serviceDistricts: districts,
    russian: russianNames,
    everyday: everydayNames,
    situations,
    today: geographyChanges,
    settlementNames: settlementNamesByPlace(offices, places),
  });
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
