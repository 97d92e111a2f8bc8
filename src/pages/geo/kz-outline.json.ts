import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { APIRoute } from 'astro';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * Kazakhstan's outline from Natural Earth (the world-atlas registry package, 1:50m), drawn under the
 * markers so a map still makes sense when tiles cannot load.
 */
export const GET: APIRoute = async () => {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const topology = JSON.parse(await readFile(path, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const kz = topology.objects.countries.geometries.filter((g) => g.id === '398');
  const outline = feature(topology, { type: 'GeometryCollection', geometries: kz });
  return new Response(JSON.stringify(outline));
};
