/**
 * Rows that lost or swapped their cells while the table still parses (issue 19). Every table of the five
 * acts fills every cell of every row, and keeps each kind of content in one cell (cell-kinds.ts); damage
 * breaks both:
 * - 12 lines cut from 001's first row (from its street, line 211) left it with no address and no phone,
 *   its address read as the start of the hours every row of the table shares;
 * - 30 lines of 000 shuffled (line 401) moved the numbers of rows 18-21 with their phones into row 17's
 *   phone cell and left their names and addresses as four rows without a phone.
 * Both built green with their printed row numbers in order. Errors name the row's line where the damage
 * shows: the first line that should have come after the missing cell, or the line holding the stray content.
 */
import { editDistance } from '../../../src/lib/text/edit-distance.ts';
import { foldKeyboard } from '../../../src/lib/text/keyboard.ts';
import { diagnostic } from '../diagnostics.ts';
import type { AppendixSegment, Diagnostic, RawOfficeRow, SourceLine } from '../types.ts';
import { type ContentKind, contentKinds, contentMatch, homeCells } from './cell-kinds.ts';
import { rowLabel } from './row-label.ts';

/** Tables this short say too little about what a row must hold. */
const MIN_ROWS = 5;

const filled = (row: RawOfficeRow) =>
  new Set(Object.entries(row.cells).flatMap(([cell, text]) => (text?.trim() ? [cell] : [])));

/**
 * Each row's lines: from its first line to the line before the next row's. A cell a group of rows shares
 * (001's hours, printed once beside its first row) lies past the row's own span but before the next row.
 */
function rowLines(rows: readonly RawOfficeRow[], appendix: AppendixSegment): SourceLine[][] {
  const all = appendix.lines;
  return rows.map((row, i) => {
    const next = rows[i + 1]?.span.line;
    const end = next !== undefined && next > row.span.endLine ? next - 1 : row.span.endLine;
    // Lines are in order: the first at or after the row's start, by halving.
    let [lo, hi] = [0, all.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((all[mid]?.line ?? 0) < row.span.line) lo = mid + 1;
      else hi = mid;
    }
    const own: SourceLine[] = [];
    for (let k = lo; k < all.length && (all[k]?.line ?? 0) <= end; k++) own.push(all[k] as SourceLine);
    return own;
  });
}

/** What the row checks share, worked out once per table: each row's lines, where each kind lives, kinds by text. */
export interface RowView {
  lines: SourceLine[][];
  homes: Map<ContentKind, string>;
  kinds: (text: string) => ContentKind[];
}

export function viewRows(rows: readonly RawOfficeRow[], appendix: AppendixSegment): RowView {
  const known = new Map<string, ContentKind[]>();
  const kinds = (text: string) => {
    const found = known.get(text) ?? contentKinds(text);
    known.set(text, found);
    return found;
  };
  return {
    lines: rowLines(rows, appendix),
    homes: homeCells(
      rows.map((r) => r.cells),
      kinds,
    ),
    kinds,
  };
}

/** Where in a row each cell's content starts, on average, in lines from the row's first: the table's column order. */
function cellPositions(rows: readonly RawOfficeRow[], { lines, homes, kinds }: RowView) {
  const offsets = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const seen = new Set<string>();
    for (const l of lines[i] ?? [])
      for (const kind of kinds(l.text)) {
        const cell = homes.get(kind);
        if (!cell || seen.has(cell)) continue;
        seen.add(cell);
        offsets.set(cell, [...(offsets.get(cell) ?? []), l.line - row.span.line]);
      }
  });
  return new Map([...offsets].map(([cell, xs]) => [cell, xs.reduce((a, b) => a + b, 0) / xs.length]));
}

/**
 * A row without a cell that all the other rows of its table have, but one (or a tenth of a long table). Reported at the
 * row's first line that holds a later column's content (the hours right after a cut address), or at the
 * row's start.
 */
export function checkMissingCells(
  appendixId: string,
  rows: readonly RawOfficeRow[],
  appendix: AppendixSegment,
  view = viewRows(rows, appendix),
) {
  if (rows.length < MIN_ROWS) return [];
  const cells = rows.map(filled);
  const counts = new Map<string, number>();
  for (const c of cells) for (const cell of c) counts.set(cell, (counts.get(cell) ?? 0) + 1);
  // One row in a short table, a tenth of a long one (000's 207 rows): never met in the acts, which fill every cell.
  const spare = Math.max(1, Math.floor(rows.length / 10));
  const common = [...counts].filter(([, n]) => rows.length - n <= spare).map(([c]) => c);
  const { lines, homes, kinds } = view;
  const positions = cellPositions(rows, view);
  const out: Diagnostic[] = [];
  rows.forEach((row, i) => {
    const has = cells[i] as Set<string>;
    const missing = common.filter((c) => !has.has(c));
    if (missing.length === 0) return;
    const from = Math.min(...missing.map((c) => positions.get(c) ?? Number.POSITIVE_INFINITY));
    const later = lines[i]?.find((l) =>
      kinds(l.text).some((k) => {
        const cell = homes.get(k);
        return cell !== undefined && has.has(cell) && (positions.get(cell) ?? 0) > from;
      }),
    );
    const message =
      `${rowLabel(appendixId, row)} has no ` +
      `${missing.join(', ')}, which ${Math.min(...missing.map((c) => counts.get(c) ?? 0))} of the table's ` +
      `${rows.length} rows have: lines lost or moved?`;
    out.push(
      diagnostic('error', 'row-cells-missing', message, { file: row.span.file, line: later?.line ?? row.span.line }),
    );
  });
  return out;
}

/**
 * A cell holding content the table keeps in another cell (an e-mail and a phone in the hours, an address
 * in an office's name), where fewer than half the rows hold it so. Reported at the line that holds it.
 */
export function checkMisplacedContent(
  appendixId: string,
  rows: readonly RawOfficeRow[],
  appendix: AppendixSegment,
  view = viewRows(rows, appendix),
) {
  if (rows.length < MIN_ROWS) return [];
  const { lines, homes, kinds } = view;
  const out: Diagnostic[] = [];
  const judged = new Set<string>();
  rows.forEach((row, i) => {
    for (const [cell, text] of Object.entries(row.cells)) {
      if (!text || judged.has(`${cell}|${text}`)) continue;
      // A shared cell (`hoursFrom: 'group'`) is one text printed once: judged on the first row that has it.
      if (row.hoursFrom === 'group' && cell === 'hours') judged.add(`${cell}|${text}`);
      for (const kind of kinds(text)) {
        const home = homes.get(kind);
        if (!home || home === cell) continue;
        const strays = rows.filter((r) => kinds(r.cells[cell as keyof RawOfficeRow['cells']] ?? '').includes(kind));
        if (strays.length * 2 >= rows.length) continue;
        const piece = contentMatch(text, kind) ?? '';
        // In the row's lines, or for a shared cell in the group's first row, before it.
        const holds = (l: SourceLine) => piece !== '' && l.text.includes(piece);
        const line =
          lines[i]?.find(holds)?.line ?? appendix.lines.findLast((l) => l.line < row.span.line && holds(l))?.line;
        const message =
          `${rowLabel(appendixId, row, 50)}: its ${cell} holds ` +
          `«${piece}», content the table keeps in the ${home}: lines moved between cells?`;
        out.push(diagnostic('error', 'cell-misplaced', message, { file: row.span.file, line: line ?? row.span.line }));
      }
    }
  });
  return out;
}

/** A district's or a city's own name before the word, as an office's name (genitive) and an address print it. */
const PLACE_WORDS = [
  { name: /(\p{Lu}[\p{L}-]*)\s+ауданының/u, address: /(\p{Lu}[\p{L}-]*)\s+ауданы\s*,/gu },
  { name: /(\p{Lu}[\p{L}-]*)\s+қаласының/u, address: /(\p{Lu}[\p{L}-]*)\s+қаласы\s*,/gu },
] as const;

/** Spellings of one place: `Қазталов`/`Казталов`, `Сарқант`/`Сарқан`, `Уштобе`/`Ұштөбе` (all in the acts). */
const samePlace = (a: string, b: string) =>
  editDistance(foldKeyboard(a.toLowerCase()), foldKeyboard(b.toLowerCase()), 2) <= 2;

/**
 * A row whose name names one district (or city) and whose address another: the name of one row and the
 * address of the next, the lines between them lost. 12 lines cut from 000 at line 1154 left «Маңғыстау
 * ауданының … бөлімі» at «Түпқараған ауданы, Форт-Шевченко қаласы», the region's last row gone unseen.
 * Reported at the address's line.
 */
export function checkNamePlace(
  appendixId: string,
  rows: readonly RawOfficeRow[],
  appendix: AppendixSegment,
  { lines } = viewRows(rows, appendix),
) {
  const out: Diagnostic[] = [];
  rows.forEach((row, i) => {
    for (const words of PLACE_WORDS) {
      const named = words.name.exec(row.cells.name)?.[1];
      const given = [...(row.cells.address ?? '').matchAll(words.address)].map((m) => m[1] ?? '');
      if (!named || given.length === 0 || given.some((g) => samePlace(g, named))) continue;
      const line = lines[i]?.find((l) => l.text.includes(given[0] ?? ''))?.line ?? row.span.line;
      const message = `${rowLabel(appendixId, row)} is at an address in «${given.join(', ')}», not «${named}»: one row's name and another's address, lines lost between them?`;
      out.push(diagnostic('error', 'row-place-mismatch', message, { file: row.span.file, line }));
    }
  });
  return out;
}
