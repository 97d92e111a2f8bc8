/**
 * Region and district pages come from places.json: spellings of one district are one page, offices go
 * to the district their place lies in, offices of no district stay the region's own.
 */
import { describe, expect, test } from 'vitest';
import { buildPlaces, districtHref } from '../../../src/lib/places/pages.ts';
import type { Office } from '../../../src/schemas/office.ts';
import type { Place } from '../../../src/schemas/place.ts';
import * as record from '../../helpers/records.ts';

const place = (id: string, name: string, kind: Place['kind'], parent: string | null, extra: Partial<Place> = {}) =>
  record.place({ id, name, kind, parent, ...extra });

const PLACES: Place[] = [
  place('almaty-oblysy', 'Алматы облысы', 'region', null),
  place('balkash-audany', 'Балхаш ауданы', 'district', 'almaty-oblysy', {
    otherNames: ['Балқаш ауданы'],
    formerIds: ['balkhash-audany'],
  }),
  place('balkash-audany-bakanas', 'Бақанас', 'settlement', 'balkash-audany'),
  place('balkash-audany-akdala-selolyk-okrug', 'Ақдала селолық округ', 'rural-district', 'balkash-audany'),
  place('aksu-audany', 'Ақсу ауданы', 'district', 'almaty-oblysy'),
  place('astana-kalasy', 'Астана қаласы', 'city', null),
];

const office = (id: string, district: string | null, placeId: string | null, region = 'Алматы облысы'): Office =>
  record.office({ id, name: id, kind: 'employment-department', region, district, placeId });

describe('buildPlaces', () => {
  const regions = buildPlaces(
    [
      // 000 writes `Балхаш ауданы`, 001 `Балқаш ауданы`: both are the one place.
      office('dept', 'Балхаш ауданы', 'balkash-audany-bakanas'),
      office('akim', 'Балқаш ауданы', 'balkash-audany-akdala-selolyk-okrug'),
      office('regional', null, 'almaty-oblysy'),
      office('centre', null, 'astana-kalasy', 'Астана қаласы'),
    ],
    PLACES,
  );
  const almaty = regions.find((r) => r.id === 'almaty-oblysy');

  test('two spellings of a district are one district page, under the place id', () => {
    expect(almaty?.districts.map((d) => [d.id, d.name, d.offices.map((o) => o.id)])).toEqual([
      ['balkash-audany', 'Балхаш ауданы', ['dept', 'akim']],
    ]);
    expect(almaty?.districts[0]?.otherNames).toEqual(['Балқаш ауданы']);
    expect(almaty?.districts[0]?.formerIds).toEqual(['balkhash-audany']);
    expect(districtHref({ id: 'balkash-audany' })).toBe('/districts/balkash-audany/');
  });

  test('a district without offices has no page; an office of no district is the region’s', () => {
    expect(almaty?.districts.some((d) => d.id === 'aksu-audany')).toBe(false);
    expect(almaty?.regionalOffices.map((o) => o.id)).toEqual(['regional']);
    expect(almaty?.offices).toHaveLength(3);
  });

  test('a city of republican significance is a region page of its own', () => {
    const astana = regions.find((r) => r.id === 'astana-kalasy');
    expect(astana?.regionalOffices.map((o) => o.id)).toEqual(['centre']);
  });

  test('a record without placeId finds its district by any of the place’s names', () => {
    const [region] = buildPlaces([office('old', 'Балқаш ауданы', null)], PLACES);
    expect(region?.districts.map((d) => d.id)).toEqual(['balkash-audany']);
  });
});
