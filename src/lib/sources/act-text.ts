import { readFile } from 'node:fs/promises';
import { projectPath } from '../project-path.ts';

/** One line of an act as its page shows it: the source line number and the normalised text. */
export interface ActLine {
  line: number;
  text: string;
}

/**
 * The normalised text of an act, line by line, for its page (read at build time). The ingest writes it
 * to content/data/texts/ with line i of the source on line i, so the site never runs the normaliser.
 */
export function loadActLines(file: string): Promise<ActLine[]> {
  let lines = read.get(file);
  if (!lines) {
    lines = readFile(projectPath(`content/data/texts/${file}`), 'utf8').then((text) =>
      text.split('\n').map((t, i) => ({ line: i + 1, text: t })),
    );
    read.set(file, lines);
  }
  return lines;
}

/** Each act's lines, read once: its page, every part page and the parts index all ask for them. */
const read = new Map<string, Promise<ActLine[]>>();
