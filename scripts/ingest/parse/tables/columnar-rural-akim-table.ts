/**
 * Appendix 2 of regulations 6 and 7 in 001 (lines 3899-6729, 7457-10286): the town, village and
 * rural-district akims that take applications, under district headings (`Ақсу ауданы`), numbered afresh
 * in each district. Name and address often share a block or a line, so the name is cut where it ends:
 *
 *   6 Қоңыр селолық округ К о н ы р  а у ы л ы ,   (001 line 4967)
 *   ->  name `Қоңыр селолық округ`, address `Коныр ауылы, ...`
 */

import { diagnostic } from '../../diagnostics.ts';
import type { Diagnostic, TableContext, TableParseResult, TableParser } from '../../types.ts';
import { detectTable } from '../detect/detect-table.ts';
import { RURAL_AKIM_HEADERS, RURAL_AKIM_TITLES, RURAL_NAME_END } from './columnar-dictionary.ts';
import { cellText, type DraftRow } from './columnar-rows.ts';
import { parseColumnarTable, type RowCells } from './columnar-table.ts';
import { joinCellLines } from './columnar-text.ts';

/** Splits a rural row's text into name and address where the name ends (`... округ аудан әкімінің аппараты`). */
export function cutRuralName(text: string): { name: string; address: string } | null {
  const end = RURAL_NAME_END.exec(text);
  if (!end) return null;
  const cut = end.index + end[0].length;
  return { name: text.slice(0, cut).trim(), address: text.slice(cut).replace(/^[\s,]+/u, '') };
}

export function ruralAkimCells(row: DraftRow, file: string): RowCells {
  const diagnostics: Diagnostic[] = [];
  const phones = cellText(row, 'phones', file, diagnostics);
  const fragments = row.cells.text;
  const text = joinCellLines(fragments.flat(), file, diagnostics);
  const cut = cutRuralName(text);
  let name = cut?.name ?? '';
  let address = cut?.address ?? '';
  if (!cut && fragments.length > 0) {
    // No `округ`/`аппараты`/`әкімдігі`: the first block is taken for the name, the rest for the address.
    name = joinCellLines(fragments[0] ?? [], file);
    address = joinCellLines(fragments.slice(1).flat(), file);
    const line = fragments[0]?.[0]?.line ?? null;
    diagnostics.push(
      diagnostic(
        'warning',
        'columnar-name-end-missing',
        `no name ending in «${text.slice(0, 60)}»; first block taken as the name`,
        { file, line },
      ),
    );
  }
  return {
    cells: { ...(name ? { name } : {}), ...(address ? { address } : {}), ...(phones ? { phones } : {}) },
    district: row.district,
    diagnostics,
  };
}

export function parseColumnarRuralAkims(ctx: TableContext): TableParseResult {
  return parseColumnarTable(ctx, {
    kind: 'rural-akim',
    classify: () => 'text',
    headings: true,
    hours: 'group',
    cells: ruralAkimCells,
  });
}

export const columnarRuralAkimTable: TableParser = {
  name: 'columnar-rural-akim-table',
  form: 'columnar',
  detect: (appendix) =>
    detectTable(appendix, { form: 'columnar', titles: RURAL_AKIM_TITLES, headers: RURAL_AKIM_HEADERS }),
  parse: parseColumnarRuralAkims,
};
