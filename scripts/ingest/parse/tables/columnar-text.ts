/**
 * Text helpers for the column-broken tables of 001. Letter-spacing is rejoined line by line by the
 * normaliser; a cell is a block of such lines, joined here with the normaliser's `joinLines`. Word tests
 * run on `squash` (src/lib/text), so they hold even on a line the normaliser left letter-spaced.
 */
import { joinLines } from '../../normalise/index.ts';
import type { Diagnostic, SourceLine } from '../../types.ts';

const LETTER = /\p{L}/u;

/**
 * A cell's lines joined into its text (the wrap points of the column become spaces, `ж е л т о қ -` /
 * `санындағы` is glued); doubtful joins go to `sink` as the normaliser's info diagnostics.
 */
export function joinCellLines(lines: readonly SourceLine[], file = '', sink?: Diagnostic[]): string {
  const joined = joinLines(lines, file);
  sink?.push(...joined.diagnostics);
  return joined.text.replace(/\s+/gu, ' ').trim();
}

/** Whether the text opens with an upper-case letter (after quotes and spaces): a new name, a new copy. */
export function opensWithCapital(text: string): boolean {
  const first = [...text.replace(/^[\s"«“„]+/u, '')][0] ?? '';
  return LETTER.test(first) && first === first.toUpperCase() && first !== first.toLowerCase();
}

/** Whether the text opens with a quote: `"Қазақстан Республикасының мерекелері туралы" Заңына` continues. */
export function opensWithQuote(text: string): boolean {
  return /^\s*["«“„]/u.test(text);
}
