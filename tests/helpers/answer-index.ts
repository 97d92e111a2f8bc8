/**
 * The answer index built from the data of the committed acts, the way the site's /search/answers.json
 * builds it from the collections (same pure functions, without astro:content).
 */

import { russianNames } from '../../src/lib/names/russian.ts';
import { everydayNames, geographyChanges, situations } from '../../src/lib/names/vocabularies.ts';
import { buildPlaces } from '../../src/lib/places/pages.ts';
import { buildAnswerIndex } from '../../src/lib/search/answer-index.ts';
import type { AnswerIndex } from '../../src/lib/search/answer-index-types.ts';
import { settlementNamesByPlace } from '../../src/lib/search/settlement-names.ts';
import { serviceDistricts } from '../../src/lib/services/districts.ts';
import type { Office } from '../../src/schemas/office.ts';
import type { Place } from '../../src/schemas/place.ts';
import type { Service } from '../../src/schemas/service.ts';

export interface AnswerData {
  places: readonly Place[];
  services: readonly Service[];
  offices: readonly Office[];
}

export function answerIndexOf(data: AnswerData): AnswerIndex {
  const regions = buildPlaces(data.offices, data.places);
  const districts = new Map(
    data.services.map((s) => [s.id, serviceDistricts(s, regions, data.offices).map((e) => e.district.id)] as const),
  );
  return buildAnswerIndex({
    places: data.places,
    services: data.services,
    serviceDistricts: districts,
    russian: russianNames,
    everyday: everydayNames,
    situations,
    today: geographyChanges,
    settlementNames: settlementNamesByPlace(data.offices, data.places),
  });
}
