/**
 * Text helpers for matching Kazakh keywords in clauses. Clause text comes from normalised lines; the
 * match copy folds again with the shared dictionary (src/lib/text), for text built from raw lines (fixtures).
 */
import { foldLookalikes } from '../../../../src/lib/text/homoglyphs.ts';
import { joinSpacedRuns } from '../../../../src/lib/text/letter-spacing.ts';

/** Folds Latin lookalikes to Cyrillic inside words that also hold Cyrillic letters (so URLs stay Latin). */
export const foldHomoglyphs = foldLookalikes;

/**
 * Rejoins letter-spaced runs (`м е р з і м і :  1 0  к ү н` -> `мерзімі: 10 күн`), then word gaps and the
 * space before punctuation. With `min = 3` the display text keeps `1 8` as written.
 */
export function rejoinSpaced(text: string, min = 3): string {
  return joinSpacedRuns(text, min)
    .replace(/ {2,}/g, ' ')
    .replace(/ ([.,;:)])/g, '$1')
    .trim();
}

/** The copy used for keyword and figure matching: homoglyphs folded, all spaced runs rejoined, lower case. */
export function matchText(text: string): string {
  return rejoinSpaced(foldHomoglyphs(text), 2).toLocaleLowerCase('kk');
}

/** The text shown to readers: letter-spacing rejoined (runs of three or more), otherwise as written. */
export function displayText(text: string): string {
  return rejoinSpaced(text, 3);
}
