/**
 * Alias records for the search index: for every office, service and act, the folded forms of its names
 * (Russian-keyboard spelling, Latin transliteration, GeoNames place names) and every form of its phone
 * numbers and its postcode. They are indexed as Pagefind custom records pointing to the real page, so
 * they are searchable without being hidden text on the page (hidden text leaks into result excerpts).
 */
import type { Act } from '../schemas/act.ts';
import type { Office } from '../schemas/office.ts';
import type { Service } from '../schemas/service.ts';
import { displayPhone } from './format-phone.ts';
import { officeHref, officeKindLabel } from './office-kind.ts';
import { foldText, phoneAliases } from './search-fold.ts';
import { transliterate } from './slug.ts';

export interface AliasRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

function unique(words: readonly (string | null | undefined)[]): string {
  return [...new Set(words.filter((w): w is string => Boolean(w)).flatMap((w) => w.split(/\s+/)))].join(' ');
}

/** Place names as the GeoNames source writes them (`… 1520172 Shchuchinsk / Щучинск`). */
function locationNames(office: Office): string[] {
  // A district or region centre is not where the office is: its name must not make the office a match.
  if (office.location?.precision !== 'settlement') return [];
  const source = office.location.source;
  const name = source.replace(/^[^\d]*\d+\s*/, '');
  return name ? name.split(/\s*\/\s*/) : [];
}

export function officeMeta(office: Office): Record<string, string> {
  const phone = office.phones.find((p) => p.type !== 'fax') ?? office.phones[0];
  return {
    title: office.name,
    kind: officeKindLabel[office.kind].one,
    ...(office.district ? { district: office.district } : {}),
    region: office.region,
    ...(phone ? { phone: displayPhone(phone) } : {}),
  };
}

export function officeFilters(office: Office, services: readonly string[]): Record<string, string[]> {
  return {
    region: [office.region],
    ...(office.district ? { district: [office.district] } : {}),
    kind: [officeKindLabel[office.kind].one],
    ...(services.length ? { service: [...services] } : {}),
  };
}

export function officeAliasRecord(office: Office, services: readonly string[]): AliasRecord {
  const names = [office.name, office.district, office.settlement, office.region, office.address];
  const content = unique([
    ...names.map((n) => (n ? foldText(n) : null)),
    ...names.map((n) => (n ? transliterate(n) : null)),
    ...locationNames(office).map(foldText),
    ...office.phones.flatMap((p) => (p.number ? phoneAliases(p.number) : [p.raw.replace(/\D/g, '')])),
    office.postcode,
    ...office.emails,
  ]);
  return {
    url: officeHref(office),
    content,
    language: 'kk',
    meta: { ...officeMeta(office), alias: 'true' },
    filters: officeFilters(office, services),
  };
}

export function serviceAliasRecord(service: Service): AliasRecord {
  const names = service.versions.map((v) => v.name);
  return {
    url: `/services/${service.id}/`,
    content: unique([...names.map(foldText), ...names.map(transliterate)]),
    language: 'kk',
    meta: { title: service.name, kind: 'Мемлекеттік қызмет', alias: 'true' },
    filters: { kind: ['Мемлекеттік қызмет'], service: [service.name] },
  };
}

export function actAliasRecord(act: Act): AliasRecord {
  return {
    url: `/acts/${act.id}/`,
    content: unique([foldText(act.title), foldText(act.issuer), act.number, act.registration?.number]),
    language: 'kk',
    meta: { title: act.title, kind: 'Құқықтық акт', alias: 'true' },
    filters: { kind: ['Құқықтық акт'] },
  };
}
