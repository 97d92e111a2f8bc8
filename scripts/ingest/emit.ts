import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IngestResult } from './run-ingest.ts';

/** The only place the ingest writes: one JSON file per collection, the report, and the acts' normalised texts. */
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
  // The act pages show these (src/lib/sources/act-text.ts): the site reads them rather than running the normaliser.
  const textDir = join(outDir, 'texts');
  await mkdir(textDir, { recursive: true });
  const texts = Object.entries(result.texts).map(([file, text]) => [join(textDir, file), text] as const);
  await Promise.all(texts.map(([path, text]) => writeFile(path, text)));
  return [...files.map(([name]) => join(outDir, name)), ...texts.map(([path]) => path)];
}
