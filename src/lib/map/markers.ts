import { type Lang, localeHref, ui } from '../../i18n/index.ts';
import type { Office } from '../../schemas/office.ts';
import { officeHref, officeKindName } from '../names/office-kind.ts';
import { russianPlaceName } from '../names/russian.ts';

/** What a map's markers stand for: the home page's map of regions, or offices. A mode, never a translated word. */
export type MapMode = 'regions' | 'offices';

/** What a map needs of an office; serialised into the map element's data attribute. */
export interface MapMarker {
  id: string;
  /** The name as written (Kazakh). */
  name: string;
  /** On Russian pages, a reviewed Russian name shown beside it (regions). */
  russian?: string | undefined;
  /** What the point is, in the page's language. */
  kind: string;
  href: string;
  lat: number;
  lon: number;
  /** Settlement-precise points are exact-ish; district/region fallbacks are drawn as approximate. */
  approximate: boolean;
  /** For approximate points: whose centre stands in for the office (`district` or `region`). */
  precision?: 'settlement' | 'district' | 'region';
}

export function toMarkers(offices: readonly Office[], lang: Lang = 'kk'): MapMarker[] {
  return offices.flatMap((o) =>
    o.location
      ? [
          {
            id: o.id,
            name: o.name,
            kind: officeKindName(o.kind, lang).one,
            href: localeHref(lang, officeHref(o)),
            lat: o.location.lat,
            lon: o.location.lon,
            approximate: o.location.precision !== 'settlement',
            precision: o.location.precision,
          },
        ]
      : [],
  );
}

/**
 * One marker per region for the home page: at the region's own office (its employment and social
 * programmes department, else the akim's apparatus) where that is placed precisely.
 */
export function regionMarkers(
  regions: readonly { id: string; name: string; offices: readonly Office[] }[],
  lang: Lang = 'kk',
): MapMarker[] {
  return regions.flatMap((r) => {
    const seat = ['regional-department', 'akim-office']
      .map((kind) => r.offices.find((o) => o.kind === kind && o.location?.precision === 'settlement'))
      .find(Boolean);
    if (!seat?.location) return [];
    return [
      {
        id: r.id,
        name: r.name,
        ...(lang === 'ru' ? { russian: russianPlaceName(r.id)?.ru } : {}),
        kind: ui(lang)['map.regionKind'],
        href: localeHref(lang, `/regions/${r.id}/`),
        lat: seat.location.lat,
        lon: seat.location.lon,
        approximate: false,
      },
    ];
  });
}
