/*
 * Word pieces the extraction split off. In 001/003/004 the break falls before `і` (`әлеуметт ік`,
 * `Мүгедектерд і`, `Жансүг іров`, `Тәуелс ізд ік`); narrow table columns also break after a stem
 * (`Республика` / `сының`). Real words that begin with `і` are listed so they are never glued.
 */

/** Real Kazakh words starting with `і` that occur standalone: `іс`, `ішінде`, `іздеп`, `іске`, `істейді`. */
export const REAL_I_WORD = /^і(?:с|ш|зде|ргел|нді)/u;

/** Vowels: a lone vowel can be a word or a house-number letter (`3 а`); only lone consonants are glued. */
export const VOWELS = new Set([...'аәеиоөуұүыіэюя']);

/**
 * Short words that must never be glued to a neighbour: conjunctions and particles written apart.
 * `және`, `мен`, `бен`, `пен`, `да`, `де`, `та`, `те`, `ғана`, `ге` (`18-00 ге дейін`).
 */
export const STANDALONE_SHORT_WORDS = new Set([
  'және',
  'мен',
  'бен',
  'пен',
  'да',
  'де',
  'та',
  'те',
  'ғана',
  'ге',
  'ға',
  'ден',
  'дан',
  'тен',
  'тан',
  'не',
  'мен',
  'ал',
  'ол',
  'бұл',
  'сол',
]);

/**
 * Genitive/possessive endings that cannot stand alone, so at a column break (`Республика` / `сының`) they
 * belong to the word before.
 */
export const SUFFIX_FRAGMENTS = new Set([
  'сының',
  'сінің',
  'сы',
  'сі',
  'сын',
  'сін',
  'ның',
  'нің',
  'дың',
  'дің',
  'тың',
  'тің',
]);

/** Continuations that show a line-final hyphen was a wrap (`көрсетілмей-` / `тіндігі`), not a real compound. */
export const WRAP_CONTINUATION = /^(?:тін|тын|дін|дын|сан|ған|ген|қан|кен|лық|лік|дық|дік|тық|тік|ның|нің|сы|сі)/u;
