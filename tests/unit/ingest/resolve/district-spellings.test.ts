import { beforeAll, describe, expect, test } from 'vitest';
import { withPlaceDistrict } from '../../../../scripts/ingest/resolve/district-spellings.ts';
import type { IngestResult } from '../../../../scripts/ingest/run-ingest.ts';
import type { Office } from '../../../../src/schemas/office.ts';
import type { Place } from '../../../../src/schemas/place.ts';
import { ingestCommittedSources } from '../../../helpers/ingest-inputs.ts';
import * as record from '../../../helpers/records.ts';

let result: IngestResult;
beforeAll(() => {
  result = ingestCommittedSources();
}, 60_000);

/** The district-level place an office lies in, walking up from its placeId. */
function districtOf(o: Office): Place | undefined {
  const byId = new Map(result.places.map((p) => [p.id, p]));
  for (let p = o.placeId ? byId.get(o.placeId) : undefined; p; p = p.parent ? byId.get(p.parent) : undefined) {
    if (p.parent && (p.kind === 'district' || p.kind === 'city')) return p;
  }
  return undefined;
}

describe('spelling variants of a district', () => {
  // Spellings as the acts write them: Балқаш/Балхаш (000, 001), Бұхар (000) / Бұқар (002) жырау,
  // Сәтпаев (000) / Сәтбаев (002), Мойынқұм/Мойнқұм (000, 003), Рысқұлов/Тұрар Рысқұлов (000, 003),
  // Түркісіб/Түрксіб (both in 000, with Latin i).
  test.each([
    ['Балқаш ауданы', 'Балхаш ауданы'],
    ['Бұхар жырау ауданы', 'Бұқар жырау ауданы'],
    ['Сәтбаев қаласы', 'Сәтпаев қаласы'],
    ['Түркісіб ауданы', 'Түрксіб ауданы'],
    ['Мойнқұм ауданы', 'Мойынқұм ауданы'],
    ['Тұрар Рысқұлов ауданы', 'Рысқұлов ауданы'],
  ])('«%s» and «%s» are one place with one name for every office', (a, b) => {
    const places = result.places.filter(
      (p) => p.name === a || p.name === b || p.otherNames.some((n) => n === a || n === b),
    );
    expect(places).toHaveLength(1);
    const place = places[0] as Place;
    expect([place.name, ...place.otherNames]).toEqual(expect.arrayContaining([a, b]));
    // Every office written with either spelling lies in that place and shows its name.
    const offices = result.offices.filter(
      (o) =>
        o.district === place.name ||
        o.alternatives?.some((x) => x.field === 'district' && (x.value === a || x.value === b)),
    );
    expect(offices.length).toBeGreaterThan(1);
    for (const o of offices) {
      expect(districtOf(o)?.id).toBe(place.id);
      expect(o.district).toBe(place.name);
    }
    // The twin page's id redirects here.
    expect(place.formerIds?.length).toBe(1);
  });

  test('places whose spellings always made one page have no former ids', () => {
    const karasai = result.places.find((p) => p.otherNames.includes('Қарасай ауданы') || p.name === 'Қарасай ауданы');
    expect(karasai?.formerIds).toBeUndefined();
    expect(result.places.filter((p) => p.formerIds).length).toBe(6);
  });

  test('every complaint route of a service is keyed by a district of places.json', () => {
    const ids = new Set(result.places.map((p) => p.id));
    const keys = result.services.flatMap((s) =>
      s.versions.flatMap((v) => (v.complaintOffices ?? []).map((c) => c.district)),
    );
    expect(keys.filter((k) => !ids.has(k))).toEqual([]);
    for (const p of result.places.filter((x) => x.formerIds))
      for (const former of p.formerIds ?? []) expect(keys).not.toContain(former);
  });
});

describe('withPlaceDistrict', () => {
  const place = record.place({ id: 'p', name: 'Балхаш ауданы', kind: 'district', parent: 'r' });
  const source = { file: 'f.txt', line: 3, act: 'a', appendix: 'a-1/1' };
  const office = record.office({ district: 'Балқаш ауданы', alternatives: [], sources: [source] });

  test('the written spelling becomes an alternative with the rows that give it', () => {
    const out = withPlaceDistrict(office, place);
    expect(out.district).toBe('Балхаш ауданы');
    expect(out.alternatives).toEqual([{ field: 'district', value: 'Балқаш ауданы', sources: [source] }]);
  });

  test('an office already showing the place name is left as it is', () => {
    const same = { ...office, district: 'Балхаш ауданы' };
    expect(withPlaceDistrict(same, place)).toBe(same);
  });
});
