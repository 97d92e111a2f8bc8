/**
 * Words of a query or a name, folded for matching: Cyrillic by the project's search fold (Russian-keyboard
 * letters, Latin lookalikes), Latin without marks; kind words (`ауданы`, `района`, `oblysy`, `г.`) and
 * function words (`на`, `для`, `үшін`) are set apart, since a name is matched by what is left. Browser-safe.
 */

import { endingOf, KAZAKH_CASE_ENDINGS, stripKazakhEndings } from '../text/kazakh-endings.ts';
import { foldLatin } from '../text/latin-fold.ts';
import { stripRussianEnding } from '../text/russian-endings.ts';
import { foldText } from './fold.ts';

export type KindHint = 'region' | 'district' | 'city' | 'settlement';

const CYRILLIC = /[\u0400-\u04ff]/u;

/** Kind words after the fold, and their stems (`облысы`, `облысында` -> `облыс`; `области` -> `област`). */
const KIND_WORDS: Readonly<Record<string, KindHint>> = Object.fromEntries([
  ...['облыс', 'облысы', 'област', 'область', 'обл', 'oblys', 'oblysy', 'oblast', 'oblasti', 'region'].map((w) => [
    w,
    'region',
  ]),
  ...['аудан', 'ауданы', 'раион', 'р', 'district', 'audan', 'audany', 'rayon', 'raion'].map((w) => [w, 'district']),
  ...['кала', 'каласы', 'город', 'г', 'гор', 'qala', 'qalasy', 'kala', 'kalasy', 'city', 'gorod'].map((w) => [
    w,
    'city',
  ]),
  // Not `сельский`, `ауылдық`: they also describe people (`сельский специалист`, `ауылдық жерде тұратын`), and
  // a rural district says `округ` anyway.
  ...['ауыл', 'ауылы', 'село', 'сел', 'селолык', 'поселок', 'пос', 'кент', 'кенттик', 'округ', 'округи'].map((w) => [
    w,
    'settlement',
  ]),
  ...['аул', 'а', 'с', 'п', 'auyl', 'aul', 'selo'].map((w) => [w, 'settlement']),
]);

/** Function words after the fold: they carry no name. */
const STOP_WORDS = new Set([
  ...['на', 'для', 'в', 'во', 'и', 'по', 'со', 'о', 'об', 'от', 'до', 'у', 'к', 'ко', 'при', 'за', 'из', 'или'],
  ...['мне', 'я', 'как', 'где', 'куда', 'что', 'это', 'мои', 'моя', 'мое', 'нужно', 'нужна', 'нужен', 'хочу'],
  ...['получить', 'оформить', 'можно', 'какие', 'какая', 'каидан', 'калаи'],
  ...['мен', 'жане', 'ушин', 'боиынша', 'туралы', 'каида', 'керек', 'калаи', 'маган', 'менин', 'ал', 'не'],
  ...['for', 'in', 'the', 'of', 'and'],
]);

/** One word folded: Cyrillic (with any lookalike Latin inside it) the search fold's way, Latin without marks. */
export function foldWord(word: string): string {
  return CYRILLIC.test(word) ? foldText(word) : foldLatin(word);
}

export function kindOf(folded: string): KindHint | null {
  // `облысында`: the case ending alone off (`облысы`); the full strip takes `сы` for the possessive (`облы`).
  const caseEnding = endingOf(folded, KAZAKH_CASE_ENDINGS);
  const noCase = caseEnding ? folded.slice(0, -caseEnding.length) : folded;
  return (
    KIND_WORDS[folded] ??
    KIND_WORDS[noCase] ??
    KIND_WORDS[stripKazakhEndings(folded)] ??
    KIND_WORDS[stripRussianEnding(folded)] ??
    null
  );
}

export interface Words {
  /** The words that name something, folded, in order. */
  core: string[];
  /** The kinds the kind words say (`ауданы` -> district). */
  hints: KindHint[];
}

/** A name or a query in words: letters and digits only, so markup, quotes and emoji are never words. */
export function splitWords(text: string): Words {
  const core: string[] = [];
  const hints: KindHint[] = [];
  for (const raw of text.normalize('NFC').split(/[^\p{L}\p{N}]+/u)) {
    if (!raw) continue;
    const w = foldWord(raw);
    const kind = kindOf(w);
    if (kind) hints.push(kind);
    else if (!STOP_WORDS.has(w)) core.push(w);
  }
  return { core, hints };
}
