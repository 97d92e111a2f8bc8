/**
 * Text helpers for matching Kazakh keywords in clauses. Clause text comes from normalised lines; the
 * match copy folds again with the shared dictionary (src/lib/text), for text built from raw lines (fixtures).
 */
import { foldLookalikes } from '../../../../src/lib/text/homoglyphs.ts';

/** Folds Latin lookalikes to Cyrillic inside words that also hold Cyrillic letters (so URLs stay Latin). */
export const foldHomoglyphs = foldLookalikes;

/**
 * Rejoins letter-spaced runs: `м е р з і м і :  1 0  к ү н` -> `мерзімі: 10 күн`. A run is `min` or more
 * single characters separated by single spaces; two spaces separate words. With `min = 3` the display text
 * keeps `1 8` (003: `Заңының 1 8 бабындағы`, digits the authors displaced) as written.
 */
export function rejoinSpaced(text: string, min = 3): string {
  const run = new RegExp(`(?<!\\S)\\S(?: \\S){${min - 1},}(?!\\S)`, 'gu');
  return text
    .replace(run, (m) => m.replace(/ /g, ''))
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
