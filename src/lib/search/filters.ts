/**
 * The search page's two filters, region and kind. The index holds ids as filter values (a region's id,
 * an office kind, `service`, `act`), never a label: the Kazakh and Russian pages filter the same index, and
 * each names the choices in its own language. The lists are built here, from the data, so neither page
 * waits for Pagefind's filter list to show them.
 */
import { dataLang, type Lang, ui } from '../../i18n/index.ts';
import type { Office, OfficeKind } from '../../schemas/office.ts';
import { officeKindName, officeKindOrder } from '../names/office-kind.ts';
import { russianPlaceName } from '../names/russian.ts';
import { regionId } from '../places/pages.ts';

/** What a record is, as the `kind` filter holds it: an office's kind, or a service's or an act's record. */
export type SearchKind = OfficeKind | 'service' | 'act';

export interface FilterOption {
  /** The id the index holds. */
  value: string;
  label: string;
  /** `kk` where the label is Kazakh data on a page in another language. */
  lang: 'kk' | undefined;
  /**
   * The value the index held before it held ids (the Kazakh label, commas as spaces), so a search link
   * saved then still chooses this option.
   */
  former: string;
}

export interface SearchFilterLists {
  region: FilterOption[];
  kind: FilterOption[];
}

// Pagefind splits its filter attributes on commas: the labels the index held went in without them.
const formerValue = (label: string) => label.replace(/,/g, ' ');

/** The `region` and `kind` filter values of an office's page and alias record. */
export function officeFilterValues(office: Pick<Office, 'region' | 'kind'>): { region: string; kind: SearchKind } {
  return { region: regionId(office.region), kind: office.kind };
}

function kindLabel(kind: SearchKind, lang: Lang): string {
  if (kind === 'service' || kind === 'act') return ui(lang)[`search.kind.${kind}`];
  return officeKindName(kind, lang).one;
}

/**
 * The regions that have offices, by the name shown (the reviewed Russian name on Russian pages where one
 * exists, else the act's Kazakh name); the kinds in the site's order of office kinds, then services and acts.
 */
export function searchFilterLists(offices: readonly Pick<Office, 'region' | 'kind'>[], lang: Lang): SearchFilterLists {
  const regions = new Map<string, string>();
  for (const o of offices) regions.set(regionId(o.region), o.region);
  const region = [...regions].map(([id, name]): FilterOption => {
    const russian = lang === 'ru' ? russianPlaceName(id)?.ru : undefined;
    return { value: id, label: russian ?? name, lang: russian ? undefined : dataLang(lang), former: formerValue(name) };
  });
  region.sort((a, b) => a.label.localeCompare(b.label, lang));
  const kinds: SearchKind[] = [...officeKindOrder.filter((k) => offices.some((o) => o.kind === k)), 'service', 'act'];
  const kind = kinds.map(
    (k): FilterOption => ({
      value: k,
      label: kindLabel(k, lang),
      lang: undefined,
      former: formerValue(kindLabel(k, 'kk')),
    }),
  );
  return { region, kind };
}
