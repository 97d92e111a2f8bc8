/**
 * Folding for search. Pagefind has no Kazakh stemmer and folds only accents, so people who type on a
 * Russian keyboard (`Караганды`, `Узынагаш`, `зейнетакы`), or with a Latin `i` for `і`, would miss.
 * The same fold is applied to the indexed aliases (at build time) and to the query (in the browser), so
 * this module must stay dependency-free and browser-safe.
 */
const KAZAKH_TO_RUSSIAN_KEYBOARD: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
  й: 'и',
};

/** Latin letters that stand in for Cyrillic ones inside Kazakh words in the sources and in typing. */
const LATIN_HOMOGLYPHS: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  i: 'и',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  k: 'к',
  h: 'н',
  m: 'м',
  t: 'т',
  b: 'в',
};

const CYRILLIC = /[\u0400-\u04ff]/;

function foldWord(word: string): string {
  const hasCyrillic = CYRILLIC.test(word);
  let out = '';
  for (const ch of word) {
    const folded = KAZAKH_TO_RUSSIAN_KEYBOARD[ch] ?? (hasCyrillic ? (LATIN_HOMOGLYPHS[ch] ?? ch) : ch);
    out += folded;
  }
  return out;
}

/** Lower-cases and folds each word; keeps word boundaries. */
export function foldText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/(\s+)/)
    .map((w) => (/\s/.test(w) ? w : foldWord(w)))
    .join('');
}

/**
 * The digits a phone query stands for: `8 (71638) 2-10-48`, `+7 71638 21048`, `71638 21048` ->
 * `7163821048` (the 10-digit national number). A short local number (`2-10-48`) -> `21048`.
 * Returns null when the query is not phone-like.
 */
export function phoneQueryDigits(query: string): string | null {
  if (!/^[\d\s()+\-–.]+$/.test(query.trim())) return null;
  const digits = query.replace(/\D/g, '');
  if (digits.length < 5) return null;
  if (digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7'))) return digits.slice(1);
  return digits;
}

/** Searchable forms of an E.164 number: national 10 digits, and the subscriber part after each area-code length. */
export function phoneAliases(e164: string): string[] {
  const national = e164.replace(/^\+7/, '');
  const subscribers = [3, 4, 5].map((areaLength) => national.slice(areaLength));
  return [national, `8${national}`, ...subscribers];
}

/** The query as it is sent to the index: phone digits when phone-like, else the folded text. */
export function foldQuery(query: string): string {
  return phoneQueryDigits(query) ?? foldText(query.trim());
}
