/**
 * Where a place of the acts is today (content/names/today.json, reviewed, each change with its decree).
 * The acts' geography stays the record: this is said beside it, never instead of it.
 * - a district or city: the changes that name it, and the renaming of its region (South Kazakhstan ->
 *   Turkistan) unless a change of its own already says where it is (Shymkent left the region);
 * - a region: its own renaming, the regions created from part of it and the cities that left it, with
 *   the places that moved.
 */
import type { GeographyChange } from '../../schemas/geography-change.ts';
import { geographyChanges } from '../names/vocabularies.ts';

export interface PlaceToday {
  change: GeographyChange;
  /** For a region: the places of the acts that moved to the new region (ids); else empty. */
  moved: string[];
}

export function todayOfDistrict(
  districtId: string,
  regionId: string,
  changes: readonly GeographyChange[] = geographyChanges,
): PlaceToday[] {
  const own = changes.filter((c) => c.places.includes(districtId));
  const leftRegion = own.some((c) => c.kind === 'region-created' || c.kind === 'city-status');
  const ofRegion = leftRegion ? [] : changes.filter((c) => c.kind === 'region-renamed' && c.places.includes(regionId));
  return [...own, ...ofRegion].map((change) => ({ change, moved: [] }));
}

export function todayOfRegion(regionId: string, changes: readonly GeographyChange[] = geographyChanges): PlaceToday[] {
  const own = changes.filter((c) => c.places.includes(regionId)).map((change) => ({ change, moved: [] }));
  const parts = changes
    .filter((c) => (c.kind === 'region-created' || c.kind === 'city-status') && c.fromRegion === regionId)
    .map((change) => ({ change, moved: change.places }));
  return [...own, ...parts];
}
