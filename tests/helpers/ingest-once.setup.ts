/**
 * Vitest globalSetup: the whole ingest of the committed sources runs once per `vitest run`, here, and its
 * result goes to a temp file that every test worker reads (`ingestCommittedSources()` in
 * ingest-inputs.ts) instead of running the ingest again in each file. Tests that change the sources
 * (mutations, renamed files) still run their own ingest of what they changed.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runCommittedIngest } from './ingest-inputs.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of the JSON file holding the committed sources' IngestResult. */
    committedIngest: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'qyzmet-ingest-once-'));
  const file = join(dir, 'ingest-result.json');
  await writeFile(file, JSON.stringify(runCommittedIngest()));
  project.provide('committedIngest', file);
  return () => rm(dir, { recursive: true, force: true });
}
