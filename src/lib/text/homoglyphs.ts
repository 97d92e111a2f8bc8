/**
 * Latin and Cyrillic letters drawn alike, the one dictionary of them: the ingest's normaliser folds the
 * acts' slips with it, the field and clause matchers and the site search fold with it too.
 */

/** Latin letters drawn like Cyrillic (Kazakh) ones, as the acts' authors typed them: `Үкiметiнiң`, `Нyрмағамбетов`. */
export const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а',
  c: 'с',
  e: 'е',
  h: 'һ',
  i: 'і',
  k: 'к',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  I: 'І',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'Ү',
};

/** Cyrillic letters drawn like Latin ones, found inside e-mails and URLs: `оnline.kz`, `ulutauzһez@mail.ru`. */
export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  с: 'c',
  е: 'e',
  һ: 'h',
  і: 'i',
  ј: 'j',
  к: 'k',
  о: 'o',
  р: 'p',
  ѕ: 's',
  х: 'x',
  у: 'y',
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Н: 'H',
  І: 'I',
  Ј: 'J',
  К: 'K',
  М: 'M',
  О: 'O',
  Р: 'P',
  Ѕ: 'S',
  Т: 'T',
  Х: 'X',
};

/**
 * For lower-cased text: each Latin letter to the lower case of its Cyrillic twin, the capital's twin
 * first (once lower-cased, `h` is the `H` of `Н`, not `һ`): a c e h i k o p x y, b m t.
 */
export const LOWER_CASE_LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyz'].flatMap((ch) => {
    const twin = LATIN_TO_CYRILLIC[ch.toUpperCase()] ?? LATIN_TO_CYRILLIC[ch];
    return twin ? [[ch, twin.toLowerCase()]] : [];
  }),
);

const LOOKALIKE = new RegExp(`[${Object.keys(LATIN_TO_CYRILLIC).join('')}]`, 'gu');
const ANY_LOOKALIKE = new RegExp(LOOKALIKE.source, 'u');
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Folds Latin lookalikes to Cyrillic inside words that also hold Cyrillic letters (so URLs stay Latin). */
export function foldLookalikes(text: string): string {
  // Most text (an act's clauses, already normalised) has no lookalike at all: then there is nothing to fold,
  // and the word-by-word pass below is skipped.
  if (!ANY_LOOKALIKE.test(text)) return text;
  return text.replace(/[\p{L}\p{M}]+/gu, (word) =>
    CYRILLIC.test(word) ? word.replace(LOOKALIKE, (c) => LATIN_TO_CYRILLIC[c] ?? c) : word,
  );
}
