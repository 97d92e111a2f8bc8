/**
 * Puts a row's paragraphs into its columns by what they say, not where they stand. A page break splits
 * every column of a row in two and prints the second halves after the first (003:730, row 3 of the second
 * standard: name, head, [page break], rest of the name, rest of the schedule, address, phones), and 004
 * prints a continuation after the next column's paragraph (004:312, 004:564); order alone cannot undo that.
 */
import { diagnostic } from '../../diagnostics.ts';
import type { Diagnostic } from '../../types.ts';
import { joinWrapped, type Piece } from './paragraph-blocks.ts';

export interface AssignedCells<C extends string> {
  cells: Partial<Record<C, string>>;
  diagnostics: Diagnostic[];
}

/**
 * The first piece is always the first column (the name); every later piece goes where `classify` says.
 * `order` is the table's column order, used to report rows whose cells stand in another order.
 */
export function assignPieces<C extends string>(
  pieces: readonly Piece[],
  order: readonly [C, ...C[]],
  classify: (text: string) => C,
): AssignedCells<C> {
  const diagnostics: Diagnostic[] = [];
  const columns = pieces.map((piece, i) => (i === 0 ? order[0] : classify(piece.text)));
  const cells: Partial<Record<C, string>> = {};
  for (const cell of order) {
    const parts = pieces.filter((_, i) => columns[i] === cell).map((p) => p.text);
    if (parts.length > 0) cells[cell] = joinWrapped(parts);
  }

  const firstSeen = order.filter((cell) => columns.includes(cell)).map((cell) => columns.indexOf(cell));
  const at = pieces[0]?.span;
  if (at && firstSeen.some((pos, i) => i > 0 && pos < (firstSeen[i - 1] ?? 0))) {
    const seen = [...new Set(columns)].join(', ');
    diagnostics.push(
      diagnostic('warning', 'cells-out-of-order', `cells stand as ${seen}, not as ${order.join(', ')}`, at),
    );
  }
  columns.forEach((cell, i) => {
    const piece = pieces[i];
    if (piece && i > 0 && columns[i - 1] !== cell && columns.slice(0, i - 1).includes(cell)) {
      diagnostics.push(
        diagnostic('info', 'cell-continued', `the ${cell} cell goes on after another cell (page break)`, piece.span),
      );
    }
  });
  return { cells, diagnostics };
}

/** Warns for each expected cell a row lacks; the row is still kept (style guide §5: never a silent drop). */
export function reportMissing<C extends string>(
  cells: Partial<Record<C, string>>,
  expected: readonly C[],
  at: { file: string; line: number },
  rowNumber: string,
): Diagnostic[] {
  return expected
    .filter((cell) => !cells[cell])
    .map((cell) => diagnostic('warning', 'cell-missing', `row ${rowNumber} has no ${cell} cell`, at));
}
