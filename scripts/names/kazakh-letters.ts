/**
 * Kazakh Cyrillic to Russian spelling, letter by letter: the letters Russian lacks become the Russian letters
 * Russian-language documents write for them (`Қарабалық` -> `Карабалык`, `Үржар` -> `Уржар`). Pure.
 */

/** Kazakh-only letters and the Russian letter written for each. Latin `i` stands in for `і` in the sources. */
const KAZAKH_LETTERS: Readonly<Record<string, string>> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  i: 'и',
};

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
