/**
 * Folding for search. Pagefind has no Kazakh stemmer and folds only accents, so people who type on a
 * Russian keyboard (`Караганды`, `Узынагаш`, `зейнетакы`), or with a Latin `i` for `і`, would miss.
 * The same fold is applied to the indexed aliases (at build time) and to the query (in the browser), so
 * this module and the src/lib/text dictionaries it folds with must stay dependency-free and browser-safe.
 */
import { LOWER_CASE_LATIN_TO_CYRILLIC } from './text/homoglyphs.ts';
import { KAZAKH_TO_RUSSIAN } from './text/keyboard.ts';

/** The shared keyboard fold, plus `й` -> `и`: a search typed without the breve still finds. */
const KEYBOARD: Readonly<Record<string, string>> = { ...KAZAKH_TO_RUSSIAN, й: 'и' };

const CYRILLIC = /[\u0400-\u04ff]/;

// A Latin letter inside a Cyrillic word is a lookalike (`Үкiметiнiң`): its Cyrillic twin, then the keyboard fold.
function foldWord(word: string): string {
  const hasCyrillic = CYRILLIC.test(word);
  let out = '';
  for (const ch of word) {
    const twin = hasCyrillic ? (LOWER_CASE_LATIN_TO_CYRILLIC[ch] ?? ch) : ch;
    out += KEYBOARD[twin] ?? twin;
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
