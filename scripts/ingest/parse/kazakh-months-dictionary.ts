/**
 * Kazakh month names by stem. Acts write them inflected: `қарашадағы`, `сәуірдегі`, `маусымдағы`,
 * `желтоқсанда`, `қыркүйекте`, `шілдедегі`, or bare after a letter-spaced stamp (`2 5  с ә у і р`), so a
 * word is read by the stem it starts with.
 */
export const KAZAKH_MONTH_STEMS: readonly (readonly [stem: string, month: number])[] = [
  ['қаңтар', 1],
  ['ақпан', 2],
  ['наурыз', 3],
  ['сәуір', 4],
  ['мамыр', 5],
  ['маусым', 6],
  ['шілде', 7],
  ['тамыз', 8],
  ['қыркүйек', 9],
  ['қазан', 10],
  ['қараша', 11],
  ['желтоқсан', 12],
];

/** `қарашадағы` -> 11; null for a word that is no month (`қаулысы`). Expects `і`, not Latin `i`. */
export function monthFromWord(word: string): number | null {
  const lower = word.toLowerCase();
  for (const [stem, month] of KAZAKH_MONTH_STEMS) if (lower.startsWith(stem)) return month;
  return null;
}
