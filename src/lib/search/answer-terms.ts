/**
 * The answer index as terms to match: every name of every place, service, situation, office kind and
 * today's place, each split into folded words, with the Latin names derived here by the tested rule
 * (a Kazakh name in the 2021 alphabet and as slugs spell it, a Russian name and its forms in the usual Latin). Built once per page.
 */
import { kazakhLatin, russianLatin } from '../names/latin.ts';
import { transliterate } from '../slug.ts';
import type { AnswerIndex } from './answer-index-types.ts';
import { type KindHint, splitWords } from './answer-words.ts';

export type EntityType = 'place' | 'service' | 'situation' | 'kind' | 'today';

export interface Term {
  type: EntityType;
  /** Row of the entity in its list of the index. */
  row: number;
  /** The name as written, said back as the reason of a match. */
  name: string;
  /** Its folded core words. */
  words: string[];
  /** The kind its own kind word says (`Абай облысы` -> region), for a query that says one too. */
  hint: KindHint | null;
}

const PLACE_HINTS: readonly KindHint[] = ['region', 'district', 'city', 'settlement', 'settlement'];
const KAZAKH_ONLY = /[әғқңөұүһі]/iu;

export interface AnswerTerms {
  index: AnswerIndex;
  terms: Term[];
  /** Each distinct folded word -> the terms (by position) that hold it. */
  vocabulary: Map<string, number[]>;
  /** The distinct words by length: a slip is looked for only among words of a near length. */
  byLength: Map<number, string[]>;
}

function latinNames(kk: string, russian: readonly string[]): string[] {
  return [kazakhLatin(kk), transliterate(kk), ...russian.filter((n) => n && !KAZAKH_ONLY.test(n)).map(russianLatin)];
}

/**
 * Names and their Latin spellings (`posobie na rebenka`; `jūmyssyz` in the 2021 alphabet, `zhumyssyz` the
 * way slugs and most people write it): a need typed on a Latin keyboard.
 */
function withLatin(names: readonly string[]): string[] {
  return [
    ...names,
    ...names.flatMap((n) => (KAZAKH_ONLY.test(n) ? [kazakhLatin(n), transliterate(n)] : [russianLatin(n)])),
  ];
}

export function buildTerms(index: AnswerIndex): AnswerTerms {
  const terms: Term[] = [];
  const add = (type: EntityType, row: number, names: readonly string[], fallback: KindHint | null) => {
    const seen = new Set<string>();
    for (const name of names) {
      if (!name) continue;
      const { core, hints } = splitWords(name);
      const key = core.join(' ');
      if (!core.length || seen.has(key)) continue;
      seen.add(key);
      // Only a place's kind counts: `топливо для сельских специалистов` names no village.
      const hint = type === 'place' || type === 'today' ? (hints[0] ?? fallback) : null;
      terms.push({ type, row, name, words: core, hint });
    }
  };
  index.places.forEach(([name, kind, , , ru, names], i) => {
    add('place', i, [name, ru, ...names, ...latinNames(name, [ru, ...names])], PLACE_HINTS[kind] ?? null);
  });
  index.services.forEach(([, kk, ru, shortKk, shortRu, words], i) => {
    add('service', i, withLatin([shortKk, shortRu, kk, ru, ...words]), null);
  });
  index.situations.forEach(([, kk, ru, , words], i) => {
    add('situation', i, withLatin([kk, ru, ...words]), null);
  });
  index.kinds.forEach(([kk, ru, words], i) => {
    add('kind', i, withLatin([kk, ru, ...words]), null);
  });
  index.today.forEach(([kk, ru, forms], i) => {
    add('today', i, [kk, ru, ...forms, kazakhLatin(kk), transliterate(kk), russianLatin(ru)], null);
  });
  const vocabulary = new Map<string, number[]>();
  terms.forEach((t, i) => {
    for (const w of new Set(t.words)) {
      const list = vocabulary.get(w);
      if (list) list.push(i);
      else vocabulary.set(w, [i]);
    }
  });
  const byLength = new Map<number, string[]>();
  for (const w of vocabulary.keys()) {
    const list = byLength.get(w.length);
    if (list) list.push(w);
    else byLength.set(w.length, [w]);
  }
  return { index, terms, vocabulary, byLength };
}
