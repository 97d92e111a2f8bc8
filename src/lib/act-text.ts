import { readFile } from 'node:fs/promises';
import { normaliseSource } from '../../scripts/ingest/normalise/index.ts';
import type { SourceLine } from '../../scripts/ingest/types.ts';
import { projectPath } from './project-path.ts';

/** The normalised text of an act, line by line, for its page (read at build time). */
export async function loadActLines(file: string): Promise<SourceLine[]> {
  const text = await readFile(projectPath(`content/sources/${file}`), 'utf8');
  return normaliseSource({ file, text }).lines;
}
