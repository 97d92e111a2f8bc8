/**
 * Appendix 1 of each regulation in 001: the Almaty region's district and city employment and
 * social-programme departments (lines 171-548 and six more copies). Five columns, column-broken: number,
 * name, address (with the e-mail), area code and phone, and a schedule printed once per page.
 */

import { squash } from '../../../../src/lib/text/squash.ts';
import type { SourceLine, TableContext, TableParseResult, TableParser } from '../../types.ts';
import { detectTable } from '../detect/detect-table.ts';
import type { Column } from './columnar-blocks.ts';
import { DEPARTMENT_HEADERS, DEPARTMENT_NAME_WORD, DEPARTMENT_TITLES } from './columnar-dictionary.ts';
import { classifiedCells, parseColumnarTable } from './columnar-table.ts';

/** A name piece has the department's words; anything else in these tables is address. */
export function classifyDepartmentText(lines: readonly SourceLine[]): Column {
  return DEPARTMENT_NAME_WORD.test(squash(lines.map((l) => l.text).join(' '))) ? 'name' : 'address';
}

// `Ақсу ауданы, ...`, `Қапшағай  қаласы, ...`: the district first, then a comma.
const OPENS_ADDRESS = /^\p{Lu}\p{L}*\s(ауданы|қаласы)\s?,/u;

export function parseColumnarDepartments(ctx: TableContext): TableParseResult {
  return parseColumnarTable(ctx, {
    kind: 'employment-department',
    classify: classifyDepartmentText,
    headings: false,
    hours: 'group',
    opensAddress: (text) => OPENS_ADDRESS.test(text),
    cells: classifiedCells,
  });
}

export const columnarDepartmentTable: TableParser = {
  name: 'columnar-department-table',
  form: 'columnar',
  detect: (appendix) =>
    detectTable(appendix, { form: 'columnar', titles: DEPARTMENT_TITLES, headers: DEPARTMENT_HEADERS }),
  parse: parseColumnarDepartments,
};
