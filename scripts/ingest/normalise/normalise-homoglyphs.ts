import { CYRILLIC_TO_LATIN, LATIN_TO_CYRILLIC } from './homoglyph-dictionary.ts';
import type { LineNote, LineRule } from './line-rule.ts';

/*
 * Decides per token by script majority. File 000 types Latin `i` for `і` throughout (`Үкiметiнiң`); e-mails
 * and URLs carry the opposite slip, a Cyrillic `о` in `оnline.kz`. E-mails/URLs are always Latin and are only
 * folded when every Cyrillic letter in them has a Latin twin (`www.osak_акимат.kz` is the author's own text).
 */

const CONTACT = /@|^(?:https?:|www\.)|\.(?:kz|ru|com|org|net)\b/iu;
const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

const count = (s: string, re: RegExp): number => [...s].filter((ch) => re.test(ch)).length;

function foldAll(text: string, map: Readonly<Record<string, string>>): string {
  return [...text].map((ch) => map[ch] ?? ch).join('');
}

function foldContact(token: string, notes: LineNote[]): string {
  const cyrillic = [...token].filter((ch) => CYRILLIC.test(ch));
  if (cyrillic.length === 0) return token;
  if (cyrillic.every((ch) => CYRILLIC_TO_LATIN[ch] !== undefined)) return foldAll(token, CYRILLIC_TO_LATIN);
  notes.push({ code: 'mixed-script-contact', message: `kept «${token}»: Cyrillic letters without a Latin twin` });
  return token;
}

// A Latin capital is a homoglyph only where a capital belongs: first letter or an all-caps word
// (`Iле`, `ЕТЕДI`); `көрсеткіштеріменN` is a displaced `N` (number sign), not a `Н`.
function foldIntoCyrillic(word: string, notes: LineNote[]): string {
  const allCaps = word === word.toUpperCase();
  let kept = false;
  const out = [...word].map((ch, i) => {
    if (!LATIN.test(ch)) return ch;
    const twin = LATIN_TO_CYRILLIC[ch];
    const capitalFits = ch === ch.toLowerCase() || i === 0 || allCaps;
    if (twin && capitalFits) return twin;
    kept = true;
    return ch;
  });
  if (kept) notes.push({ code: 'mixed-script-word', message: `kept Latin letters in «${word}»` });
  return out.join('');
}

function foldWord(word: string, notes: LineNote[]): string {
  const latin = count(word, LATIN);
  const cyrillic = count(word, CYRILLIC);
  if (latin === 0 || cyrillic === 0) return word;
  if (latin > cyrillic) return foldAll(word, CYRILLIC_TO_LATIN);
  return foldIntoCyrillic(word, notes);
}

export function foldHomoglyphs(body: string, notes: LineNote[] = []): string {
  return body
    .split(/(\s+)/u)
    .map((token) => (CONTACT.test(token) ? foldContact(token, notes) : token.replace(WORD, (w) => foldWord(w, notes))))
    .join('');
}

export const normaliseHomoglyphs: LineRule = { name: 'homoglyphs', apply: foldHomoglyphs };
