/**
 * Paragraph akimat tables, each row opening with its number and the name: 003 (Zhambyl), appendix 3 of
 * both standards, district and Taraz akimats. A row is often one line with no
 * mark between cells (003:475 `1 Тараз қаласы әкімияты Тараз қаласы, Достық алаңы, 3 8-7262-454814 430846
 * www.gorakim.kz`) or the same text wrapped over paragraphs anywhere, so the row is read as one text and
 * cut at what ends the name (`әкімияты`) and what starts the phones (`8-7262-`, `87263461437`).
 */
import type { LoadedCorrections } from '../../corrections.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { TableParser } from '../../types.ts';
import { detectTable } from '../detect/detect-table.ts';
import { joinWrapped } from './paragraph-blocks.ts';
import { splitPhonesAndContacts, tidy } from './paragraph-cell-splits.ts';
import { reportMissing } from './paragraph-cells.ts';
import {
  AKIMAT_NAME_END,
  AKIMAT_TITLES,
  CONTACT_MARK,
  NOT_AKIMAT_TITLES,
  PHONE_ANYWHERE,
} from './paragraph-dictionary.ts';
import { numberBeforeCell, type ParagraphRow } from './paragraph-rows.ts';
import { type CutCells, parseParagraphTable } from './paragraph-table.ts';

/** The row number before the name: `2 Байзақ ауданының әкімияты`, `10 Жамбыл`. */
const ROW_START = /^(\d{1,3})\s+([\p{Lu}"«].*)$/u;

/** Index of the first phone, or failing that of the first e-mail or site, in `rest`. */
function contactsStart(rest: string): number {
  const phone = PHONE_ANYWHERE.exec(rest);
  if (phone) return phone.index;
  const token = rest.split(' ').find((t) => CONTACT_MARK.test(t.toLowerCase()));
  return token ? rest.indexOf(token) : -1;
}

function cutCells(row: ParagraphRow): CutCells {
  const text = joinWrapped(row.pieces.map((p) => p.text));
  const end = AKIMAT_NAME_END.exec(text);
  const diagnostics = end
    ? []
    : [diagnostic('warning', 'name-end-unknown', `no «әкімияты» ends the name of row ${row.rowNumber}`, row.span)];
  // Without the name's end the whole first paragraph is the name: the most likely cell for it.
  const nameEnd = end ? end.index + end[0].length : (row.pieces[0]?.text.length ?? 0);
  const name = tidy(text.slice(0, nameEnd));
  const rest = text.slice(nameEnd).trim();
  const at = contactsStart(rest);
  const address = tidy(at < 0 ? rest : rest.slice(0, at));
  const phones = at < 0 ? undefined : rest.slice(at);
  const found = { ...(name ? { name } : {}), ...(address ? { address } : {}), ...(phones ? { phones } : {}) };
  diagnostics.push(...reportMissing(found, ['name', 'address', 'phones'], row.span, row.rowNumber));
  if (!name) return { reject: { code: 'cells-missing', reason: 'row number without a name' }, diagnostics };
  return { cells: { name, ...(address ? { address } : {}), ...splitPhonesAndContacts(phones) }, diagnostics };
}

const SIGNATURE = {
  form: 'paragraph',
  titles: AKIMAT_TITLES,
  notTitles: NOT_AKIMAT_TITLES,
  rowStart: 'capital',
} as const;

export function createParagraphAkimatTable(corrections: LoadedCorrections): TableParser {
  return {
    name: 'paragraph-akimat-table',
    form: 'paragraph',
    detect: (appendix) => detectTable(appendix, SIGNATURE),
    parse: (ctx) =>
      parseParagraphTable(
        {
          kind: 'akim-office',
          readRowStart: numberBeforeCell(ROW_START),
          cutCells,
        },
        ctx,
        corrections,
      ),
  };
}
