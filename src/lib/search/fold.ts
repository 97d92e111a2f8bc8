/**
 * Folding for search. Pagefind has no Kazakh stemmer and folds only accents, so people who type on a
 * Russian keyboard (`Караганды`, `Узынагаш`, `зейнетакы`), or with a Latin `i` for `і`, would miss.
 * The same fold is applied to the indexed aliases (at build time) and to the query (in the browser), so
 * this module and the src/lib/text dictionaries it folds with must stay dependency-free and browser-safe.
 */
import { LOWER_CASE_LATIN_TO_CYRILLIC } from '../text/homoglyphs.ts';
import { stripKazakhEndings } from '../text/kazakh-endings.ts';
import { KAZAKH_TO_RUSSIAN } from '../text/keyboard.ts';
import { stripRussianEnding } from '../text/russian-endings.ts';

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

/** Folded text with each word passed through `strip` (a hyphenated name strips its last part). */
function stripWords(folded: string, strip: (word: string) => string): string {
  return folded
    .split(/(\s+)/)
    .map((w) => (/\s/.test(w) ? w : strip(w)))
    .join('');
}

/**
 * The word forms an alias record adds for its folded text: each word without its Kazakh endings, and
 * without its Russian ending (the two are never mixed: a word is one language or the other).
 */
export function stemForms(folded: string): string[] {
  return [stripWords(folded, stripKazakhEndings), stripWords(folded, stripRussianEnding)];
}

/**
 * The query without its endings, the Kazakh and the Russian way, each only when it differs from the folded
 * query: `Ақкөл ауданының` -> `аккол аудан`, `Бурабайского района` -> `бурабаиск раион`. The search page
 * runs them when the query as typed and folded finds nothing: an ending the index does not hold empties
 * Pagefind's all-words match, while a query that already matches is better left whole (`Караганда` cut
 * the Kazakh way is `карага`, which also starts `Қарағайлы`).
 */
export function stemQueries(query: string): string[] {
  if (phoneQueryDigits(query)) return [];
  const folded = foldText(query.trim());
  return [...new Set(stemForms(folded))].filter((s) => s !== folded);
}
