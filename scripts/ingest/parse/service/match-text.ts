/**
 * Text helpers for matching Kazakh keywords in clauses. The normaliser is meant to fold homoglyphs and
 * rejoin letter-spaced runs, but the extractors must not depend on it having done so yet: they match on
 * a copy folded here, and read figures from it.
 */

/** Latin letters that the acts type in place of Cyrillic ones (file 000 writes `iшiнара` with Latin `i`). */
const HOMOGLYPHS: Record<string, string> = {
  i: 'і',
  I: 'І',
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  y: 'у',
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
};

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Folds Latin lookalikes to Cyrillic inside words that also hold Cyrillic letters (so URLs stay Latin). */
export function foldHomoglyphs(text: string): string {
  return text.replace(/[\p{L}\p{M}]+/gu, (word) =>
    CYRILLIC.test(word) ? word.replace(/[aceopxyiIABCEHKMOPTX]/g, (c) => HOMOGLYPHS[c] ?? c) : word,
  );
}

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
