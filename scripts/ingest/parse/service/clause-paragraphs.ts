import type { ClauseSegment } from '../../types.ts';
import { displayText, matchText } from './match-text.ts';

/** One paragraph of a clause: an indented line and the unindented lines that continue it. */
export interface Paragraph {
  /** Display text (letter-spacing rejoined), the clause number stripped from the first paragraph. */
  text: string;
  /** Folded, lower-case copy for matching. */
  match: string;
  /** 1-based source line where the paragraph starts. */
  line: number;
  /** Sub-item marker as printed (`1)`, `12.1.`), or null. */
  marker: string | null;
}

const CLAUSE_NUMBER = /^\s*\d+\s*\.(?!\d)\s*/u;
/** `1)`, `2 )`, `12.1.` (003 numbers document items as sub-clauses), letter-spaced or not. */
const SUB_ITEM = /^(\d+(?:\s*\.\s*\d+)*\s*\)|\d+\s*\.\s*\d+\s*\.)\s*/u;

/**
 * Splits a clause into paragraphs. The acts wrap differently: 000 and 002 put one paragraph on a line,
 * 001, 003 and 004 hard-wrap at ~75 characters and indent only the first line of a paragraph
 * (`      1) жеке тұлға уәкілетті органның қызметкеріне (кеңсе қызметкеріне) өтініш` / `білдіреді ...`).
 */
export function clauseParagraphs(clause: ClauseSegment): Paragraph[] {
  const groups: { line: number; parts: string[] }[] = [];
  for (const line of clause.lines) {
    if (line.text.trim() === '') continue;
    const indented = /^\s/.test(line.raw) || groups.length === 0;
    if (indented) groups.push({ line: line.line, parts: [line.text.trim()] });
    else groups.at(-1)?.parts.push(line.text.trim());
  }
  return groups.map((g, i) => {
    let joined = g.parts.join(' ');
    if (i === 0) joined = joined.replace(CLAUSE_NUMBER, '');
    const text = displayText(joined);
    const marker = SUB_ITEM.exec(text);
    return { text, match: matchText(text), line: g.line, marker: marker?.[1] ? marker[1].replace(/\s+/g, '') : null };
  });
}

/** The whole clause as display text, its number stripped. */
export function clauseBody(clause: ClauseSegment): string {
  return clauseParagraphs(clause)
    .map((p) => p.text)
    .join(' ');
}
