/**
 * Small text helpers shared by the field parsers. Folding keeps string length, so an index found in the
 * folded text points at the same character in the original.
 */
import { joinSpacedRuns } from '../../../../src/lib/text/letter-spacing.ts';
import { LATIN_TO_CYRILLIC } from './field-dictionary.ts';

const LATIN_LOOKALIKE = new RegExp(`[${Object.keys(LATIN_TO_CYRILLIC).join('')}]`, 'gu');

/**
 * Lower case, Latin homoglyphs to Cyrillic (`Cағат` -> `сағат`, `кентi` -> `кенті`): for matching only.
 * One replace over the letters that change, rather than building the string letter by letter.
 */
export function foldForMatch(text: string): string {
  return text.toLowerCase().replace(LATIN_LOOKALIKE, (ch) => LATIN_TO_CYRILLIC[ch] ?? ch);
}

/** Folded, without any whitespace: `1 8 - 0 0  д е й і н` and `18-00 дейін` read the same. */
export function compactForMatch(text: string): string {
  return foldForMatch(text).replace(/\s+/gu, '');
}

/**
 * Rejoins letter-spaced runs inside one line (`8 - 7 2 8 2` -> `8-7282`, `3 4 2 8 7 9` -> `342879`,
 * `A s t r _ s o c z @` -> `Astr_socz@`): three or more single characters with single spaces between;
 * a double space ends a run, as it ends a word in the letter-spaced texts (001, 003).
 */
export function rejoinSpacedLine(line: string): string {
  return joinSpacedRuns(line, 3);
}

/** Rejoins letter-spaced runs line by line; a cell keeps its line breaks. */
export function rejoinSpaced(text: string): string {
  return text.split('\n').map(rejoinSpacedLine).join('\n');
}

/** Collapses whitespace and trims stray separators left after cutting pieces out of a cell. */
export function tidy(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .replace(/\s+([,.;])/gu, '$1')
    .replace(/([,;])(?:\s*[,;])+/gu, '$1')
    .replace(/^[\s,;]+|[\s,;]+$/gu, '');
}

/** `9-00`, `9.00`, `18:00` -> `09:00`; null when not a clock time. */
export function clockTime(hours: string, minutes: string): string | null {
  const h = Number(hours);
  const m = Number(minutes);
  if (h > 24 || m > 59 || (h === 24 && m > 0)) return null;
  return `${String(h).padStart(2, '0')}:${minutes}`;
}
