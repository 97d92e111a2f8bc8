/**
 * Reads the tab-delimited layout of 000 and 002: one cell per tab-indented line, a cell running on over
 * untabbed lines (with blank lines between them), rows separated by blank lines. In 002:
 *
 *   →100012, Қарағанды облысы, Қарағанды қаласы, Поспелов көшесі, 16
 *   (blank)
 *   тел. (7212) 300169
 *   (blank)
 *   факс (7212) 300229
 *   →www karaganda-akimat.kz
 *
 * is two cells of one row. A tab line after a blank line opens a new block (row); a tab line straight
 * after text stays in the block. Headings (000's region lines) are recognised by the caller's predicate.
 */
import type { SourceLine, SourceSpan } from '../../types.ts';

export interface TabbedCell {
  /** The cell's lines, trimmed and joined by one space (wrapped text), as normalised. */
  text: string;
  span: SourceSpan;
}

/** A run of cells between blank lines: a row, a header row or a column-number row. */
export interface TabbedBlock {
  cells: TabbedCell[];
  span: SourceSpan;
}

export type TabbedItem =
  | { type: 'block'; block: TabbedBlock }
  | { type: 'heading'; text: string; span: SourceSpan }
  /** Untabbed text that continues no cell: before the first cell, or after two or more blank lines. */
  | { type: 'stray'; text: string; span: SourceSpan };

// The tab is layout, so it is read from the raw line; 000 line 86 has a space before it (` \t1`).
const CELL_LINE = /^[ \u00a0]*\t/u;

/**
 * Splits an appendix's lines into blocks of cells, headings and stray text. A text line after two or
 * more blank lines continues no cell: 002 leaves one blank line inside a cell, three before the next
 * appendix's heading.
 */
export function readTabbedItems(
  file: string,
  lines: readonly SourceLine[],
  isHeading: (text: string) => boolean = () => false,
): TabbedItem[] {
  const items: TabbedItem[] = [];
  let block: TabbedBlock | null = null;
  let blanks = 0;
  for (const line of lines) {
    const text = line.text.trim();
    const span = { file, line: line.line, endLine: line.line };
    if (CELL_LINE.test(line.raw)) {
      if (!block || blanks > 0) {
        block = { cells: [], span: { ...span } };
        items.push({ type: 'block', block });
      }
      block.cells.push({ text, span });
      block.span.endLine = line.line;
      blanks = 0;
    } else if (text === '') {
      blanks += 1;
    } else if (isHeading(text)) {
      block = null;
      items.push({ type: 'heading', text, span });
      blanks = 0;
    } else {
      const cell = block?.cells.at(-1);
      if (block && cell && blanks < 2) {
        cell.text = cell.text ? `${cell.text} ${text}` : text;
        cell.span.endLine = line.line;
        block.span.endLine = line.line;
      } else {
        block = null;
        const last = items.at(-1);
        // A stray run over several lines (`«Жұмыссыз азаматтарға анықтама` / `беру» мемлекеттiк қызмет`) is one item.
        if (last?.type === 'stray') {
          last.text = `${last.text} ${text}`;
          last.span.endLine = line.line;
        } else items.push({ type: 'stray', text, span });
      }
      blanks = 0;
    }
  }
  return items;
}
