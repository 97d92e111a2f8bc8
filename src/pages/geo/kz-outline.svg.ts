import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { APIRoute } from 'astro';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { COUNTRY_VIEW, ringsPath } from '../../lib/map/schematic.ts';

/**
 * Kazakhstan's outline from Natural Earth (the world-atlas registry package, 1:50m, public domain), as the
 * schematic maps draw it (src/lib/map/schematic.ts): one file every page's map shares from the cache.
 */
export const GET: APIRoute = async () => {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const topology = JSON.parse(await readFile(path, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const kz = topology.objects.countries.geometries.filter((g) => g.id === '398');
  const rings = feature(topology, { type: 'GeometryCollection', geometries: kz }).features.flatMap((f) => {
    const g = f.geometry;
    if (g.type === 'Polygon') return g.coordinates as [number, number][][];
    if (g.type === 'MultiPolygon') return g.coordinates.flat() as [number, number][][];
    return [];
  });
  const { width, height } = COUNTRY_VIEW;
  return new Response(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><path d="${ringsPath(rings)}" fill="#ffffff" stroke="#005f73" stroke-width="0.6" stroke-linejoin="round"/></svg>\n`,
    { headers: { 'content-type': 'image/svg+xml' } },
  );
};
