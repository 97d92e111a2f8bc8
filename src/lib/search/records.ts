/**
 * Alias records for the search index: for every office, service and act, the folded forms of its names
 * (Russian-keyboard spelling, Latin transliteration, GeoNames place names), the Russian names and forms a
 * Russian speaker types (src/lib/search/russian-terms.ts), each word also without its case endings, and
 * every form of its phone numbers and its postcode. They are indexed as Pagefind custom records pointing
 * to the Kazakh page (the Russian search page links its Russian twin), so they are searchable without being
 * hidden text on the page (hidden text leaks into result excerpts).
 */

import { ui } from '../../i18n/index.ts';
import type { Act } from '../../schemas/act.ts';
import type { Office } from '../../schemas/office.ts';
import type { Place } from '../../schemas/place.ts';
import type { Service } from '../../schemas/service.ts';
import { displayPhone } from '../format-phone.ts';
import { officeHref, officeKindLabel } from '../names/office-kind.ts';
import { russianOfficeKind, russianPlaceName, russianServiceName } from '../names/russian.ts';
import { oncePerKey } from '../once.ts';
import { officesForVersion } from '../services/offices.ts';
import { transliterate } from '../slug.ts';
import { officeFilterValues, type SearchKind } from './filters.ts';
import { foldText, phoneAliases, stemForms } from './fold.ts';
import { officeRussianTerms, russianPlaceTerms, russianServiceTerms, settlementGeoNames } from './russian-terms.ts';

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

/**
 * A name's forms, made once per build: the region, district and settlement names and their Russian forms
 * recur in hundreds of office records (folding them again took half the alias records' time).
 */
const formsOfName = oncePerKey((name: string): readonly string[] => {
  const folded = foldText(name);
  return [folded, ...stemForms(folded)];
});

/** Folded names and, beside each, the same words without their endings (`ауданы` -> `аудан`, `раион`). */
function foldedWithStems(names: readonly (string | null | undefined)[]): string[] {
  return names.flatMap((n) => (n ? formsOfName(n) : []));
}

const kk = ui('kk');
const ru = ui('ru');

/**
 * What /ru/search/ shows of a record in Russian (the title as written stays beside): the kind, and the
 * reviewed Russian name where one exists, `titlerusite` when it is the site's own translation.
 */
function russianMeta(title: string | undefined, kind: string, siteTranslation = false): Record<string, string> {
  return {
    kindru: kind,
    ...(title ? { titleru: title } : {}),
    ...(title && siteTranslation ? { titlerusite: 'true' } : {}),
  };
}

export function officeMeta(office: Office): Record<string, string> {
  const phone = office.phones.find((p) => p.type !== 'fax') ?? office.phones[0];
  const kindRu = russianOfficeKind(office.kind)?.one;
  return {
    title: office.name,
    kind: officeKindLabel[office.kind].one,
    // The reviewed Russian name of the kind, shown instead of the Kazakh one on /ru/search/.
    ...(kindRu ? { kindru: kindRu } : {}),
    ...(office.district ? { district: office.district } : {}),
    region: office.region,
    ...(phone ? { phone: displayPhone(phone) } : {}),
  };
}

/** The filters of an office's page and alias record: `region` and `kind` as ids (search/filters.ts). */
export function officeFilters(office: Office, services: readonly string[]): Record<string, string[]> {
  const { region, kind } = officeFilterValues(office);
  return {
    region: [region],
    ...(office.district ? { district: [office.district] } : {}),
    kind: [kind],
    ...(services.length ? { service: [...services] } : {}),
  };
}

/**
 * `services` are the names of the office's services (its `service` filter); `russian` the Russian terms of
 * its places, kind and services (`officeRussianTerms`), indexed but never shown.
 */
export function officeAliasRecord(
  office: Office,
  services: readonly string[],
  russian: readonly string[] = [],
): AliasRecord {
  const names = [office.name, office.district, office.settlement, office.region, office.address];
  const content = unique([
    ...foldedWithStems(names),
    ...names.map((n) => (n ? transliterate(n) : null)),
    ...foldedWithStems(settlementGeoNames(office)),
    ...foldedWithStems(russian),
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
    content: unique([
      ...foldedWithStems(names),
      ...names.map(transliterate),
      ...foldedWithStems(russianServiceTerms(service.id)),
    ]),
    language: 'kk',
    meta: {
      title: service.name,
      kind: kk['search.kind.service'],
      ...russianMeta(russianServiceName(service.id)?.ru, ru['search.kind.service'], true),
      alias: 'true',
    },
    filters: { kind: ['service' satisfies SearchKind], service: [service.name] },
  };
}

export function actAliasRecord(act: Act): AliasRecord {
  return {
    url: `/acts/${act.id}/`,
    content: unique([...foldedWithStems([act.title, act.issuer]), act.number, act.registration?.number]),
    language: 'kk',
    meta: {
      title: act.title,
      kind: kk['search.kind.act'],
      ...russianMeta(undefined, ru['search.kind.act']),
      alias: 'true',
    },
    filters: { kind: ['act' satisfies SearchKind] },
  };
}

/**
 * A region's or district's page (`/regions/x/`, `/districts/x/`) found by its Russian name and forms
 * (`Бурабайский район`, `Бурабайского района`) and its other Kazakh spellings. Null when no reviewed Russian
 * name exists: the page itself already holds its Kazakh name.
 */
export function placeAliasRecord(place: Place, url: string): AliasRecord | null {
  const russian = russianPlaceTerms([place.id]);
  if (!russian.length) return null;
  const kindKey = place.parent === null ? 'search.kind.region' : 'search.kind.district';
  return {
    url,
    content: unique([...foldedWithStems([place.name, ...place.otherNames, ...russian]), transliterate(place.name)]),
    language: 'kk',
    meta: {
      title: place.name,
      kind: kk[kindKey],
      ...russianMeta(russianPlaceName(place.id)?.ru, ru[kindKey]),
      alias: 'true',
    },
    // No `kind` filter: the kind list is of offices, services and acts; a chosen kind leaves places out.
    filters: {},
  };
}

/** The collections, in the files' order: the index lists an office's services in it. */
export interface AliasRecordData {
  acts: readonly Act[];
  services: readonly Service[];
  offices: readonly Office[];
  places: readonly Place[];
}

/** Alias records of the offices, services, acts, and of the region and district pages that were built. */
export function aliasRecords(data: AliasRecordData, built: ReadonlySet<string>): AliasRecord[] {
  const { offices, services, acts } = data;
  const places = new Map(data.places.map((p) => [p.id, p]));
  const serviceNames = new Map<string, Set<string>>();
  for (const s of services) {
    for (const v of s.versions) {
      for (const o of officesForVersion(v, offices))
        serviceNames.set(o.id, (serviceNames.get(o.id) ?? new Set()).add(s.name));
    }
  }
  const servicesOf = (officeId: string) => [...(serviceNames.get(officeId) ?? [])];
  const placeRecords = data.places.flatMap((p) => {
    const url = p.parent === null ? `/regions/${p.id}/` : `/districts/${p.id}/`;
    const record = placeAliasRecord(p, url);
    return record && built.has(url) ? [record] : [];
  });
  return [
    ...offices.map((o) => officeAliasRecord(o, servicesOf(o.id), officeRussianTerms(o, places))),
    ...services.map(serviceAliasRecord),
    ...acts.map(actAliasRecord),
    ...placeRecords,
  ];
}
