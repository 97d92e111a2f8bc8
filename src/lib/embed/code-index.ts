/**
 * The office -> code page map, built once per build: EmbedOffer sits on every office page (2000+), and
 * regrouping every office into places for each of them would double the build time. A dev server keeps
 * the map until restarted.
 */
import { loadOffices, loadPlaces } from '../collections.ts';
import { buildPlaces } from '../places/pages.ts';
import { officeCodeHrefs } from './urls.ts';

let cached: Promise<Map<string, string>> | undefined;

export function loadOfficeCodeHrefs(): Promise<Map<string, string>> {
  cached ??= Promise.all([loadOffices(), loadPlaces()]).then(([offices, places]) =>
    officeCodeHrefs(buildPlaces(offices, places)),
  );
  return cached;
}
