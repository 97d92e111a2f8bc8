/**
 * Paragraph department tables with a head column, each row number alone on its line: 003 (Zhambyl),
 * appendix 1 of both standards, district and Taraz employment departments. Cells are
 * paragraphs: the row number alone, the name, the head (in the second standard followed by `Жұмыс және
 * қабылдау кестесі: ...`), the address ending `кабинет N 201`, then phones and e-mail.
 */
import type { LoadedCorrections } from '../../corrections.ts';
import type { TableParser } from '../../types.ts';
import { detectTable } from '../detect/detect-table.ts';
import { looksLikeContacts, splitAt, splitCabinet, splitPhonesAndContacts, tidy } from './paragraph-cell-splits.ts';
import { assignPieces, reportMissing } from './paragraph-cells.ts';
import { ADDRESS_WORD, DEPARTMENT_TITLES, NAME_TAIL, WORK_SCHEDULE_003 } from './paragraph-dictionary.ts';
import { numberAlone, type ParagraphRow } from './paragraph-rows.ts';
import { type CutCells, parseParagraphTable } from './paragraph-table.ts';

const COLUMNS = ['name', 'head', 'address', 'phones'] as const;
type Column = (typeof COLUMNS)[number];

function classify(text: string): Column {
  if (looksLikeContacts(text)) return 'phones';
  if (NAME_TAIL.test(text)) return 'name';
  if (ADDRESS_WORD.test(text)) return 'address';
  // A person's name and the schedule after it carry no address word (`Құрмашев Кәрібай`).
  return 'head';
}

function cutCells(row: ParagraphRow): CutCells {
  const assigned = assignPieces(row.pieces, COLUMNS, classify);
  const { name, head, address, phones } = assigned.cells;
  const missing = reportMissing(assigned.cells, COLUMNS, row.span, row.rowNumber);
  if (!name) {
    return { reject: { code: 'cells-missing', reason: 'row number without a name' }, diagnostics: missing };
  }
  const person = splitAt(head, WORK_SCHEDULE_003);
  const place = splitCabinet(address);
  const contact = splitPhonesAndContacts(phones);
  const cells = {
    name: tidy(name) ?? name,
    ...(person.before ? { head: person.before } : {}),
    ...(person.from ? { hours: person.from } : {}),
    ...place,
    ...contact,
  };
  return { cells, diagnostics: [...assigned.diagnostics, ...missing] };
}

export function createParagraphDepartmentHeadTable(corrections: LoadedCorrections): TableParser {
  return {
    name: 'paragraph-department-head-table',
    form: 'paragraph',
    detect: (appendix) => detectTable(appendix, { form: 'paragraph', titles: DEPARTMENT_TITLES, rowStart: 'alone' }),
    parse: (ctx) =>
      parseParagraphTable(
        {
          kind: 'employment-department',
          readRowStart: numberAlone,
          cutCells,
        },
        ctx,
        corrections,
      ),
  };
}
