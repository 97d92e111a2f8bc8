/**
 * Issue 13's geocoding rules: a historic name never beats a current one, a village is never put on the
 * seat of another district, and an office whose district is known is never pinned at the region centre.
 */
import { describe, expect, test } from 'vitest';
import type { GeoPlace, KzGazetteer } from '../../../../scripts/geodata/types.ts';
import { indexGazetteer } from '../../../../scripts/ingest/resolve/geocode/gazetteer-index.ts';
import { matchPlace } from '../../../../scripts/ingest/resolve/geocode/match-place.ts';
import { geocodeOffices as geocodeWith } from '../../../../scripts/ingest/resolve/geocode-offices.ts';
import type { Office } from '../../../../src/schemas/office.ts';
import { committedInputs } from '../../../helpers/ingest-inputs.ts';
import { office } from '../../../helpers/records.ts';
import { sourceFile } from '../../../helpers/source-files.ts';
import { fixtureOffices } from './fixture-offices.ts';

// The committed gazetteer, passed in as the ingest does (no JSON read at import time).
const geocodeOffices = (offices: readonly Office[]) =>
  geocodeWith(offices, committedInputs().gazetteer, committedInputs().districtCentres.entries);

const KARAGANDA = 'Қарағанды облысы';

function geonamesName(source: string | undefined): string | null {
  return source?.match(/GeoNames \d+: ([^,]+),/)?.[1] ?? source?.match(/without id: ([^,]+),/)?.[1] ?? null;
}

describe('Самарқанд селосы of Бұқар жырау ауданы (002 line 4866)', () => {
  const rows = [
    ...fixtureOffices('002-temirtau-department.txt', 'employment-department', KARAGANDA),
    ...fixtureOffices('002-bukhar-zhyrau-department.txt', 'employment-department', KARAGANDA),
    ...fixtureOffices('002-samarkand-rural-akim.txt', 'rural-akim', KARAGANDA),
  ];
  const placed = geocodeOffices(rows).offices;
  const samarkand = placed.find((o) => o.id === '002-samarkand-rural-akim-r65');

  test('is not put on Temirtau, once `Samarkand`, the seat of Теміртау қаласы', () => {
    expect(rows).toHaveLength(3);
    expect(geonamesName(samarkand?.location?.source)).not.toBe('Temirtau');
  });

  test('goes to the centre of its own district instead (Ботақара)', () => {
    expect(samarkand?.location?.precision).toBe('district');
    // The seat by its GeoNames name; the note names the office's own district, not another act's spelling.
    expect(geonamesName(samarkand?.location?.source)).toBe('Botaqara');
    expect(samarkand?.location?.source).toMatch(/centre of Бұқар жырау ауданы$/u);
  });
});

describe('a historic name matches only when no current place of the region has the name', () => {
  const place = (name: string, lat: number, lon: number, altNames: string[], feature: string | null): GeoPlace => ({
    id: null,
    name,
    lat,
    lon,
    admin1: '12',
    admin2: null,
    feature,
    population: null,
    altNames,
    from: 'test',
  });
  const gazetteer = (places: GeoPlace[]): KzGazetteer => ({
    attribution: 'test',
    packages: [],
    admin1: [{ code: '12', name: 'Karaganda' }],
    admin2: [],
    places: [place('Karagandy', 49.8, 73.1, ['Қарағанды'], 'PPLA'), ...places],
  });
  const temirtau = place('Temirtau', 50.05, 72.96, ['Samarkand', 'Теміртау'], null);
  const village = place('Samarkand', 49.9, 73.5, ['Самарқанд'], 'PPL');
  const noDistrict = { centre: null, others: [] };

  test('the village of that name wins over the city that once bore it', () => {
    const index = indexGazetteer(gazetteer([temirtau, village]));
    const region = index.regions.find((r) => r.name === KARAGANDA);
    if (!region) throw new Error('region');
    const match = matchPlace(index, 'Самарқанд', region, noDistrict);
    expect(match.status === 'found' && match.place.name).toBe('Samarkand');
  });

  test('the current name still matches (`Теміртау` is Temirtau)', () => {
    const index = indexGazetteer(gazetteer([temirtau, village]));
    const region = index.regions.find((r) => r.name === KARAGANDA);
    if (!region) throw new Error('region');
    const match = matchPlace(index, 'Теміртау', region, noDistrict);
    expect(match.status === 'found' && match.place.name).toBe('Temirtau');
  });
});

describe('no region-centre pin for an office whose district is known', () => {
  // 001 rural akims of Балхаш ауданы: no department row names the district seat, and the namesake
  // `Балқаш` is a city of Қарағанды облысы; Баканас, where an akim sits, is in the gazetteer.
  // Settlement and address as the field parsers read the letter-spaced cells.
  const akim = (id: string, name: string, settlement: string, address: string, line: number) =>
    office({
      id,
      kind: 'rural-akim',
      name,
      region: 'Алматы облысы',
      district: 'Балхаш ауданы',
      settlement,
      address,
      sources: [{ file: sourceFile('001'), line, act: '2012-349', appendix: '2012-349-1/3' }],
    });
  const rows = [
    akim('bakanas', 'Бақанас селолық округ аудан әкімінің аппараты', 'Баканас', 'Баканас, Қонаев көш., 66', 4440),
    akim('kuigan', 'Құйған селолық округ аудан әкімінің аппараты', 'Құйған', 'Құйған, Омарбекова көш., 34', 4508),
  ];
  const placed = geocodeOffices(rows).offices;

  test('a village missing from the gazetteer goes to a settlement of its district, not to Taldykorgan', () => {
    const kuigan = placed.find((o) => o.id === 'kuigan');
    expect(kuigan?.location?.precision).toBe('district');
    expect(geonamesName(kuigan?.location?.source)).toBe('Bakanas');
  });

  test('an office with no district at all still goes to its region centre', () => {
    const lone = office({ kind: 'rural-akim', name: 'Белгісіз селолық округ', region: 'Алматы облысы' });
    expect(geocodeOffices([lone]).offices[0]?.location?.precision).toBe('region');
  });
});
