/**
 * Russian noun and adjective endings, for search: `Бурабайского района` and `Карагандинской области` must
 * find what is indexed as `Бурабайский район` and `Карагандинская область`. The alias records are indexed
 * in one language for both search pages (see src/integrations/pagefind.ts), which Pagefind does not stem,
 * so the endings are folded here, the same way for the query and the index. Written as the search fold
 * writes them (`й` -> `и`). Browser-safe, no dependencies.
 */
import { endingOf } from './kazakh-endings.ts';

/** Adjective and noun case endings after the fold; the longest that fits wins. */
export const RUSSIAN_ENDINGS: readonly string[] = [
  // adjectives: -ого, -ому, -ыми, -ой, -ий, -ая, -ую, -ое, -ые, -ых
  ...['ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ои', 'еи', 'ыи', 'ии', 'ая', 'яя', 'ую', 'юю', 'ое', 'ее'],
  ...['ые', 'ие', 'ых', 'их', 'ым', 'им'],
  // nouns: -ами, -ях, -ом, -ам, -ов, -ью, and the one-letter endings
  ...['ами', 'ями', 'ах', 'ях', 'ом', 'ем', 'ам', 'ям', 'ов', 'ев', 'ью'],
  ...['а', 'я', 'ы', 'и', 'у', 'ю', 'е', 'о', 'ь'],
];

/** One Russian case ending off a folded, lower-case word: `раиона` -> `раион`, `области` -> `област`. */
export function stripRussianEnding(word: string): string {
  const e = endingOf(word, RUSSIAN_ENDINGS);
  return e ? word.slice(0, -e.length) : word;
}
