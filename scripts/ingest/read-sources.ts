import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceText } from './types.ts';

/** The only place the ingest reads files: every `*.txt` in the sources folder, in name order. */
export async function readSources(dir: string): Promise<SourceText[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(names.map(async (file) => ({ file, text: (await readFile(join(dir, file))).toString('utf8') })));
}
