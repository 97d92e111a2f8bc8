/**
 * The Cyrillic names GeoNames gives a settlement where an office stands (`Щучинск` for a village the acts
 * write otherwise), keyed by the settlement's place id, for the answer index. Only names that fold to
 * something other than the name as written: the rest would repeat it.
 */
import type { Office } from '../../schemas/office.ts';
import type { Place } from '../../schemas/place.ts';
import { foldText } from './fold.ts';
import { settlementGeoNames } from './russian-terms.ts';

const CYRILLIC = /[\u0400-\u04ff]/u;

export function settlementNamesByPlace(offices: readonly Office[], places: readonly Place[]): Map<string, string[]> {
  const byId = new Map(places.map((p) => [p.id, p]));
  const out = new Map<string, string[]>();
  for (const o of offices) {
    const place = o.placeId ? byId.get(o.placeId) : undefined;
    if (place?.kind !== 'settlement') continue;
    const own = foldText(place.name);
    const names = settlementGeoNames(o).filter((n) => CYRILLIC.test(n) && foldText(n) !== own);
    if (!names.length) continue;
    out.set(place.id, [...new Set([...(out.get(place.id) ?? []), ...names])]);
  }
  return out;
}
