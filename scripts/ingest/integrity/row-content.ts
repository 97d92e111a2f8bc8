/**
 * Checks over the rows a table parser cut, for damage that still parses (issue 19):
 * - a row whose cells repeat themselves: a row pasted twice after itself is read as one row with its name,
 *   head and address doubled (003's row 3 once became «… бөлімі … бөлімі» with phone «3 8-72632-22551»);
 * - a table whose kind changes mid-table: a lost appendix heading lets the next table's rows read on as
 *   this one's (001's 19 service centres once became rural akims of Талдықорған қаласы).
 * They only report, at error level, with the row's file:line.
 */
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic, OfficeKind, RawOfficeRow, SourceLine } from '../types.ts';
import { kindsNamed } from './row-kind-dictionary.ts';
import { rowLabel } from './row-label.ts';

/** The row's cells that hold one value each: a doubled value there is a paste, never the act's text. */
const SINGLE_CELLS = ['name', 'head', 'address'] as const;

/** `A B C A B C` (words, punctuation and quotes ignored), at least two words a half. */
export function isDoubled(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  if (words.length < 4 || words.length % 2 !== 0) return false;
  const half = words.length / 2;
  return words.slice(0, half).join(' ') === words.slice(half).join(' ');
}

export function checkRowContent(appendixId: string, rows: readonly RawOfficeRow[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const row of rows) {
    const doubled = SINGLE_CELLS.filter((cell) => isDoubled(row.cells[cell] ?? ''));
    if (doubled.length === 0) continue;
    const message =
      `${rowLabel(appendixId, row)}: its ` + `${doubled.join(', ')} repeat themselves: a row pasted twice?`;
    out.push(diagnostic('error', 'row-repeated', message, { file: row.span.file, line: row.span.line }));
  }
  return out;
}

/**
 * A block of rows printed again in one table: three or more rows running, each a row the table already
 * listed (same region, district and name). The acts repeat a single row now and then (000 lists
 * `Кербұлақ ауданының … бөлiмi` twice: the parsers' `duplicate-row` info); a run is a paste, and the
 * numbering can hide it when the block starts and ends at the same row number (a 200-line block of 000
 * once did).
 */
export function checkRepeatedBlock(appendixId: string, rows: readonly RawOfficeRow[]): Diagnostic[] {
  const key = (r: RawOfficeRow) => `${r.region}|${r.district}|${r.cells.name.replace(/\s+/gu, ' ').trim()}`;
  const seen = new Set<string>();
  let run: RawOfficeRow[] = [];
  for (const row of rows) {
    const k = key(row);
    if (seen.has(k)) run.push(row);
    else run = [];
    seen.add(k);
    const first = run[0];
    if (run.length === 3 && first) {
      const message = `${appendixId}: rows from row ${first.rowNumber ?? '?'} («${first.cells.name.slice(0, 50)}») on repeat rows the table listed before: a block pasted twice?`;
      return [diagnostic('error', 'rows-repeated', message, { file: first.span.file, line: first.span.line })];
    }
  }
  return [];
}

const nameWords = (name: string) =>
  new Set(
    name
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      // Place words differ by the place's kind (`ауданының`, `қаласының`), never by damage.
      .filter((w) => w.length > 2 && !/^(аудан|қала|облыс|ауыл|кент|село)/u.test(w)),
  );

interface NameWordCounts {
  /** Each row's name words, in the rows' order. */
  words: Set<string>[];
  /** How many of the table's names hold each word. */
  holding: Map<string, number>;
}

// Both name checks read the same counts of the same table: made once per table (its rows array).
const countedTables = new WeakMap<readonly RawOfficeRow[], NameWordCounts>();

function nameWordCounts(rows: readonly RawOfficeRow[]): NameWordCounts {
  let counts = countedTables.get(rows);
  if (!counts) {
    const words = rows.map((r) => nameWords(r.cells.name));
    const holding = new Map<string, number>();
    for (const ws of words) for (const w of ws) holding.set(w, (holding.get(w) ?? 0) + 1);
    counts = { words, holding };
    countedTables.set(rows, counts);
  }
  return counts;
}

/**
 * A row whose name lacks words every other row's name in its table has (`жұмыспен қамту және` in 18 of
 * 19 department names): lines of the name lost or moved to another row (30 lines of 004 shuffled once
 * built green). Only in tables of five rows or more whose other names share three words at least, and
 * when two of them at least are missing.
 */
export function checkNameWords(appendixId: string, rows: readonly RawOfficeRow[]): Diagnostic[] {
  if (rows.length < 5) return [];
  // A word is in every other name when the names holding it, less this one, are all the others (counted
  // once per table, not by comparing every pair of rows).
  const { words, holding } = nameWordCounts(rows);
  const out: Diagnostic[] = [];
  rows.forEach((row, i) => {
    const own = words[i] as Set<string>;
    const inEveryOther = (w: string) => (holding.get(w) ?? 0) - (own.has(w) ? 1 : 0) === rows.length - 1;
    // In the word order of the first other name, as the message lists them.
    const shared = [...((i === 0 ? words[1] : words[0]) ?? [])].filter(inEveryOther);
    if (shared.length < 3) return;
    const lost = shared.filter((w) => !own.has(w));
    // One word off is an author's slip (`әкімнің` for `әкімінің`, 002); two or more is lost lines.
    if (lost.length < 2) return;
    const message = `${appendixId}: row ${row.rowNumber ?? i + 1} «${row.cells.name.slice(0, 60)}» lacks «${lost.join(' ')}», which every other name of the table has: lines lost or moved?`;
    out.push(diagnostic('error', 'row-name-incomplete', message, { file: row.span.file, line: row.span.line }));
  });
  return out;
}

const wordList = (name: string) => name.toLowerCase().split(/[^\p{L}]+/u);

/**
 * A row whose name holds two offices' names: the words every other name of its table has once
 * (`жұмыспен қамту және әлеуметтік бағдарламалар бөлімі`, 000; nine in ten of them) come twice, as when
 * 12 lines cut from 000 (line 773) left row 11 «Бөкей ордасы ауданының … бөлімі Орал қаласының … бөлімі» with Орал's address and
 * rows 12 and 13 gone, the region's last, so no number showed it. Reported at the row's line where the
 * second name begins.
 */
export function checkMergedNames(appendixId: string, rows: readonly RawOfficeRow[], lines: readonly SourceLine[]) {
  if (rows.length < 5) return [];
  const { words, holding: total } = nameWordCounts(rows);
  const out: Diagnostic[] = [];
  const others = rows.length - 1;
  // Only words in nine in ten names counting this one can be in nine in ten of the others.
  const common = [...total].filter(([, n]) => n * 10 >= others * 9);
  rows.forEach((row, i) => {
    // Nine in ten of the other names, not all: 000's one table of 207 rows has a few short ones.
    const own = words[i] as Set<string>;
    const shared = common.filter(([w, n]) => (n - (own.has(w) ? 1 : 0)) * 10 >= others * 9).map(([w]) => w);
    // Only a name holding every shared word can hold them twice.
    if (shared.length < 3 || shared.some((w) => !own.has(w))) return;
    const twice = (name: string) => shared.filter((w) => wordList(name).filter((x) => x === w).length >= 2);
    if (twice(row.cells.name).length < shared.length) return;
    // Names that repeat their words in every row (none in the acts) are a table's style, not damage.
    if (rows.some((r, j) => j !== i && twice(r.cells.name).length > 0)) return;
    const rowLines = lines.filter((l) => l.line >= row.span.line && l.line <= row.span.endLine);
    const second = rowLines.filter((l) => shared.some((w) => wordList(l.text).includes(w)))[1];
    const message = `${appendixId}: row ${row.rowNumber ?? i + 1} «${row.cells.name.slice(0, 90)}» has the words nine in ten names of its table have once («${shared.join(' ')}») twice: two rows read as one, lines lost between them?`;
    out.push(
      diagnostic('error', 'row-names-merged', message, { file: row.span.file, line: second?.line ?? row.span.line }),
    );
  });
  return out;
}

/** Office kinds of one family: a district department and a regional one are both employment offices. */
const FAMILY: Record<OfficeKind, string> = {
  'employment-department': 'employment',
  'regional-department': 'employment',
  'public-service-centre': 'public-service-centre',
  'akim-office': 'akim',
  'rural-akim': 'akim',
};

/**
 * The first row whose name says it is another kind of office than its table's rows (and every row after
 * it reads so too, or most do): one error at that row. A single odd name in a table is left to the
 * parsers' own warnings.
 */
export function checkTableKind(appendixId: string, rows: readonly RawOfficeRow[]): Diagnostic[] {
  const families = rows.map((r) => {
    const named = kindsNamed(r.cells.name);
    const own = FAMILY[r.kind];
    return named.length === 0 || named.some((k) => FAMILY[k] === own) ? null : named;
  });
  const first = families.findIndex((f) => f !== null);
  if (first < 0) return [];
  const rest = families.slice(first);
  const foreign = rest.filter((f) => f !== null).length;
  if (foreign < 2 || foreign * 2 < rest.length) return [];
  const row = rows[first] as RawOfficeRow;
  const kinds = (families[first] as OfficeKind[]).join(' or ');
  const message =
    `${appendixId}: from row ${row.rowNumber ?? first + 1} («${row.cells.name.slice(0, 60)}») on, ${foreign} of ` +
    `${rest.length} rows name a ${kinds}, not a ${row.kind}: the table's kind changes mid-table (an appendix heading lost?)`;
  return [diagnostic('error', 'table-kind-changes', message, { file: row.span.file, line: row.span.line })];
}
