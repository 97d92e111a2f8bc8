/**
 * Cuts a column-broken table of 001 into events. The PDF-to-text conversion wrote each cell as a block of
 * lines and the cells of a row one after another, blank lines between them:
 *
 *   1            <- row number (or glued: `6` + `Жамбыл ауданының/`, `9 Қ а р а с у  с е л о л ы қ`)
 *   Ақсу  ауданының / жұмыспен  қамту / ... бөлімі
 *   А қ с у  а у д а н ы , / ... / korgan-53@mail.ru
 *   8-72832 / 2-11-43
 *   Д е м а л ы с / ... / 14-00 дейін    <- a schedule printed once per page, between rows
 *
 * Page breaks cut rows and cells in two and repeat the header. This module only says what each block is;
 * columnar-rows.ts puts the pieces together.
 */

import { squash } from '../../../../src/lib/text/squash.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { Diagnostic, SourceLine, SourceSpan } from '../../types.ts';
import { COLUMN_NUMBERS, DISTRICT_HEADING, HEADER_BLOCK, HOURS_WORD, TRAILER_WORD } from './columnar-dictionary.ts';
import { opensWithCapital, opensWithQuote } from './columnar-text.ts';

export type Column = 'name' | 'address' | 'phones' | 'hours' | 'text';

export type ColumnarEvent =
  /** `continues`: the number is glued to text that carries on a cell (`3 және  әлеуметт ік`). */
  | { kind: 'number'; value: string; line: SourceLine; continues: boolean }
  | { kind: 'fragment'; column: Column; lines: SourceLine[] }
  /** The column-number row `1 2 3 4 5` that opens a page. */
  | { kind: 'page'; line: SourceLine }
  | { kind: 'heading'; district: string; line: SourceLine };

/** Decides which column a block of text (not a number, phones or schedule) belongs to. */
export type ClassifyText = (lines: readonly SourceLine[]) => Column;

export interface EventOptions {
  file: string;
  classify: ClassifyText;
  /** Whether one-line `Ақсу ауданы` blocks are district headings (the rural-akim tables). */
  headings: boolean;
}

/** Blank-line separated runs of lines; a line of spaces is blank (001 line 464 is ` `). */
export function cutBlocks(lines: readonly SourceLine[]): SourceLine[][] {
  const blocks: SourceLine[][] = [];
  let current: SourceLine[] = [];
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

export function spanOf(file: string, lines: readonly SourceLine[]): SourceSpan {
  const numbers = lines.map((l) => l.line);
  return { file, line: Math.min(...numbers), endLine: Math.max(...numbers) };
}

// A row number opens the block's first line, alone or before a letter: `1 5` (letter-spaced 15), `3 және`,
// `9Қарасу` (`9 Қ а р а с у` rejoined with its number). `1 8 - 0 0` (a time) and `8 (72838) 20242` (a phone)
// are not row numbers.
const ROW_NUMBER = /^(\d(?: \d)?|\d\d)(?:\s*(?=[\p{L}"«])(.*))?$/u;

// `872832`, `2-11-43`, `8 (72838) 20242`, `2 - 1 2 - 1 6 ,`: digits and separators only, at least four digits.
const PHONE_LINE = /^[\d\s()\-–,.;]+$/u;
// A phone glued after the website: `bakanas.kz 872773 93819` (001 line 4478).
const TRAILING_PHONE = /^(.*\S)\s+((?:8\s?)?\(?\d{4,5}\)?\s\d[\d-]{4,6})$/u;

export function isPhoneLine(text: string): boolean {
  return PHONE_LINE.test(text.trim()) && (text.match(/\d/gu)?.length ?? 0) >= 4;
}

function withText(line: SourceLine, text: string): SourceLine {
  return { line: line.line, raw: line.raw, text };
}

/** Splits the row number off a block: `9 Қ а р а с у  с е л о л ы қ` -> `9` and `Қарасу селолық`. */
export function splitRowNumber(
  block: readonly SourceLine[],
): { value: string; line: SourceLine; rest: SourceLine[]; continues: boolean } | null {
  const first = block[0];
  if (!first) return null;
  const match = ROW_NUMBER.exec(first.text.trim());
  if (!match?.[1]) return null;
  const glued = match[2]?.trim() ?? '';
  const rest = glued === '' ? block.slice(1) : [withText(first, glued), ...block.slice(1)];
  const value = match[1].replace(' ', '');
  return { value, line: first, rest, continues: glued !== '' && !opensWithCapital(glued) };
}

/** Cuts text lines from phone lines, and a phone glued to the end of a text line, keeping order. */
function splitPhones(lines: readonly SourceLine[]): { column: 'phones' | 'text'; lines: SourceLine[] }[] {
  const runs: { column: 'phones' | 'text'; lines: SourceLine[] }[] = [];
  const push = (column: 'phones' | 'text', line: SourceLine): void => {
    const last = runs.at(-1);
    if (last?.column === column) last.lines.push(line);
    else runs.push({ column, lines: [line] });
  };
  for (const line of lines) {
    if (isPhoneLine(line.text)) {
      push('phones', line);
      continue;
    }
    const glued = TRAILING_PHONE.exec(line.text.trim());
    if (glued?.[1] && glued[2]) {
      push('text', withText(line, glued[1]));
      push('phones', withText(line, glued[2]));
    } else push('text', line);
  }
  return runs;
}

/**
 * Reads an appendix's lines into events. Header blocks (also those repeated at page breaks) yield no row;
 * the next appendix's heading, when the segment runs on into it, ends the table with an info diagnostic.
 */
export function readColumnarEvents(
  lines: readonly SourceLine[],
  options: EventOptions,
): { events: ColumnarEvent[]; diagnostics: Diagnostic[] } {
  const events: ColumnarEvent[] = [];
  const diagnostics: Diagnostic[] = [];
  const blocks = cutBlocks(lines);
  let expected = 1;
  for (const [index, block] of blocks.entries()) {
    const first = block[0] as SourceLine;
    const key = squash(block.map((l) => l.text).join(' '));
    if (HEADER_BLOCK.test(key)) {
      if (COLUMN_NUMBERS.test(key)) events.push({ kind: 'page', line: first });
      continue;
    }
    if (isTrailer(block, key)) {
      const rest = blocks.slice(index).flat();
      diagnostics.push(
        diagnostic(
          'info',
          'columnar-trailer',
          `table ends at the next appendix's heading; ${rest.length} line(s) from here are not rows`,
          { file: options.file, line: first.line },
        ),
      );
      break;
    }
    if (options.headings && block.length === 1) {
      const heading = DISTRICT_HEADING.exec(first.text.trim().replace(/\s+/gu, ' '));
      if (heading) {
        events.push({ kind: 'heading', district: heading[0], line: first });
        expected = 1;
        continue;
      }
    }
    const read = blockEvents(block, options.classify, expected);
    for (const event of read) if (event.kind === 'number') expected = Number(event.value) + 1;
    events.push(...read);
  }
  return { events, diagnostics };
}

// `"Мүгедектерд і  санаторлық-курорттық ... регламентіне`, or `"18  жасқа  дей інг і  балалы
// отбасыларға` when blank lines part it from its `регламентіне`; a quoted schedule piece
// (`"Қазақстан Республика с ы н ы ң мерекелері т у р а л ы " З а ң ы н а`) is not one.
function isTrailer(block: readonly SourceLine[], key: string): boolean {
  if (TRAILER_WORD.test(key)) return true;
  return opensWithQuote(block[0]?.text ?? '') && !QUOTED_HOURS.test(key);
}
const QUOTED_HOURS = /мерекелері|заңына|демалыс|сағат/u;

function blockEvents(block: readonly SourceLine[], classify: ClassifyText, expected: number): ColumnarEvent[] {
  const events: ColumnarEvent[] = [];
  let number = splitRowNumber(block);
  // `3` / `karatalsobes@mail.ru` (001 line 3729): a house number cut off its street by a page break, not
  // row 3 where row 10 is due.
  if (number && Number(number.value) !== expected && number.rest.length > 0 && classify(number.rest) === 'address') {
    number = null;
  }
  const rest = number ? number.rest : [...block];
  if (number) events.push({ kind: 'number', value: number.value, line: number.line, continues: number.continues });
  if (rest.length === 0) return events;
  // A schedule is tested as a whole: its `1 8 - 0 0` line would pass for a phone.
  if (HOURS_WORD.test(squash(rest.map((l) => l.text).join(' ')))) {
    events.push({ kind: 'fragment', column: 'hours', lines: rest });
    return events;
  }
  for (const run of splitPhones(rest)) {
    const column = run.column === 'phones' ? 'phones' : classify(run.lines);
    events.push({ kind: 'fragment', column, lines: run.lines });
  }
  return events;
}
