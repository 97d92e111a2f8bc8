/**
 * The records the embed JSON files hand out. The fields are those of /data/*.json (a public contract:
 * extended, never renamed), plus `lang`, and in the Russian files a `russian` block with the reviewed
 * Russian names and labels where they exist. The acts' text itself stays as written, in Kazakh.
 */
import type { Lang } from '../../i18n/index.ts';
import type { Act } from '../../schemas/act.ts';
import type { Office } from '../../schemas/office.ts';
import type { Service } from '../../schemas/service.ts';
import { officeKindName } from '../names/office-kind.ts';
import { russianPlaceName, russianServiceName } from '../names/russian.ts';
import type { DistrictPage } from '../places/pages.ts';
import { actStatusRecord, dataDateOf } from '../sources/status-statement.ts';

/** Place ids of an office's region and district, where known. */
export interface OfficePlaceIds {
  regionId?: string | undefined;
  districtId?: string | undefined;
}

/**
 * What every embed JSON says first, as the pages do: a `status` object per act its facts come from (act,
 * date, status, repeal), and `dataDate`, the newest act read (never the build's day).
 */
export function statusJson(own: readonly Act[], all: readonly Act[]) {
  return { status: own.map(actStatusRecord), dataDate: dataDateOf(all) };
}

/** Drops absent names, so a file says nothing rather than `null` about what nobody reviewed. */
function present<T extends Record<string, string | undefined>>(names: T): Partial<T> {
  return Object.fromEntries(Object.entries(names).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function officeJson(office: Office, lang: Lang, places: OfficePlaceIds = {}) {
  if (lang === 'kk') return { ...office, lang };
  return {
    ...office,
    lang,
    russian: present({
      kind: officeKindName(office.kind, lang).one,
      region: russianPlaceName(places.regionId)?.ru,
      district: russianPlaceName(places.districtId)?.ru,
    }),
  };
}

export function districtJson(district: DistrictPage, lang: Lang) {
  const { id, name, region, offices } = district;
  const list = offices.map((o) => officeJson(o, lang, { regionId: district.regionId, districtId: district.id }));
  if (lang === 'kk') return { id, name, region, offices: list, lang };
  return {
    id,
    name,
    region,
    offices: list,
    lang,
    russian: present({ name: russianPlaceName(id)?.ru, region: russianPlaceName(district.regionId)?.ru }),
  };
}

export function serviceJson(service: Service, lang: Lang) {
  if (lang === 'kk') return { ...service, lang };
  const russian = russianServiceName(service.id);
  // The site's own translation of the name, never an official text: the source says so.
  return { ...service, lang, russian: russian ? { name: russian.ru, source: russian.source } : {} };
}
