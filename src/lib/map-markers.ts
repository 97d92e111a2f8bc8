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
          },
        ]
      : [],
  );
}
