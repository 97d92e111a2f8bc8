/**
 * Paragraph department tables, each row opening with its number and the quoted name: 004 (Akmola),
 * appendix 1, district and city employment departments in three columns of paragraphs:
 * `1 "Ақкөл ауданының ... бөлімі" мемлекеттік мекемесі`, the address with the citizens' reception schedule
 * written after it (`..., 81 азаматтарды қабылдау кестесі: күн сайын 9.00-ден 18.00-ге дейін, ...`), then
 * the phone with e-mails and sites, sometimes in two paragraphs (004:613 phones, 004:616 e-mail).
 */
import type { LoadedCorrections } from '../../corrections.ts';
import type { TableParser } from '../../types.ts';
import { detectTable } from '../detect/detect-table.ts';
import { looksLikeContacts, splitAt, splitPhonesAndContacts, tidy } from './paragraph-cell-splits.ts';
import { assignPieces, reportMissing } from './paragraph-cells.ts';
import { ADDRESS_WORD, DEPARTMENT_TITLES, NAME_TAIL, RECEPTION_SCHEDULE_004 } from './paragraph-dictionary.ts';
import { numberBeforeCell, type ParagraphRow } from './paragraph-rows.ts';
import { type CutCells, parseParagraphTable } from './paragraph-table.ts';

const COLUMNS = ['name', 'address', 'phones'] as const;
type Column = (typeof COLUMNS)[number];

/** The row number and the name's opening quote on one line: `1 "Ақкөл ауданының`, `10 "Жақсы`. */
const ROW_START = /^(\d{1,3})\s*(["«“].*)$/u;

function classify(text: string): Column {
  if (looksLikeContacts(text)) return 'phones';
  // A name's tail a page break moved below the other cells (004:579 `бағдарламалар бөлімі" мемлекеттік мекемесі`).
  if (NAME_TAIL.test(text) && !ADDRESS_WORD.test(text)) return 'name';
  return 'address';
}

function cutCells(row: ParagraphRow): CutCells {
  const assigned = assignPieces(row.pieces, COLUMNS, classify);
  const { name, address, phones } = assigned.cells;
  const place = splitAt(address, RECEPTION_SCHEDULE_004);
  const found = { ...assigned.cells, ...(place.from ? { hours: place.from } : {}) };
  const missing = reportMissing(found, [...COLUMNS, 'hours'], row.span, row.rowNumber);
  if (!name) {
    return { reject: { code: 'cells-missing', reason: 'row number without a name' }, diagnostics: missing };
  }
  const cells = {
    name: tidy(name) ?? name,
    ...(place.before ? { address: place.before.replace(/\.$/u, '') } : {}),
    ...(place.from ? { hours: place.from } : {}),
    ...splitPhonesAndContacts(phones),
  };
  return { cells, diagnostics: [...assigned.diagnostics, ...missing] };
}

export function createParagraphDepartmentTable(corrections: LoadedCorrections): TableParser {
  return {
    name: 'paragraph-department-table',
    form: 'paragraph',
    detect: (appendix) => detectTable(appendix, { form: 'paragraph', titles: DEPARTMENT_TITLES, rowStart: 'quoted' }),
    parse: (ctx) =>
      parseParagraphTable(
        {
          kind: 'employment-department',
          readRowStart: numberBeforeCell(ROW_START),
          cutCells,
        },
        ctx,
        corrections,
      ),
  };
}
