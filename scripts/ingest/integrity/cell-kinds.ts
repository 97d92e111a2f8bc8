/**
 * What a cell's text is, by content alone: an e-mail, a phone number, working hours, a street address. In
 * every table of the five acts each of these lives in one cell of its own (e-mails in the address or the
 * contacts cell, phones in the phones cell, hours in the hours or receptions cell), so where a table keeps
 * each is read from the table itself, never from a parser's or a file's name. row-cells.ts uses it to see
 * a row whose lines moved into another cell (issue 19).
 */

import type { RawOfficeCells } from '../types.ts';

export type ContentKind = 'email' | 'phone' | 'hours' | 'address';

/**
 * Only unmistakable marks. A phone: an area code `8-72832`, `8 (7172)`, or a local number `2-11-43` (three
 * groups, so a time `13-00` is none). Hours: the words of a schedule (`сағат 9-00 бастап 18-00 дейін`,
 * `түскі үзіліс`) or `9.00-ден`. An address: a place or street word followed by its comma (`Ақсу ауданы,`),
 * which an office's name, in the genitive (`Ақсу ауданының`), never has.
 */
const MARKS: Readonly<Record<ContentKind, RegExp>> = {
  email: /[\p{L}\p{N}._-]+@[\p{L}\p{N}-]+\.[a-z]{2,}/iu,
  phone: /(?<![\d.])8\s*[-(]\s*7\d{3,4}(?!\d)|(?<![\d-])\d{1,3}-\d{2}-\d{2}(?![\d-])/u,
  hours: /сағат|бастап|дейін|түскі|үзіліс|\d{1,2}[.:]\d{2}\s*-?\s*(?:ден|дан|нан|ге|ға|ке)(?!\p{L})/iu,
  address: /(?:ауданы|қаласы|кенті|ауылы|облысы|көшесі|даңғылы)\s*,/iu,
};

const CONTENT_KINDS = Object.keys(MARKS) as ContentKind[];

/**
 * The kinds of content a text shows. A text without `@` holds no e-mail: checked first, as the e-mail
 * pattern tries every letter run of the text as a local part (every cell of every table comes here).
 */
export function contentKinds(text: string): ContentKind[] {
  return CONTENT_KINDS.filter((k) => (k !== 'email' || text.includes('@')) && MARKS[k].test(text));
}

/** The piece of `text` that shows `kind` (`korgan-53@mail.ru`), to find its line; null if none. */
export function contentMatch(text: string, kind: ContentKind): string | null {
  return MARKS[kind].exec(text)?.[0] ?? null;
}

/**
 * Each kind's home in a table: the cell that shows it in half the rows or more. A kind no cell shows that
 * often has no home (002's rural akims print no e-mail at all) and is not judged.
 */
export function homeCells(rows: readonly RawOfficeCells[], kindsOf = contentKinds): Map<ContentKind, string> {
  const counts = new Map<string, number>();
  for (const cells of rows)
    for (const [cell, text] of Object.entries(cells) as [string, string | undefined][])
      for (const kind of kindsOf(text ?? '')) counts.set(`${kind}|${cell}`, (counts.get(`${kind}|${cell}`) ?? 0) + 1);
  const homes = new Map<ContentKind, string>();
  for (const [key, n] of counts) {
    const [kind, cell] = key.split('|') as [ContentKind, string];
    if (n * 2 >= rows.length && n > (counts.get(`${kind}|${homes.get(kind)}`) ?? 0)) homes.set(kind, cell);
  }
  return homes;
}
