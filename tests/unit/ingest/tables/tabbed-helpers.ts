/** Builds the appendix a table parser reads from a line range of a real source, as the segmenter would. */
import { readFileSync } from 'node:fs';
import { normaliseSource } from '../../../../scripts/ingest/normalise/index.ts';
import type { AppendixSegment, SourceLine, TableContext } from '../../../../scripts/ingest/types.ts';
import { sourceFile } from '../../../helpers/source-files.ts';

export const FILE_000 = sourceFile('000');
export const FILE_002 = sourceFile('002');

const root = new URL('../../../../', import.meta.url);

// Whole sources are normalised once per test file: the count tests cut 29 tables out of 002.
const cache = new Map<string, SourceLine[]>();
function normalised(file: string, text: string): SourceLine[] {
  const key = `${file}\n${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const lines = normaliseSource({ file, text }).lines;
  cache.set(key, lines);
  return lines;
}

/** Normalised lines `from`..`to` (1-based, inclusive) of a text, keeping their source line numbers. */
export function appendixFrom(
  file: string,
  text: string,
  range: { from: number; to: number; title: string; number?: number; documentOrdinal?: number },
): AppendixSegment {
  const lines = normalised(file, text).filter((l) => l.line >= range.from && l.line <= range.to);
  return {
    file,
    documentOrdinal: range.documentOrdinal ?? 1,
    number: range.number ?? 1,
    title: range.title,
    lines,
    span: { file, line: range.from, endLine: range.to },
  };
}

/** A whole source file's text. */
export function sourceText(file: string): string {
  return readFileSync(new URL(`content/sources/${file}`, root), 'utf8');
}

/** A fixture's text, from tests/fixtures/tables. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(`tests/fixtures/tables/${name}`, root), 'utf8');
}

export function contextFor(appendix: AppendixSegment, region: string | null): TableContext {
  return { file: appendix.file, actId: 'test', versionId: 'test-1', appendix, region };
}

/**
 * An appendix from a fixture cut byte-identical from `file` starting at source line `firstLine`: the
 * fixture is normalised as it is, and its lines renumbered to their source lines.
 */
export function appendixFromFixture(
  name: string,
  at: { file: string; firstLine: number; title: string; number?: number },
): AppendixSegment {
  const text = fixtureText(name);
  const lines = normaliseSource({ file: at.file, text }).lines.map((l) => ({ ...l, line: l.line + at.firstLine - 1 }));
  const last = lines.at(-1)?.line ?? at.firstLine;
  return {
    file: at.file,
    documentOrdinal: 1,
    number: at.number ?? 1,
    title: at.title,
    lines,
    span: { file: at.file, line: at.firstLine, endLine: last },
  };
}
