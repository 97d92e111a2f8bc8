/**
 * One district per place, whatever spelling the act wrote: an office of `Балқаш ауданы` (001) and one of
 * `Балхаш ауданы` (000) both show the place's name, the written spelling kept as an alternative. (The ids
 * the site once gave each spelling, `balkhash-audany`, are in the reviewed place list, `formerIds`.)
 */
import type { Office } from '../../../src/schemas/office.ts';
import type { Place } from '../../../src/schemas/place.ts';

/** The office with its place's district name; the spelling its rows wrote stays an alternative. */
export function withPlaceDistrict(office: Office, place: Place | undefined): Office {
  if (!place || !office.district || office.district === place.name) return office;
  const others = (office.alternatives ?? []).filter((a) => !(a.field === 'district' && a.value === place.name));
  const written = { field: 'district', value: office.district, sources: office.sources };
  const kept = others.some((a) => a.field === 'district' && a.value === office.district);
  return { ...office, district: place.name, alternatives: kept ? others : [...others, written] };
}
