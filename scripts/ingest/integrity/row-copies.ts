/**
 * A table an act prints in several documents, compared row by row as the parsers read it: a cell of one
 * copy that no other copy has, where the other copies agree in twos at least, is damage to that copy
 * (issue 19). 001 prints its 19 departments in seven documents, their shared hours in two wordings (four
 * and three copies); 12 lines cut from the first copy at line 217 left its hours as the lunch break
 * («сағат 13-00 бастап 14-00 дейін») for all 19 rows, with exit 0. Line-level copies are table-copies.ts;
 * this one still sees damage when the copies' lines differ legitimately (001's rows are broken across
 * lines differently from copy to copy).
 */
import { diagnostic } from '../diagnostics.ts';
import type { AppendixSegment, Diagnostic, RawOfficeRow } from '../types.ts';
import { rowLabel } from './row-label.ts';

export interface ParsedTable {
  appendixId: string;
  appendix: AppendixSegment;
  rows: readonly RawOfficeRow[];
}

const squash = (text: string) => text.replace(/\s+/gu, ' ').trim();
/** A row's place in its table: its number under its region's and district's heading. */
const slot = (r: RawOfficeRow) => `${r.region}|${r.district ?? ''}|${r.rowNumber ?? ''}`;

/** Per copy, its one differing cell and row (the first), if all the other copies agree in twos at least. */
function oddCopies(copies: readonly ParsedTable[]): Map<ParsedTable, { row: RawOfficeRow; cell: string }> {
  const odd = new Map<ParsedTable, { row: RawOfficeRow; cell: string }>();
  const slots = new Set(copies.flatMap((c) => c.rows.map(slot)));
  for (const s of slots) {
    const rows = copies.map((c) => c.rows.find((r) => slot(r) === s));
    if (rows.some((r) => r === undefined)) continue;
    const cells = new Set(rows.flatMap((r) => Object.keys(r?.cells ?? {})));
    for (const cell of cells) {
      const values = rows.map((r) => squash(r?.cells[cell as keyof RawOfficeRow['cells']] ?? ''));
      const counts = new Map<string, number>();
      for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
      const single = [...counts].filter(([, n]) => n === 1);
      if (single.length !== 1 || counts.size < 2) continue;
      const i = values.indexOf(single[0]?.[0] ?? '');
      const copy = copies[i] as ParsedTable;
      if (!odd.has(copy)) odd.set(copy, { row: rows[i] as RawOfficeRow, cell });
    }
  }
  return odd;
}

/**
 * Copies of one table (same title) in a file, four at least, each judged against the others. Three say
 * too little: 002 prints its 195 rural akims three times, with an author's slip in a different copy now
 * and then («Ақтау кенті» row 10, line 11459).
 */
export function checkRowCopies(tables: readonly ParsedTable[]): Diagnostic[] {
  const byTitle = new Map<string, ParsedTable[]>();
  for (const t of tables) {
    const key = squash(t.appendix.title);
    if (key !== '' && t.rows.length > 0) byTitle.set(key, [...(byTitle.get(key) ?? []), t]);
  }
  const out: Diagnostic[] = [];
  for (const copies of byTitle.values()) {
    if (copies.length < 4) continue;
    for (const [copy, { row, cell }] of oddCopies(copies)) {
      const message =
        `${rowLabel(copy.appendixId, row, 50)}: its ${cell} ` +
        `differs from every other of the act's ${copies.length} copies of this table, which agree in twos at least: lines lost or moved in this copy?`;
      out.push(diagnostic('error', 'row-copy-differs', message, { file: row.span.file, line: row.span.line }));
    }
  }
  return out;
}
