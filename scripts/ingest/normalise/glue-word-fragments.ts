import { REAL_I_WORD, STANDALONE_SHORT_WORDS, VOWELS } from './kazakh-fragment-dictionary.ts';
import type { LineRule } from './line-rule.ts';

/*
 * Glues word pieces split by a single space inside a word: `Жансүг іров  кент і ,` -> `Жансүгіров кенті,`,
 * `регламентт ің`, `б ір інші`, `т елефон`, `көрсетус і з`. A double space is a real word gap (letter-spaced
 * and justified lines) and is never crossed. Runs before whitespace collapsing, which erases that signal.
 */

const ENDS_CYRILLIC = /\p{Script=Cyrillic}$/u;
const STARTS_LOWER_CYRILLIC = /^(?=\p{Ll})\p{Script=Cyrillic}/u;
const LONE_CONSONANT = /^\p{Script=Cyrillic}$/u;
const SPACE_RUNS = /( +)/u;
/** Nothing to glue without an `і` after a single space or a one-letter Cyrillic token (most lines). */
const MAY_HOLD_FRAGMENT = /(?:^|\s)(?:і|\p{Script=Cyrillic}(?:\s|$))/u;

const lettersOf = (token: string): string => token.replace(/[^\p{L}]+$/u, '');

export function isIFragment(token: string): boolean {
  const word = lettersOf(token);
  return word.startsWith('і') && !REAL_I_WORD.test(word) && !STANDALONE_SHORT_WORDS.has(word);
}

function isLoneConsonant(token: string): boolean {
  return LONE_CONSONANT.test(token) && token === token.toLowerCase() && !VOWELS.has(token);
}

function canTakeSuffix(token: string | undefined): boolean {
  return token !== undefined && ENDS_CYRILLIC.test(token) && !STANDALONE_SHORT_WORDS.has(token);
}

export function glueWordFragments(body: string): string {
  if (!MAY_HOLD_FRAGMENT.test(body)) return body;
  // parts alternate token, separator, token, ...; a separator of one space may be erased.
  const parts = body.split(SPACE_RUNS);
  for (let i = 2; i < parts.length; i += 2) {
    const prev = parts[i - 2];
    const token = parts[i] ?? '';
    const before = parts[i - 1];
    const after = parts[i + 1];
    if (before !== ' ') continue;
    const glueLeft =
      canTakeSuffix(prev) && (isIFragment(token) || (isLoneConsonant(token) && (after === undefined || after !== ' ')));
    if (glueLeft) {
      parts.splice(i - 2, 3, `${prev}${token}`);
      i -= 2;
    }
  }
  // A lone consonant after a gap heads the next word: `1 ,  т елефон` -> `телефон`.
  for (let i = 0; i + 2 < parts.length; i += 2) {
    const token = parts[i] ?? '';
    const next = parts[i + 2] ?? '';
    const startsLine = i === 0 || parts[i - 1] !== ' ';
    if (startsLine && isLoneConsonant(token) && parts[i + 1] === ' ' && STARTS_LOWER_CYRILLIC.test(next)) {
      parts.splice(i, 3, `${token}${next}`);
    }
  }
  return parts.join('');
}

export const normaliseWordFragments: LineRule = { name: 'word-fragments', apply: glueWordFragments };
