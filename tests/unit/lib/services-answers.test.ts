/** The answers index over the data the ingest builds from the committed acts. */
import { describe, expect, test } from 'vitest';
import { buildPlaces } from '../../../src/lib/places/pages.ts';
import { buildAnswers, hasAnswer } from '../../../src/lib/services/answers.ts';
import { serviceDistricts } from '../../../src/lib/services/districts.ts';
import { ingestCommittedSources } from '../../helpers/ingest-inputs.ts';

const data = ingestCommittedSources();
const allOffices = data.offices;
const allServices = data.services;
const regions = buildPlaces(allOffices, data.places);

describe('the answers, by service and by district', () => {
  const answers = buildAnswers(allServices, regions, allOffices);

  test('by service: exactly the pages serviceDistricts builds for each service', () => {
    for (const s of allServices) {
      expect(answers.byService.get(s.id)?.map((e) => e.district.id)).toEqual(
        serviceDistricts(s, regions, allOffices).map((e) => e.district.id),
      );
    }
  });

  test('by district: the same pairs, seen from the district, each once', () => {
    const pairs = [...answers.byService.values()].flat().map((e) => `${e.service.id}|${e.district.id}`);
    const fromDistricts = [...answers.byDistrict.values()].flat().map((e) => `${e.service.id}|${e.district.id}`);
    expect(new Set(fromDistricts).size).toBe(fromDistricts.length);
    expect([...fromDistricts].sort()).toEqual([...pairs].sort());
    expect(pairs.length).toBeGreaterThan(100);
  });

  test('hasAnswer says yes for a built pair and no for a district the service does not reach', () => {
    const [service] = allServices;
    const first = answers.byService.get(service?.id ?? '')?.[0];
    expect(first && hasAnswer(answers, first.service.id, first.district.id)).toBe(true);
    const reached = new Set(answers.byService.get(service?.id ?? '')?.map((e) => e.district.id));
    const other = regions.flatMap((r) => r.districts).find((d) => !reached.has(d.id));
    if (other) expect(hasAnswer(answers, service?.id ?? '', other.id)).toBe(false);
  });
});
