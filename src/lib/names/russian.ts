/**
 * Russian names beside the Kazakh ones (content/names/ru.json, reviewed by hand): places from GeoNames or
 * by transliteration, service names and office kinds in the site's own translation. Lookups return null
 * where no reviewed name exists; pages then show the Kazakh name alone.
 */
import raw from '../../../content/names/ru.json' with { type: 'json' };
import type { OfficeKind } from '../../schemas/office.ts';
import {
  type RussianNames,
  type RussianOfficeKind,
  type RussianPlaceName,
  type RussianServiceName,
  russianNamesSchema,
} from '../../schemas/russian-names.ts';

export const russianNames: RussianNames = russianNamesSchema.parse(raw);

const places = new Map(russianNames.places.map((p) => [p.id, p]));
const services = new Map(russianNames.services.map((s) => [s.id, s]));
const kinds = new Map(russianNames.officeKinds.map((k) => [k.kind, k]));

export function russianPlaceName(placeId: string | null | undefined): RussianPlaceName | null {
  return (placeId && places.get(placeId)) || null;
}

export function russianServiceName(serviceId: string): RussianServiceName | null {
  return services.get(serviceId) ?? null;
}

export function russianOfficeKind(kind: OfficeKind): RussianOfficeKind | null {
  return kinds.get(kind) ?? null;
}
