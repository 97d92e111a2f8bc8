/**
 * Kazakh case, possessive and plural endings, for search. No Kazakh stemmer exists on npm, and Pagefind
 * matches a query word only as the start of an indexed word: `Қарағандыда` or `ауданының` (longer than the
 * indexed `Қарағанды`, `ауданы`) would find nothing. Stripping the endings from the query (and adding the
 * stripped form of each indexed alias word) makes both sides meet at the stem.
 *
 * A Kazakh noun is stem + plural + possessive + case (`ауыл-дар-ы-нда`), so the endings come off in that
 * order from the end, at most one of each. They are written as the search fold writes them (Russian-keyboard
 * letters: `ның` -> `нын`, `і` -> `и`), because they are stripped from folded text. Browser-safe.
 */

/** Case endings after the fold; the longest that fits wins (`нда` before `да`). */
export const KAZAKH_CASE_ENDINGS: readonly string[] = [
  // locative adjective -дағы, -ндегі (`Қарағандыдағы`)
  ...['ндагы', 'ндеги', 'дагы', 'деги', 'тагы', 'теги'],
  // ablative -дан, -нен, -тан
  ...['ндан', 'нден', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен'],
  // genitive -ның, -дің, -тың
  ...['нын', 'нин', 'дын', 'дин', 'тын', 'тин'],
  // instrumental -мен, -бен, -пен
  ...['мен', 'бен', 'пен'],
  // locative -да, -нде, -та
  ...['нда', 'нде', 'да', 'де', 'та', 'те'],
  // dative -ға, -ке, and -на after a possessive (`ауданына`)
  ...['га', 'ге', 'ка', 'ке', 'на', 'не'],
  // accusative -ны, -ді, -ты
  ...['ны', 'ни', 'ды', 'ди', 'ты', 'ти'],
];

/** Possessive of the third person: `ауданы`, `облысы`. */
export const KAZAKH_POSSESSIVE_ENDINGS: readonly string[] = ['сы', 'си', 'ы', 'и'];

export const KAZAKH_PLURAL_ENDINGS: readonly string[] = ['лар', 'лер', 'дар', 'дер', 'тар', 'тер'];

/** A stem shorter than this is left alone: `ана`, `үй` and other short words are not endings. */
export const MIN_STEM = 4;

/** The longest ending of `word` that leaves at least `MIN_STEM` letters, or null. */
export function endingOf(word: string, endings: readonly string[]): string | null {
  let best: string | null = null;
  for (const e of endings) {
    if (word.length - e.length >= MIN_STEM && word.endsWith(e) && (!best || e.length > best.length)) best = e;
  }
  return best;
}

function stripOne(word: string, endings: readonly string[]): string {
  const e = endingOf(word, endings);
  return e ? word.slice(0, -e.length) : word;
}

/**
 * A folded, lower-case word without its case, possessive and plural endings: `ауданынын` (`ауданының`) ->
 * `аудан`, `карагандыда` -> `караганд`, `ауылдарында` -> `ауыл`. Cutting a little too much is harmless
 * (the stem still starts the indexed word); cutting too little is not.
 */
export function stripKazakhEndings(word: string): string {
  return stripOne(stripOne(stripOne(word, KAZAKH_CASE_ENDINGS), KAZAKH_POSSESSIVE_ENDINGS), KAZAKH_PLURAL_ENDINGS);
}
