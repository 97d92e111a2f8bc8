/**
 * A synthetic corpus `times` as large: every office table's rows (first row's line to last row's end, so
 * headings, page headers and shared schedules between them come along) are repeated `times - 1` more
 * times right after the table, each copy with its place names renamed, so district pages stay distinct.
 * Pure: source texts in, grown texts out. The tables are found by the ingest's own segmenter and parsers.
 */

import { NO_CORRECTIONS } from '../ingest/corrections.ts';
import { normaliseSource } from '../ingest/normalise/index.ts';
import { parseActHead } from '../ingest/parse/parse-act-head.ts';
import { createTableParsers, findTableParser } from '../ingest/parse/registry.ts';
import { segmentSource } from '../ingest/segment/segment-source.ts';
import type { SourceLine, SourceText } from '../ingest/types.ts';

// Copies are written as normalised lines: `А қ с у  а у д а н ы` is already `Ақсу ауданы` there, so one
// rename rule sees every place. The ingest normalises them again, which changes nothing.
const SUFFIXES = ['тау', 'көл', 'бұлақ', 'сай', 'өзек', 'төбе', 'құдық', 'арық', 'жар', 'қайың', 'бел'];
const KIND = String.raw`(?:аудан|қала|ауыл|кент|округ|поселке|село)\p{L}*`;
// The capitalised word before a place kind, with at most one lowercase word between (`Бұқар жырау ауданы`).
// Regions (`облысы`, also in `Шығыс Қазақстан облысының аудандық`) and the two cities of republican rank stay: the act, not the row, names those.
const PLACE = new RegExp(
  String.raw`(?<!\p{L})(?!(?:Астана|Алматы)(?!\p{L}))(\p{Lu}[\p{L}-]*)((?: (?!облыс)\p{Ll}[\p{L}-]*)? ${KIND})`,
  'gu',
);

export function renamePlaces(text: string, copy: number): string {
  const suffix = SUFFIXES[(copy - 1) % SUFFIXES.length] ?? '';
  return text.replace(PLACE, (_, name: string, rest: string) => `${name}${suffix}${rest}`);
}

export interface TableRange {
  /** 1-based inclusive lines from the first row's start to the last row's end. */
  line: number;
  endLine: number;
  rows: number;
  /** Row number by its first line, for tables whose numbers must run on (1, 2, 3 ...) in the copies. */
  numbers: Map<number, number>;
}

// The paragraph tables (003, 004) tell a row from a number inside a cell by the numbers running 1, 2, 3,
// so their copies are renumbered on; the tabbed and columnar ones restart at 1 as each region's table does.
const RUNS_ON = /^paragraph-/u;

// Rows are only counted and located here: the hand corrections change cells, never where a row is.
const PARSERS = createTableParsers(NO_CORRECTIONS);

/** Each office table of a source, as the ingest's segmenter and table parsers find it. */
export function officeTableRanges(source: SourceText): TableRange[] {
  const segmented = segmentSource(normaliseSource(source));
  const act = parseActHead(segmented).act;
  if (!act) return [];
  const ranges: TableRange[] = [];
  for (const doc of segmented.documents) {
    for (const appendix of doc.appendices) {
      const parser = findTableParser(appendix, PARSERS);
      const versionId = `${act.id}-${doc.ordinal}`;
      const rows = parser?.parse({ file: source.file, actId: act.id, versionId, appendix, region: act.region }).rows;
      if (!rows?.length) continue;
      const line = Math.min(...rows.map((r) => r.span.line));
      const numbers = new Map<number, number>();
      if (RUNS_ON.test(parser?.name ?? '')) for (const r of rows) numbers.set(r.span.line, Number(r.rowNumber));
      ranges.push({ line, endLine: Math.max(...rows.map((r) => r.span.endLine)), rows: rows.length, numbers });
    }
  }
  return ranges;
}

function renumber(text: string, number: number | undefined, offset: number): string {
  if (number === undefined) return text;
  return text.replace(new RegExp(String.raw`^(\s*)${number}(?!\d)`, 'u'), `$1${number + offset}`);
}

export function growSource(source: SourceText, times: number): { text: string; tables: number; rows: number } {
  const normalised = normaliseSource(source).lines;
  const raw = source.text.split('\n');
  const ranges = officeTableRanges(source).sort((a, b) => b.line - a.line);
  for (const { line, endLine, numbers } of ranges) {
    const body = normalised.slice(line - 1, endLine);
    const last = Math.max(0, ...numbers.values());
    // A copy is a block of its own where rows are blank-line separated (000, 002 `\t1` rows; 001 blocks).
    const blank = (i: number) => (raw[i] ?? 'x').trim() === '';
    const gap = blank(line - 2) || blank(endLine) ? [''] : [];
    const copies: string[] = [];
    for (let k = 1; k < times; k++) {
      const copy = (l: SourceLine) => renumber(renamePlaces(l.text, k), numbers.get(l.line), k * last);
      copies.push(...gap, ...body.map(copy));
    }
    raw.splice(endLine, 0, ...copies);
  }
  return { text: raw.join('\n'), tables: ranges.length, rows: ranges.reduce((n, r) => n + r.rows, 0) };
}
