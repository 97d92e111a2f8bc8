import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IngestResult } from './run-ingest.ts';

/** The only place the ingest writes: one JSON file per collection, plus the report. */
export async function emit(result: IngestResult, outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const files: [string, unknown][] = [
    ['acts.json', result.acts],
    ['services.json', result.services],
    ['offices.json', result.offices],
    ['places.json', result.places],
    ['ingest-report.json', result.report],
  ];
  await Promise.all(files.map(([name, data]) => writeFile(join(outDir, name), `${JSON.stringify(data, null, 1)}\n`)));
  return files.map(([name]) => join(outDir, name));
}
