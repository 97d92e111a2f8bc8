/**
 * Puts the blocks of a column-broken table back into rows. Page breaks cut rows in two bands, so the cells
 * of a row do not always arrive in column order (001 lines 1545-1577):
 *
 *   Балқаш ауданының / жұмыспен  қамту          <- name, first half: a new row, number not seen yet
 *   Б а л қ а ш  а у д а н ы , / ...            <- address, first half
 *   Д е м а л ы с / ... / 14-00 дейін           <- the page's schedule, shared by its rows
 *   3 және  әлеуметт ік / ... / бөлімі           <- the row number, glued to the name's second half
 *   Қонаев  көшес і ,  66 / balhash_sobez@bk.ru  <- address, second half
 *   8-72773 / 9-14-25
 *
 * Each block is placed by what it is (its column) rather than where it is; a name that opens with a
 * capital letter opens a new row, one that opens in lower case carries on the current row's name.
 */
import { diagnostic } from '../../diagnostics.ts';
import type { Diagnostic, SourceLine } from '../../types.ts';
import type { Column, ColumnarEvent } from './columnar-blocks.ts';
import { joinCellLines, opensWithCapital, opensWithQuote } from './columnar-text.ts';

export interface DraftRow {
  number: string | null;
  /** District from the last heading (rural-akim tables), else null. */
  district: string | null;
  /** The row's fragments per column, in reading order. */
  cells: Record<Column, SourceLine[][]>;
  /** Every line the row was read from (number, cells), for its span. */
  lines: SourceLine[];
  /** Page (count of column-number rows seen) the row started on. */
  page: number;
}

/** One printing of a schedule shared by a group of rows, with where it was printed. */
export interface HoursCopy {
  lines: SourceLine[];
  page: number;
  /** How many rows had started when the copy was printed. */
  rowsBefore: number;
}

export interface AssembleOptions {
  file: string;
  /** `row`: each row has its own schedule (service centres); `group`: a schedule shared by rows. */
  hours: 'row' | 'group';
  /** An address that opens a new office (`Ақсу ауданы, ...`), for rows that lost their number and name. */
  opensAddress?: (text: string) => boolean;
}

export interface Assembly {
  rows: DraftRow[];
  copies: HoursCopy[];
  diagnostics: Diagnostic[];
}

const ORDER: Record<Column, number> = { name: 0, text: 0, address: 1, phones: 2, hours: 3 };

const textOf = (lines: readonly SourceLine[]): string => joinCellLines(lines);

interface State extends Assembly {
  options: AssembleOptions;
  current: DraftRow | null;
  district: string | null;
  page: number;
  lastNumber: number;
}

export function assembleRows(events: readonly ColumnarEvent[], options: AssembleOptions): Assembly {
  const state: State = {
    options,
    rows: [],
    copies: [],
    diagnostics: [],
    current: null,
    district: null,
    page: 0,
    lastNumber: 0,
  };
  for (const event of events) {
    if (event.kind === 'page') state.page += 1;
    else if (event.kind === 'heading') {
      state.district = event.district;
      state.lastNumber = 0;
      state.current = null;
    } else if (event.kind === 'number') takeNumber(state, event.value, event.line, event.continues);
    else if (event.column === 'hours' && options.hours === 'group') takeSharedHours(state, event.lines);
    else takeFragment(state, event.column, event.lines);
  }
  return { rows: state.rows, copies: state.copies, diagnostics: state.diagnostics };
}

function open(state: State, first: SourceLine): DraftRow {
  const row: DraftRow = {
    number: null,
    district: state.district,
    cells: { name: [], address: [], phones: [], hours: [], text: [] },
    lines: [first],
    page: state.page,
  };
  state.rows.push(row);
  state.current = row;
  return row;
}

function takeNumber(state: State, value: string, line: SourceLine, continues: boolean): void {
  const waiting = state.current;
  // A row begun before its number (`Балқаш ауданының` ... `3 және`) takes it, unless it is finished.
  const row =
    waiting && waiting.number === null && hasCells(waiting) && (continues || !has(waiting, 'phones'))
      ? waiting
      : open(state, line);
  row.number = value;
  if (!row.lines.includes(line)) row.lines.push(line);
  const expected = state.lastNumber + 1;
  if (Number(value) !== expected) {
    state.diagnostics.push(
      diagnostic('warning', 'columnar-row-number', `row number ${value} where ${expected} was expected`, {
        file: state.options.file,
        line: line.line,
      }),
    );
  }
  state.lastNumber = Number(value);
}

// A piece that opens with a capital (`Д е м а л ы с`, `Қазақстан`) is a new printing of the schedule; one
// in lower case or in quotes (`1 8 - 0 0`, `"Қазақстан Республика с ы н ы ң мерекелері`) carries one on.
function takeSharedHours(state: State, lines: SourceLine[]): void {
  const text = textOf(lines);
  const last = state.copies.at(-1);
  if (last && !(opensWithCapital(text) && !opensWithQuote(text))) last.lines.push(...lines);
  else state.copies.push({ lines: [...lines], page: state.page, rowsBefore: state.rows.length });
}

function takeFragment(state: State, column: Column, lines: SourceLine[]): void {
  const first = lines[0] as SourceLine;
  const text = textOf(lines);
  const at = { file: state.options.file, line: first.line };
  let row = state.current ?? open(state, first);
  if (column === 'name' && has(row, 'name') && opensWithCapital(text)) row = open(state, first);
  else if (column === 'address' && has(row, 'phones') && has(row, 'address') && state.options.opensAddress?.(text)) {
    const message = `an address after a finished row opens a row of its own: «${text.slice(0, 60)}»`;
    state.diagnostics.push(diagnostic('warning', 'columnar-row-split', message, at));
    row = open(state, first);
  }
  const later = (Object.keys(row.cells) as Column[]).filter((c) => has(row, c) && ORDER[c] > ORDER[column]);
  if (later.length > 0) {
    const message = `the ${column} cell of row ${row.number ?? '?'} continues after its ${later.join(', ')} (a page break cut the row)`;
    state.diagnostics.push(diagnostic('info', 'columnar-cells-reordered', message, at));
  }
  row.cells[column].push(lines);
  row.lines.push(...lines);
}

function has(row: DraftRow, column: Column): boolean {
  return row.cells[column].length > 0;
}

function hasCells(row: DraftRow): boolean {
  return (Object.keys(row.cells) as Column[]).some((c) => has(row, c));
}

/**
 * The printing of a shared schedule a row reads: the last one printed on the row's page before the row
 * began, else the first printed later on that page, else the last one of an earlier page, else the first.
 */
export function copyFor(row: DraftRow, index: number, copies: readonly HoursCopy[]): HoursCopy | null {
  const samePage = copies.filter((c) => c.page === row.page);
  return (
    samePage.filter((c) => c.rowsBefore <= index).at(-1) ??
    samePage.find((c) => c.rowsBefore > index) ??
    copies.filter((c) => c.page < row.page).at(-1) ??
    copies[0] ??
    null
  );
}

/** A cell's fragments joined into its text, or undefined when the row has none. */
export function cellText(row: DraftRow, column: Column, file = '', sink?: Diagnostic[]): string | undefined {
  const lines = row.cells[column].flat();
  return lines.length > 0 ? joinCellLines(lines, file, sink) : undefined;
}
