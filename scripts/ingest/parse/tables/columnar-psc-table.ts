/**
 * Appendix 3 of regulation 7 in 001 (lines 10287-10842): the Almaty region's public service centres
 * (district and city branches of `"Алматы облысының халыққа қызмет көрсету орталығы"`). Column-broken
 * like the department tables, but each row prints its own schedule; a page break cuts row 11 in two bands.
 */

import { squash } from '../../../../src/lib/text/squash.ts';
import type { SourceLine, TableContext, TableParseResult, TableParser } from '../../types.ts';
import { detectTable } from '../detect/detect-table.ts';
import type { Column } from './columnar-blocks.ts';
import { PSC_HEADERS, PSC_NAME_WORD, PSC_TITLES } from './columnar-dictionary.ts';
import { classifiedCells, parseColumnarTable } from './columnar-table.ts';

export function classifyPscText(lines: readonly SourceLine[]): Column {
  return PSC_NAME_WORD.test(squash(lines.map((l) => l.text).join(' '))) ? 'name' : 'address';
}

export function parseColumnarPscs(ctx: TableContext): TableParseResult {
  return parseColumnarTable(ctx, {
    kind: 'public-service-centre',
    classify: classifyPscText,
    headings: false,
    hours: 'row',
    cells: classifiedCells,
  });
}

export const columnarPscTable: TableParser = {
  name: 'columnar-psc-table',
  form: 'columnar',
  detect: (appendix) => detectTable(appendix, { form: 'columnar', titles: PSC_TITLES, headers: PSC_HEADERS }),
  parse: parseColumnarPscs,
};
