/**
 * The open data files (a public contract: field names are fixed by the issues that introduced them;
 * extend, never rename). Pure functions from records to file bodies.
 */
import type { Office } from '../../schemas/office.ts';
import { csvCell } from './csv-cell.ts';

export function toJson(data: unknown): string {
  return `${JSON.stringify(data, null, 1)}\n`;
}

const csvColumns = [
  'id',
  'kind',
  'name',
  'region',
  'district',
  'settlement',
  'postcode',
  'address',
  'phones',
  'emails',
  'websites',
  'hours',
  'hours_osm',
  'lat',
  'lon',
  'precision',
  'sources',
  // Issue 13: appended, never reordered.
  'legal_name',
  'unlinked_contacts',
] as const;

const phoneColumn = csvColumns.indexOf('phones');

/** One row per office; lists joined with `; `; sources as `file:line`. RFC 4180 quoting, CRLF; formula-like cells neutralised (csv-cell.ts). */
export function officesToCsv(offices: readonly Office[]): string {
  const rows = offices.map((o) =>
    [
      o.id,
      o.kind,
      o.name,
      o.region,
      o.district,
      o.settlement,
      o.postcode,
      o.address,
      csvCell(o.phones.map((p) => p.number ?? p.raw).join('; '), { phones: true }),
      o.emails.join('; '),
      o.websites.join('; '),
      o.hours?.text,
      o.hours?.osm,
      o.location?.lat,
      o.location?.lon,
      o.location?.precision,
      o.sources.map((s) => `${s.file}:${s.line}`).join('; '),
      o.legalName,
      (o.unlinkedContacts ?? []).map((c) => c.raw).join('; '),
    ]
      .map((cell, i) => (i === phoneColumn ? cell : csvCell(cell)))
      .join(','),
  );
  return `\uFEFF${[csvColumns.join(','), ...rows].join('\r\n')}\r\n`;
}

/** GeoJSON FeatureCollection of the offices that have a location. */
export function officesToGeoJson(offices: readonly Office[]) {
  return {
    type: 'FeatureCollection' as const,
    features: offices.flatMap((o) =>
      o.location
        ? [
            {
              type: 'Feature' as const,
              id: o.id,
              geometry: { type: 'Point' as const, coordinates: [o.location.lon, o.location.lat] },
              properties: {
                name: o.name,
                legalName: o.legalName ?? o.name,
                kind: o.kind,
                region: o.region,
                district: o.district,
                address: o.address,
                precision: o.location.precision,
                url: `/offices/${o.id}/`,
              },
            },
          ]
        : [],
    ),
  };
}
