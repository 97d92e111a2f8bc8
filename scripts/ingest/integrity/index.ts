/**
 * Integrity checks over office tables that turn silent loss into error-level diagnostics (issue 11): an
 * appendix that announces a table of offices and yields no rows (one shuffled appendix once went from 19
 * rows to 0 with warnings only), or whose printed numbering shows rows gone. They only report. An appendix
 * that no parser claims is already an error of the registry (`unknown-appendix`).
 */
import { diagnostic } from '../diagnostics.ts';
import type { AppendixSegment, Diagnostic, TableParseResult } from '../types.ts';

export { checkGarbageLines } from './garbage-lines.ts';
export { checkTableCopies } from './table-copies.ts';

import { checkPrintedRowNumbers } from './printed-row-numbers.ts';
import { checkMisplacedContent, checkMissingCells, checkNamePlace, viewRows } from './row-cells.ts';
import {
  checkMergedNames,
  checkNameWords,
  checkRepeatedBlock,
  checkRowContent,
  checkTableKind,
} from './row-content.ts';
import { checkRestartsWithoutHeading, checkRowNumbering, checkUnnumberedRows } from './row-numbering.ts';

/** Checks over one parsed office table. */
export function checkTable(appendixId: string, appendix: AppendixSegment, table: TableParseResult): Diagnostic[] {
  if (table.rows.length === 0 && table.rejected.length === 0) {
    const message = `${appendixId}: the appendix is a table of offices («${appendix.title.slice(0, 60)}») but no row was read from it`;
    return [diagnostic('error', 'table-empty', message, { file: appendix.file, line: appendix.span.line })];
  }
  // Each row's lines and where each kind of content lives, worked out once for the row checks.
  const view = viewRows(table.rows, appendix);
  return [
    ...checkRowNumbering(appendixId, table.rows),
    ...checkPrintedRowNumbers(appendixId, appendix),
    ...checkRowContent(appendixId, table.rows),
    ...checkRepeatedBlock(appendixId, table.rows),
    ...checkNameWords(appendixId, table.rows),
    ...checkTableKind(appendixId, table.rows),
    ...checkMergedNames(appendixId, table.rows, appendix.lines),
    ...checkUnnumberedRows(appendixId, table.rows),
    ...checkRestartsWithoutHeading(appendixId, table.rows),
    ...checkMissingCells(appendixId, table.rows, appendix, view),
    ...checkMisplacedContent(appendixId, table.rows, appendix, view),
    ...checkNamePlace(appendixId, table.rows, appendix, view),
  ];
}
