/**
 * Cuts a delimiter-less table into rows at its row numbers. The numbers run 1, 2, 3 ..., which is what
 * tells a row number from a number inside a cell (`22338` when letter-spaced phones are rejoined).
 */

import { squash } from '../../../../src/lib/text/squash.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { Diagnostic, SourceSpan } from '../../types.ts';
import { joinWrapped, type Paragraph, type Piece, paragraphText } from './paragraph-blocks.ts';
import { HEADER_WORD, TRAILER } from './paragraph-dictionary.ts';

/** A row number found at the start of a paragraph, and the text after it on the same paragraph, if any. */
export interface RowStart {
  number: number;
  rest: Piece | null;
}

export interface ParagraphRow {
  rowNumber: string;
  /** The row's text in source order: the rest of the numbered paragraph, then every paragraph up to the next row. */
  pieces: Piece[];
  span: SourceSpan;
}

/**
 * Reads a row start written on the first line of a paragraph before the first cell; `pattern` captures
 * the number (group 1) and the start of the cell (group 2): 004:295 `1 "Ақкөл ауданының`.
 */
export function numberBeforeCell(pattern: RegExp): (paragraph: Paragraph) => RowStart | null {
  return (paragraph) => {
    const [first, ...more] = paragraph.lines;
    const m = first ? pattern.exec(first.text.trim()) : null;
    if (!m) return null;
    const text = joinWrapped([m[2] ?? '', ...more.map((l) => l.text)]);
    return { number: Number(m[1]), rest: { text, span: paragraph.span } };
  };
}

/** Reads a row number standing alone as a paragraph (003:181 `1`). */
export function numberAlone(paragraph: Paragraph): RowStart | null {
  const m = paragraph.lines.length === 1 ? /^(\d{1,3})$/u.exec(paragraph.lines[0]?.text.trim() ?? '') : null;
  return m ? { number: Number(m[1]), rest: null } : null;
}

/** How far a row number may jump ahead (a row the authors skipped) and still start a row. */
const MAX_SKIP = 3;

export function cutParagraphRows(
  file: string,
  paragraphs: readonly Paragraph[],
  readRowStart: (paragraph: Paragraph) => RowStart | null,
): { rows: ParagraphRow[]; diagnostics: Diagnostic[] } {
  const rows: ParagraphRow[] = [];
  const diagnostics: Diagnostic[] = [];
  let last = 0;
  for (const paragraph of paragraphs) {
    const text = paragraphText(paragraph);
    const current = rows.at(-1);
    if (current && TRAILER.test(squash(text))) {
      // The segment ran on into the next heading; nothing after it is a row of this table.
      diagnostics.push(
        diagnostic('info', 'table-trailer', `text after the last row ignored: «${text.slice(0, 60)}»`, {
          file,
          line: paragraph.span.line,
        }),
      );
      break;
    }
    const start = readRowStart(paragraph);
    if (start && start.number > last && start.number <= last + MAX_SKIP) {
      if (start.number !== last + 1) {
        diagnostics.push(
          diagnostic('warning', 'row-number-skipped', `row ${start.number} follows row ${last}`, {
            file,
            line: paragraph.span.line,
          }),
        );
      }
      last = start.number;
      rows.push({ rowNumber: String(start.number), pieces: start.rest ? [start.rest] : [], span: paragraph.span });
      continue;
    }
    if (current) {
      current.pieces.push({ text, span: paragraph.span });
      current.span = { ...current.span, endLine: paragraph.span.endLine };
    } else if (!HEADER_WORD.test(text.toLowerCase()) && !TRAILER.test(squash(text))) {
      // Before row 1 only the title and column headers belong; anything else is a row cut off at the top.
      diagnostics.push(
        diagnostic('warning', 'orphan-text', `text before the first row is not a header: «${text.slice(0, 60)}»`, {
          file,
          line: paragraph.span.line,
        }),
      );
    }
  }
  return { rows, diagnostics };
}
