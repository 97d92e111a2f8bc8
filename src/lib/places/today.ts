/**
 * Where a place of the acts is today (content/names/today.json, reviewed, each change with its decree).
 * The acts' geography stays the record: this is said beside it, never instead of it.
 * - a district or city: the changes that name it or its region (`changesOf`), except its region's renaming
 *   when a change of its own took it out of that region (Shymkent is no longer in Turkistan region);
 * - a region: its own renaming, the regions created from part of it and the cities that left it, with
 *   the places that moved.
 */
import type { GeographyChange } from '../../schemas/geography-change.ts';
import { changesOf, geographyChanges } from '../names/vocabularies.ts';

export interface PlaceToday {
  change: GeographyChange;
  /** For a region: the places of the acts that moved to the new region (ids); else empty. */
  moved: string[];
}

const leavesRegion = (c: GeographyChange) => c.kind === 'region-created' || c.kind === 'city-status';

export function todayOfDistrict(districtId: string, regionId: string): PlaceToday[] {
  const changes = changesOf(districtId, (id) => (id === districtId ? regionId : null));
  const left = changes.some((c) => c.places.includes(districtId) && leavesRegion(c));
  return changes
    .filter((c) => c.places.includes(districtId) || (!left && c.kind === 'region-renamed'))
    .map((change) => ({ change, moved: [] }));
}

export function todayOfRegion(regionId: string, changes: readonly GeographyChange[] = geographyChanges): PlaceToday[] {
  const own = changes.filter((c) => c.places.includes(regionId)).map((change) => ({ change, moved: [] }));
  const parts = changes
    .filter((c) => leavesRegion(c) && c.fromRegion === regionId)
    .map((change) => ({ change, moved: change.places }));
  return [...own, ...parts];
}
