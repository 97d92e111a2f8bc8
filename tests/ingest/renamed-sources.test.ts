/**
 * The acts are read by what they say, not by their names. The five sources copied to a temporary folder
 * under other names and read in another order give the same records, file fields aside. Names that sort
 * the acts differently give the same offices (of the same rows) and services (of the same documents); which
 * spelling names a merged record, and so its id, still follows the file-name order (stable ids: issue 11).
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readSources } from '../../scripts/ingest/read-sources.ts';
import { type IngestResult, runIngest } from '../../scripts/ingest/run-ingest.ts';
import { committedInputs, ingestCommittedSources } from '../helpers/ingest-inputs.ts';
import { sourceFile } from '../helpers/source-files.ts';

const ORIGINALS = [sourceFile('000'), sourceFile('001'), sourceFile('002'), sourceFile('003'), sourceFile('004')];
// Names that say nothing about the act, in the originals' name order ...
const RENAMED = ['act-a.txt', 'act-b.txt', 'act-c.txt', 'act-d.txt', 'act-e.txt'];
// ... and in reverse name order.
const REVERSED = ['zeta.txt', 'epsilon.txt', 'delta.txt', 'beta.txt', 'alpha.txt'];
const original = new Map([...RENAMED, ...REVERSED].map((name, i) => [name, ORIGINALS[i % 5] ?? '']));

let dir: string;
let real: IngestResult;
let renamed: IngestResult;
let reversed: IngestResult;

beforeAll(async () => {
  const sources = join(process.cwd(), 'content/sources');
  dir = await mkdtemp(join(tmpdir(), 'qyzmet-renamed-'));
  const copy = (names: string[]) =>
    Promise.all(ORIGINALS.map((file, i) => copyFile(join(sources, file), join(dir, names[i] ?? ''))));
  await Promise.all([copy(RENAMED), copy(REVERSED)]);
  real = ingestCommittedSources();
  const copies = await readSources(dir);
  const pick = (names: string[]) => copies.filter((s) => names.includes(s.file));
  // Read in another order than the originals' too.
  renamed = runIngest([...pick(RENAMED)].reverse(), committedInputs());
  reversed = runIngest(pick(REVERSED), committedInputs());
  expect(pick(REVERSED).map((s) => s.file)).toEqual([...REVERSED].reverse());
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const RENAMED_FILE = new RegExp([...original.keys()].map((n) => n.replace('.', '\\.')).join('|'), 'gu');

/** The records with every file name (fields, and notes that cite `file:line`) back to the original name. */
function withOriginalNames(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(RENAMED_FILE, (name) => original.get(name) ?? name);
  if (Array.isArray(value)) return value.map(withOriginalNames);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, withOriginalNames(v)]));
}

const byId = <T extends { id: string }>(records: readonly T[]): T[] =>
  [...records].sort((a, b) => a.id.localeCompare(b.id));

describe('other names, read in another order', () => {
  test.each(['acts', 'services', 'offices', 'places'] as const)('the %s are the same', (collection) => {
    const copies: readonly { id: string }[] = renamed[collection];
    const originals: readonly { id: string }[] = real[collection];
    expect(copies.length).toBeGreaterThan(0);
    expect(withOriginalNames(byId(copies))).toEqual(byId(originals));
  });

  test('every appendix is read by the same parser with the same rows and confidence', () => {
    const appendices = (result: IngestResult) =>
      byId(
        result.report.files.flatMap((f) => f.appendices.map((a) => ({ ...a, file: original.get(a.file) ?? a.file }))),
      );
    expect(appendices(renamed)).toEqual(appendices(real));
  });
});

describe('names that sort the acts the other way round', () => {
  const rowsOf = (result: IngestResult) =>
    result.offices
      .map((o) =>
        (withOriginalNames(o.sources) as typeof o.sources)
          .map((s) => `${s.file}:${s.line}`)
          .sort()
          .join(' '),
      )
      .sort();

  test('the acts are the same', () => {
    expect(withOriginalNames(byId(reversed.acts))).toEqual(byId(real.acts));
  });

  test('every office is made of the same table rows', () => {
    expect(rowsOf(reversed)).toEqual(rowsOf(real));
  });

  test('every service is made of the same documents, each read the same but for office links', () => {
    const documents = (result: IngestResult) =>
      byId(
        // Office ids (the links and complaint routes) still follow the file-name order, so they are left out.
        result.services.flatMap((s) =>
          s.versions.map(({ offices: _links, complaintOffices: _routes, ...v }) => withOriginalNames(v) as typeof v),
        ),
      );
    const groups = (result: IngestResult) => result.services.map((s) => s.versions.map((v) => v.id).join(' ')).sort();
    expect(documents(reversed)).toEqual(documents(real));
    expect(groups(reversed)).toEqual(groups(real));
  });
});
