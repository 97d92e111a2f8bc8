/**
 * The ingest's committed inputs besides the acts (corrections, service aliases, pinned service ids, gazetteer,
 * reviewed places), read synchronously for tests that build parsers or resolvers at module level. Same
 * parsing as read-inputs.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { inject } from 'vitest';
import type { KzGazetteer } from '../../scripts/geodata/types.ts';
import { CORRECTIONS_FILE, parseOfficeRowCorrections } from '../../scripts/ingest/corrections.ts';
import type { IngestInputs } from '../../scripts/ingest/inputs.ts';
import { GAZETTEER_FILE, REVIEWED_PLACES_FILE } from '../../scripts/ingest/read-inputs.ts';
import { CITY_AREA_CODES_FILE, parseCityAreaCodes } from '../../scripts/ingest/resolve/city-area-codes.ts';
import { CONTACT_CORRECTIONS_FILE, parseContactCorrections } from '../../scripts/ingest/resolve/contact-corrections.ts';
import { DISTRICT_CENTRES_FILE, parseDistrictCentres } from '../../scripts/ingest/resolve/geocode/district-centres.ts';
import { OFFICE_IDS_FILE, parseOfficeIds } from '../../scripts/ingest/resolve/merge-offices/office-ids.ts';
import { parseServiceAliases, SERVICE_ALIASES_FILE } from '../../scripts/ingest/resolve/service-aliases.ts';
import { parseServiceIds, SERVICE_IDS_FILE } from '../../scripts/ingest/resolve/service-ids.ts';
import { type IngestResult, runIngest } from '../../scripts/ingest/run-ingest.ts';
import { russianNamesSchema } from '../../src/schemas/russian-names.ts';

const root = new URL('../../', import.meta.url);
const readJson = (file: string): unknown => JSON.parse(readFileSync(new URL(file, root), 'utf8'));

let inputs: IngestInputs | null = null;

export function committedInputs(): IngestInputs {
  inputs ??= {
    corrections: parseOfficeRowCorrections(readJson(CORRECTIONS_FILE)),
    aliases: parseServiceAliases(readJson(SERVICE_ALIASES_FILE)),
    serviceIds: parseServiceIds(readJson(SERVICE_IDS_FILE)),
    officeIds: parseOfficeIds(readJson(OFFICE_IDS_FILE)),
    gazetteer: readJson(GAZETTEER_FILE) as KzGazetteer,
    districtCentres: parseDistrictCentres(readJson(DISTRICT_CENTRES_FILE)),
    reviewedPlaces: russianNamesSchema.parse(readJson(REVIEWED_PLACES_FILE)).places,
    areaCodes: parseCityAreaCodes(readJson(CITY_AREA_CODES_FILE)),
    contactCorrections: parseContactCorrections(readJson(CONTACT_CORRECTIONS_FILE)),
  };
  return inputs;
}

/** The whole ingest of the five committed acts with the committed inputs, as `npm run ingest` runs it, now. */
export function runCommittedIngest(): IngestResult {
  const dir = new URL('content/sources/', root);
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(new URL(file, dir), 'utf8') }));
  return runIngest(sources, committedInputs());
}

let shared: string | null = null;

/**
 * The committed sources' ingest as the run's globalSetup computed it once (ingest-once.setup.ts): a fresh
 * copy per call, so a test that changes its result changes nobody else's. Runs the ingest itself when no
 * setup provided one (a config without the globalSetup).
 */
export function ingestCommittedSources(): IngestResult {
  const file = inject('committedIngest');
  if (!file) return runCommittedIngest();
  shared ??= readFileSync(file, 'utf8');
  return JSON.parse(shared) as IngestResult;
}
