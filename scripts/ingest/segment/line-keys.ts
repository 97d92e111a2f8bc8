/**
 * Matching keys for source lines. The segmenter must find headings whether or not the normaliser has
 * rejoined letter-spacing yet (`Ж а м б ы л  о б л ы с ы  ә к і м и я т ы н ы ң`) or folded the Latin
 * `i` used for `і` (`Үкiметiнiң`, file 000), so it compares squashed, folded, lower-case text.
 */
import type { SourceLine } from '../types.ts';

/** Latin look-alikes the acts type inside Kazakh words. */
const HOMOGLYPHS: Record<string, string> = { i: 'і', I: 'І' };

export function foldHomoglyphs(text: string): string {
  return text.replace(/[iI]/g, (ch) => HOMOGLYPHS[ch] ?? ch);
}

/** `" М ү г е д е к т е р д і ң  қ о л а р б а л а р` -> `"мүгедектердіңқоларбалар`. */
export function squash(text: string): string {
  return foldHomoglyphs(text.normalize('NFC')).replace(/\s+/gu, '').toLowerCase();
}

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
