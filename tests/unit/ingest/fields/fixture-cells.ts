/**
 * Reads a fields fixture (lines cut byte-identical from content/sources) through the real normaliser and
 * hands out cells: one tab-indented line (000, 002) or a range of lines joined with `\n` (001, 003, 004).
 */
import { readFileSync } from 'node:fs';
import { normaliseSource } from '../../../../scripts/ingest/normalise/index.ts';

const cache = new Map<string, string[]>();

function texts(fixture: string): string[] {
  let lines = cache.get(fixture);
  if (!lines) {
    const text = readFileSync(new URL(`../../../fixtures/fields/${fixture}`, import.meta.url), 'utf8');
    lines = normaliseSource({ file: fixture, text }).lines.map((l) => l.text);
    cache.set(fixture, lines);
  }
  return lines;
}

/** Fixture lines `from`..`to` (1-based, inclusive), normalised, joined with `\n`, tabs dropped. */
export function cell(fixture: string, from: number, to = from): string {
  return texts(fixture)
    .slice(from - 1, to)
    .map((t) => t.replace(/^\t+/u, ''))
    .join('\n');
}
