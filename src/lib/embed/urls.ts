/**
 * Addresses of the embeds (a public contract once an akimat site has pasted them: never rename, only
 * add). Embed pages live under `/embed/<folder>/<id>/`, their JSON next to them, and the code to copy
 * on one code page per district (and per region for offices that belong to no district). Every address
 * has a Russian twin under `/ru/` (`lang`); Kazakh, the default, keeps the addresses already pasted.
 */
import { type Lang, localeHref } from '../../i18n/index.ts';
import type { RegionPage } from '../places/pages.ts';

export type EmbedKind = 'office' | 'district' | 'service';

const folder: Record<EmbedKind, string> = { office: 'offices', district: 'districts', service: 'services' };

/** The page made to be framed: `/embed/offices/2011-394-1-a1-r1/`. */
export function embedPath(kind: EmbedKind, id: string, lang: Lang = 'kk'): string {
  return localeHref(lang, `/embed/${folder[kind]}/${id}/`);
}

/** The same record as JSON: `/embed/offices/2011-394-1-a1-r1.json`. */
export function embedJsonPath(kind: EmbedKind, id: string, lang: Lang = 'kk'): string {
  return localeHref(lang, `/embed/${folder[kind]}/${id}.json`);
}

/** The full page on the site that an embed links back to. */
export function fullPath(kind: EmbedKind, id: string, lang: Lang = 'kk'): string {
  return localeHref(lang, `/${folder[kind]}/${id}/`);
}

export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** Fragment id of an entity's code block on a code page (`office-2011-394-1-a1-r1`). */
export function codeAnchor(kind: EmbedKind, id: string): string {
  return `${kind}-${id}`;
}

export function districtCodePath(districtId: string, lang: Lang = 'kk'): string {
  return localeHref(lang, `/embed/code/districts/${districtId}/`);
}

export function regionCodePath(regionId: string, lang: Lang = 'kk'): string {
  return localeHref(lang, `/embed/code/regions/${regionId}/`);
}

export const serviceCodePath = '/embed/code/services/';

/** Office id -> the code page section of that office (its district's page, or its region's). */
export function officeCodeHrefs(regions: readonly RegionPage[]): Map<string, string> {
  const hrefs = new Map<string, string>();
  for (const r of regions) {
    for (const o of r.regionalOffices) hrefs.set(o.id, `${regionCodePath(r.id)}#${codeAnchor('office', o.id)}`);
    for (const d of r.districts) {
      for (const o of d.offices) hrefs.set(o.id, `${districtCodePath(d.id)}#${codeAnchor('office', o.id)}`);
    }
  }
  return hrefs;
}

/** Where a web editor finds the code for one office, district or service, without JavaScript. */
export function codeHref(kind: EmbedKind, id: string, offices: ReadonlyMap<string, string>, lang: Lang = 'kk'): string {
  if (kind === 'service') return localeHref(lang, `${serviceCodePath}#${codeAnchor(kind, id)}`);
  if (kind === 'district') return districtCodePath(id, lang);
  return localeHref(lang, offices.get(id) ?? '/embed/#find');
}
