import type { Office } from '../schemas/office.ts';
import { officeHref, officeKindLabel } from './office-kind.ts';

/** What a map needs of an office; serialised into the map element's data attribute. */
export interface MapMarker {
  id: string;
  name: string;
  kind: string;
  href: string;
  lat: number;
  lon: number;
  /** Settlement-precise points are exact-ish; district/region fallbacks are drawn as approximate. */
  approximate: boolean;
  /** For approximate points: whose centre stands in for the office (`district` or `region`). */
  precision?: 'settlement' | 'district' | 'region';
}

export function toMarkers(offices: readonly Office[]): MapMarker[] {
  return offices.flatMap((o) =>
    o.location
      ? [
          {
            id: o.id,
            name: o.name,
            kind: officeKindLabel[o.kind].one,
            href: officeHref(o),
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
        kind: 'Өңір',
        href: `/regions/${r.id}/`,
        lat: seat.location.lat,
        lon: seat.location.lon,
        approximate: false,
      },
    ];
  });
}
