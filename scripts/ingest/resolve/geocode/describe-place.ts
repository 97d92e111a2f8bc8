import type { GeoPlace } from '../../../geodata/types.ts';

/** The named data source of a coordinate, for `location.source` and messages. */
export function describePlace(place: GeoPlace): string {
  return `${place.from} (GeoNames ${place.id ?? 'entry without id'}: ${place.name}, admin1 ${place.admin1})`;
}
