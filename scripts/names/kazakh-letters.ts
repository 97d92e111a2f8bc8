/**
 * Kazakh Cyrillic to Russian spelling, letter by letter: the letters Russian lacks become the Russian letters
 * Russian-language documents write for them (`Қарабалық` -> `Карабалык`, `Үржар` -> `Уржар`). Pure.
 */

import { KAZAKH_TO_RUSSIAN } from '../../src/lib/text/keyboard.ts';

// The search's keyboard fold, less `ё` (a Russian letter names keep) and plus Latin `i`, which stands in for
// `і` in the sources.
const { ё: _keepYo, ...kazakhOnly } = KAZAKH_TO_RUSSIAN;
const KAZAKH_LETTERS: Readonly<Record<string, string>> = { ...kazakhOnly, i: 'и' };

function mapLetter(letter: string): string {
  const lower = letter.toLowerCase();
  const mapped = KAZAKH_LETTERS[lower];
  if (mapped === undefined) return letter;
  return letter === lower ? mapped : mapped.toUpperCase();
}

/** Russian writes `көл` (lake) closing a name as `коль`: `Алакөл` -> `Алаколь`, `Сарыкөл` -> `Сарыколь`. */
const LAKE_ENDING = /көл(?=$|[\s-])/gu;

export function kazakhLettersToRussian(text: string): string {
  return [...text.replace(LAKE_ENDING, 'коль')].map(mapLetter).join('');
}
