/**
 * One district per place, whatever spelling the act wrote: an office of `Балқаш ауданы` (001) and one of
 * `Балхаш ауданы` (000) both show the place's name, the written spelling kept as an alternative. And the
 * ids the site once gave each spelling (`balkhash-audany`), so their old URLs can redirect.
 */
import { slugify } from '../../../src/lib/slug.ts';
import type { Office } from '../../../src/schemas/office.ts';
import type { Place } from '../../../src/schemas/place.ts';

/**
 * The site's district ids before issue 9 (src/lib/places/pages.ts grouped offices again): the slug of the
 * office's `district`, with the region's slug in front when the slug was used in two regions.
 */
export function formerDistrictIds(
  offices: readonly Office[],
  placeOf: (o: Office) => Place | undefined,
): Map<string, string[]> {
  const regionsOf = new Map<string, Set<string>>();
  for (const o of offices) {
    if (!o.district) continue;
    const base = slugify(o.district);
    regionsOf.set(base, (regionsOf.get(base) ?? new Set()).add(o.region));
  }
  const former = new Map<string, Set<string>>();
  for (const o of offices) {
    const place = placeOf(o);
    if (!o.district || !place) continue;
    const base = slugify(o.district);
    const id = (regionsOf.get(base)?.size ?? 0) > 1 ? `${slugify(o.region)}-${base}` : base;
    if (id !== place.id) former.set(place.id, (former.get(place.id) ?? new Set()).add(id));
  }
  return new Map([...former].map(([id, ids]) => [id, [...ids].sort()]));
}

/** The office with its place's district name; the spelling its rows wrote stays an alternative. */
export function withPlaceDistrict(office: Office, place: Place | undefined): Office {
  if (!place || !office.district || office.district === place.name) return office;
  const others = (office.alternatives ?? []).filter((a) => !(a.field === 'district' && a.value === place.name));
  const written = { field: 'district', value: office.district, sources: office.sources };
  const kept = others.some((a) => a.field === 'district' && a.value === office.district);
  return { ...office, district: place.name, alternatives: kept ? others : [...others, written] };
}
