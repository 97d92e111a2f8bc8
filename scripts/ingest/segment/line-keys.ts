/**
 * Matching keys for source lines. The segmenter must find headings whether or not the normaliser has
 * rejoined a line's letter-spacing (`Ж а м б ы л  о б л ы с ы  ә к і м и я т ы н ы ң`), so it compares
 * squashed, lower-case text; the normaliser has already folded the Latin `i` of 000 (`Үкiметiнiң`).
 */
import { squash } from '../../../src/lib/text/squash.ts';
import type { SourceLine } from '../types.ts';

export { squash };

/** Collapses runs of whitespace (tabs, NBSP) to one space and trims. */
export function tidy(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export function isBlank(line: SourceLine): boolean {
  return line.text.trim() === '';
}

/** The text of lines joined with single spaces (the wrap points of column-broken text become spaces). */
export function joinTidy(lines: readonly SourceLine[]): string {
  return tidy(lines.map((l) => l.text).join(' '));
}

/** The source line number of the last non-blank line in lines[from, to), so spans never end on padding. */
export function lastTextLine(lines: readonly SourceLine[], from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const line = lines[i];
    if (line && !isBlank(line)) return line.line;
  }
  return lines[from]?.line ?? 1;
}
