/**
 * Builds the appendices the columnar parsers read, as the segmenter would: from a line range of 001 or
 * from a fixture cut byte-identical out of it, normalised by the real normaliser, line numbers kept.
 */
import { readFileSync } from 'node:fs';
import { normaliseSource } from '../../../../scripts/ingest/normalise/index.ts';
import type { AppendixSegment, SourceLine, TableContext } from '../../../../scripts/ingest/types.ts';
import { sourceFile } from '../../../helpers/source-files.ts';

export const FILE_001 = sourceFile('001');
export const REGION = 'Алматы облысы';
export const DEPARTMENT_TITLE =
  'Алматы облысының аудандық, қалалық жұмыспен қамту және әлеуметтік бағдарламалар бөлімдері';
export const RURAL_TITLE = 'Тұтынушының өтінішін қабылдайтын кенттік, ауылдық әкімдіктер';
export const PSC_TITLE = 'Алматы облысы бойынша халыққа қызмет көрсету орталықтарының тізімі';

const root = new URL('../../../../', import.meta.url);
let source: SourceLine[] | null = null;

function sourceLines(): SourceLine[] {
  source ??= normaliseSource({
    file: FILE_001,
    text: readFileSync(new URL(`content/sources/${FILE_001}`, root), 'utf8'),
  }).lines;
  return source;
}

function segment(lines: SourceLine[], title: string, from: number, to: number): AppendixSegment {
  return {
    file: FILE_001,
    documentOrdinal: 1,
    number: 1,
    title,
    lines,
    span: { file: FILE_001, line: from, endLine: to },
  };
}

/** Source lines `from`..`to` of 001 (1-based, inclusive) as an appendix. */
export function sourceAppendix(from: number, to: number, title: string): AppendixSegment {
  return segment(
    sourceLines().filter((l) => l.line >= from && l.line <= to),
    title,
    from,
    to,
  );
}

/** A fixture of tests/fixtures/tables cut from 001 at `firstLine`, renumbered to its source lines. */
export function fixtureAppendix(name: string, firstLine: number, title: string): AppendixSegment {
  const text = readFileSync(new URL(`tests/fixtures/tables/${name}`, root), 'utf8');
  const lines = normaliseSource({ file: FILE_001, text })
    .lines.map((l) => ({ ...l, line: l.line + firstLine - 1 }))
    .filter((l, i, all) => i < all.length - 1 || l.raw !== '');
  return segment(lines, title, firstLine, lines.at(-1)?.line ?? firstLine);
}

/** Hand-made lines (negative cases), numbered from `firstLine`, run through the real normaliser. */
export function linesAppendix(raw: readonly string[], firstLine: number, title: string): AppendixSegment {
  const lines = normaliseSource({ file: FILE_001, text: raw.join('\n') }).lines.map((l) => ({
    ...l,
    line: l.line + firstLine - 1,
  }));
  return segment(lines, title, firstLine, firstLine + raw.length - 1);
}

export function contextFor(appendix: AppendixSegment, region: string | null = REGION): TableContext {
  return { file: FILE_001, actId: '2012-349', versionId: '2012-349-1', appendix, region };
}
