import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeSource } from './integrity/decode-source.ts';
import type { SourceText } from './types.ts';

/** The only place the ingest reads files: every `*.txt` in the sources folder, in name order. */
export async function readSources(dir: string): Promise<SourceText[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(names.map(async (file) => decodeSource(file, await readFile(join(dir, file)))));
}
