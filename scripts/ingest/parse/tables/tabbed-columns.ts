/**
 * Places a block's cells in the table's columns. A whole row goes by position; a row with cells missing,
 * extra or out of order goes where each cell looks like it belongs (a phone where the phones go), and
 * says so, so that no text is lost and no row silently shifts.
 */
import type { TabbedCell } from './tabbed-cells.ts';
import {
  ADDRESS_WORD,
  CONTACT,
  HOURS_WORD,
  isPhoneText,
  OFFICE_WORD,
  POSTCODE,
  RECEPTION_WORD,
  ROW_NUMBER,
} from './tabbed-dictionary.ts';

export type ColumnKind =
  | 'number'
  | 'name'
  | 'address'
  | 'phones'
  | 'extraPhones'
  | 'contacts'
  | 'hours'
  | 'receptions'
  | 'unit';

/** How well a cell fits a column: 2 clearly, 1 plausibly (or empty), 0 not at all. */
export function cellFit(kind: ColumnKind, text: string): 0 | 1 | 2 {
  if (text === '') return kind === 'number' || kind === 'name' ? 0 : 1;
  const folded = text;
  const phone = isPhoneText(text);
  const contact = CONTACT.test(text) && !/\s/u.test(text.replace(/^www\s/iu, ''));
  switch (kind) {
    case 'number':
      return ROW_NUMBER.test(text) ? 2 : 0;
    case 'name':
    case 'unit':
      if (phone || contact || ROW_NUMBER.test(text) || POSTCODE.test(text.slice(0, 8))) return 0;
      return OFFICE_WORD.test(folded) ? 2 : 1;
    case 'address':
      if (phone || contact || ROW_NUMBER.test(text)) return 0;
      return POSTCODE.test(text) || ADDRESS_WORD.test(folded) ? 2 : 1;
    case 'phones':
    case 'extraPhones':
      return phone ? 2 : 0;
    case 'contacts':
      return CONTACT.test(text) ? 2 : 0;
    case 'hours':
      return HOURS_WORD.test(folded) ? 2 : 0;
    case 'receptions':
      return RECEPTION_WORD.test(folded) ? 2 : 0;
  }
}

export interface Placement {
  /** Text per column index; cells sharing a column are joined by a space. */
  texts: (string | undefined)[];
  /** `cells-missing`, `cells-extra`, `cells-reordered`, `cell-doubtful`, with a message each. */
  problems: { code: string; message: string }[];
}

/** Places cells by position when that fits, else by the best fit that keeps the most of their order. */
export function placeCells(cells: readonly TabbedCell[], columns: readonly ColumnKind[]): Placement {
  const texts = cells.map((c) => c.text);
  const byPosition = texts.length === columns.length && texts.every((t, i) => cellFit(columns[i] as ColumnKind, t) > 0);
  if (byPosition) return { texts, problems: [] };
  const map = texts.length > columns.length ? bestMonotone(texts, columns) : bestInjective(texts, columns);
  const placed: (string | undefined)[] = columns.map(() => undefined);
  map.forEach((col, i) => {
    const prev = placed[col];
    placed[col] = prev === undefined ? texts[i] : `${prev} ${texts[i]}`;
  });
  const problems: Placement['problems'] = [];
  const missing = columns.filter((_, col) => placed[col] === undefined);
  if (missing.length > 0) problems.push({ code: 'cells-missing', message: `no cell for ${missing.join(', ')}` });
  if (texts.length > columns.length)
    problems.push({ code: 'cells-extra', message: `${texts.length} cells for ${columns.length} columns, joined` });
  if (map.some((col, i) => i > 0 && col < (map[i - 1] as number)))
    problems.push({ code: 'cells-reordered', message: `cells placed as ${map.map((c) => columns[c]).join(', ')}` });
  placed.forEach((text, col) => {
    if (text !== undefined && cellFit(columns[col] as ColumnKind, text) === 0)
      problems.push({ code: 'cell-doubtful', message: `«${text}» does not look like ${columns[col]}` });
  });
  return { texts: placed, problems };
}

const score = (texts: readonly string[], columns: readonly ColumnKind[], map: readonly number[]): number =>
  map.reduce((sum, col, i) => sum + cellFit(columns[col] as ColumnKind, texts[i] as string), 0);

/** Fewer cells than columns (or as many, misfitting): each cell its own column; tables have <= 6 columns. */
function bestInjective(texts: readonly string[], columns: readonly ColumnKind[]): number[] {
  let best: number[] = [];
  let bestValue = Number.NEGATIVE_INFINITY;
  const walk = (map: number[]): void => {
    if (map.length === texts.length) {
      const inversions = map.filter((col, i) => map.slice(i + 1).some((later) => later < col)).length;
      const value = score(texts, columns, map) * 10 - inversions;
      if (value > bestValue) [best, bestValue] = [[...map], value];
      return;
    }
    for (let col = 0; col < columns.length; col++) if (!map.includes(col)) walk([...map, col]);
  };
  walk([]);
  return best;
}

/** More cells than columns: keep the order and let neighbouring cells share a column. */
function bestMonotone(texts: readonly string[], columns: readonly ColumnKind[]): number[] {
  let best: number[] = [];
  let bestValue = Number.NEGATIVE_INFINITY;
  const walk = (map: number[]): void => {
    if (map.length === texts.length) {
      const value = score(texts, columns, map) * 10 + new Set(map).size;
      if (value > bestValue) [best, bestValue] = [[...map], value];
      return;
    }
    for (let col = map.at(-1) ?? 0; col < columns.length; col++) walk([...map, col]);
  };
  walk([]);
  return best;
}
