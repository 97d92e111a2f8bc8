import { readFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { projectPath } from '../lib/project-path.ts';
import { checkData, formatProblems, type RawDataSet } from './data-references.ts';

/** What the site is built from: the collections (content.config.ts) and the data health report. */
export const dataFiles = ['acts.json', 'services.json', 'offices.json', 'places.json', 'ingest-report.json'] as const;
const collectionFiles = new Set<string>(dataFiles.filter((f) => f !== 'ingest-report.json'));

/** JSON.parse with the place of the fault: `content/data/offices.json:1204:7: Expected ',' …` (V8 gives an offset). */
export function parseDataJson(name: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = Number(message.match(/at position (\d+)/)?.[1] ?? (text.trim() === '' ? 0 : text.length));
    const before = text.slice(0, at).split('\n');
    throw new Error(
      `content/data/${name}:${before.length}:${(before.at(-1)?.length ?? 0) + 1}: invalid JSON: ${message}`,
    );
  }
}

const PARSED = Symbol.for('qyzmet.parsed-data-json');
/** A file's text, its parse, and once the data check passed on that text, its records as zod parsed them. */
type Holder = { [PARSED]?: Map<string, { text: string; data: unknown; records?: readonly unknown[] }> };

/**
 * parseDataJson, once per file and text for the whole build: the data check below, the content
 * collections (content.config.ts) and the data health page read the same files. Kept on `globalThis`:
 * the config's integrations and Astro's Vite bundle each load their own copy of this module.
 */
export function parseDataJsonOnce(name: string, text: string): unknown {
  const holder = globalThis as Holder;
  holder[PARSED] ??= new Map();
  const seen = holder[PARSED].get(name);
  if (seen?.text === text) return seen.data;
  const data = parseDataJson(name, text);
  holder[PARSED].set(name, { text, data });
  return data;
}

/**
 * The records of a collection file as the data check's zod schemas parsed them, when the check passed on
 * this very text; else undefined. The content collections store these (content.config.ts) rather than
 * run every record through the same schemas a second time. On `globalThis` for the reason above.
 */
export function checkedRecords(name: string, text: string): readonly unknown[] | undefined {
  const seen = (globalThis as Holder)[PARSED]?.get(name);
  return seen?.text === text ? seen.records : undefined;
}

/** A collection file must be an array of records, each with a unique string id (the store's key). */
export function checkCollection(name: string, data: unknown): void {
  if (!Array.isArray(data)) throw new Error(`content/data/${name}: expected an array of records`);
  const seen = new Set<string>();
  data.forEach((item: unknown, i) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '') throw new Error(`content/data/${name}: record ${i + 1} has no id`);
    if (seen.has(id)) throw new Error(`content/data/${name}: id ${id} appears twice`);
    seen.add(id);
  });
}

/**
 * A build failure that is a finding about the data, not a fault of the code: its message is the whole
 * story, so no stack trace is printed under it.
 */
export class DataCheckError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataCheckError';
    this.stack = '';
  }
}

/**
 * Reads and checks every content/data file: JSON, arrays of records with unique ids, then each record's
 * shape and every id it names (data-references.ts). Throws a DataCheckError naming file, record id and
 * JSON pointer; returns how many records it read.
 */
export async function checkDataFiles(read: (name: string) => Promise<string>): Promise<number> {
  const collections: Partial<Record<keyof RawDataSet, unknown[]>> = {};
  for (const name of dataFiles) {
    let text: string;
    try {
      text = await read(name);
    } catch {
      throw new DataCheckError(`content/data/${name} is missing: run \`npm run ingest\` (npm run build does)`);
    }
    let data: unknown;
    try {
      data = parseDataJsonOnce(name, text);
      if (collectionFiles.has(name)) checkCollection(name, data);
    } catch (error) {
      throw new DataCheckError(error instanceof Error ? error.message : String(error));
    }
    if (collectionFiles.has(name)) collections[name.replace('.json', '') as keyof RawDataSet] = data as unknown[];
  }
  const data: RawDataSet = {
    acts: collections.acts ?? [],
    services: collections.services ?? [],
    offices: collections.offices ?? [],
    places: collections.places ?? [],
  };
  const { problems, valid } = checkData(data);
  if (problems.length > 0) throw new DataCheckError(formatProblems(problems));
  // Each file's entry is the one its parse above left, with the text the check read.
  for (const [collection, records] of Object.entries(valid)) {
    const entry = (globalThis as Holder)[PARSED]?.get(`${collection}.json`);
    if (entry) entry.records = records;
  }
  return data.acts.length + data.services.length + data.offices.length + data.places.length;
}

/**
 * Fails the build before Astro loads content/data when a file is missing, not JSON, or holds a record
 * of the wrong shape or naming an id that does not exist. Astro's content layer, left to itself (its
 * file() loader, which the collections used before they had their own), only logs the first two, then
 * renders the collection from its data-store cache: the previous build's records, under today's date;
 * and it reports a shape fault as `offices.json:0:0` with a stack trace. With the check, every build
 * renders from the files as they are now, and only from whole ones.
 */
export function dataCheck(): AstroIntegration {
  return {
    name: 'qyzmet:data-check',
    hooks: {
      'astro:config:setup': async ({ logger }) => {
        const records = await checkDataFiles((name) => readFile(projectPath(`content/data/${name}`), 'utf8'));
        logger.info(`content/data: ${dataFiles.length} files, ${records} records, every id they name exists`);
      },
    },
  };
}
