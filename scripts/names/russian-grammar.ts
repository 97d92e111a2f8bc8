/**
 * The little Russian grammar place names need: the `-ский`/`-ская` adjective from a name
 * (`Бурабай` -> `Бурабайский`) and the genitive a reader types after a preposition (`Уральска`,
 * `Бурабайского района`). Pure; irregular stems come from russian-usage.ts.
 */

export type Gender = 'masculine' | 'feminine';

const ADJECTIVE_ENDING: Record<Gender, string> = { masculine: 'ский', feminine: 'ская' };

/** The adjective stem by rule: `Нура` -> `Нурин`, `Камысты` -> `Камыстин`, `Зеренди` -> `Зерендин`. */
export function adjectiveStem(noun: string): string {
  if (/[аяы]$/u.test(noun)) return `${noun.slice(0, -1)}ин`;
  if (/и$/u.test(noun)) return `${noun}н`;
  return noun;
}

export function russianAdjective(stem: string, gender: Gender): string {
  return `${stem}${ADJECTIVE_ENDING[gender]}`;
}

/** Genitive of a one-word (or hyphenated) place name; names ending in a vowel other than `а` do not decline. */
export function nounGenitive(noun: string): string {
  if (/[ыи]й$/u.test(noun)) return `${noun.slice(0, -2)}ого`;
  if (/[гкхжшчщ]а$/u.test(noun)) return `${noun.slice(0, -1)}и`;
  if (/а$/u.test(noun)) return `${noun.slice(0, -1)}ы`;
  if (/[ьй]$/u.test(noun)) return `${noun.slice(0, -1)}${noun.endsWith('ь') ? 'и' : 'я'}`;
  if (/[бвгджзклмнпрстфхцчшщ]$/u.test(noun)) return `${noun}а`;
  return noun;
}

/** Genitive of a whole name: `Бурабайский район` -> `Бурабайского района`, `город Уральск` -> `города Уральска`. */
export function phraseGenitive(phrase: string): string {
  const city = /^город (.+)$/u.exec(phrase);
  if (city?.[1]) return `города ${nounGenitive(city[1])}`;
  return phrase
    .split(' ')
    .map((word) =>
      word
        .replace(/ский$/u, 'ского')
        .replace(/ская$/u, 'ской')
        .replace(/^район$/u, 'района')
        .replace(/^область$/u, 'области')
        .replace(/^город$/u, 'города'),
    )
    .join(' ');
}
