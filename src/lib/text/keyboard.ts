/**
 * Kazakh letters to the Russian ones a Russian keyboard types for them: people search `Караганды` for
 * `Қарағанды`, and the acts themselves spell a name both ways (`Бұланды` in 000, `Буланды` in 004).
 */
export const KAZAKH_TO_RUSSIAN: Readonly<Record<string, string>> = {
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
};

/** Each Kazakh letter of lower-case text to its Russian keyboard letter; length is kept. */
export function foldKeyboard(text: string): string {
  let out = '';
  for (const ch of text) out += KAZAKH_TO_RUSSIAN[ch] ?? ch;
  return out;
}
