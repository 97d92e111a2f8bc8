import { CYRILLIC_TO_LATIN, LATIN_TO_CYRILLIC } from '../../../src/lib/text/homoglyphs.ts';
import type { LineNote, LineRule } from './line-rule.ts';

/*
 * Decides per token by script majority. File 000 types Latin `i` for `і` throughout (`Үкiметiнiң`); e-mails
 * and URLs carry the opposite slip, a Cyrillic `о` in `оnline.kz`. E-mails/URLs are always Latin and are only
 * folded when every Cyrillic letter in them has a Latin twin (`www.osak_акимат.kz` is the author's own text).
 */

/** Note code for a contact whose Cyrillic look-alike letters were folded to Latin. */
export const CONTACT_FOLDED = 'contact-cyrillic-folded';

const CONTACT = /@|^(?:https?:|www\.)|\.(?:kz|ru|com|org|net)\b/iu;
const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN_ALL = /\p{Script=Latin}/gu;
const CYRILLIC_ALL = /\p{Script=Cyrillic}/gu;
const WHITESPACE_SPLIT = /(\s+)/u;

const count = (s: string, re: RegExp): number => s.match(re)?.length ?? 0;

function foldAll(text: string, map: Readonly<Record<string, string>>): string {
  let out = '';
  for (const ch of text) out += map[ch] ?? ch;
  return out;
}

function foldContact(token: string, notes: LineNote[]): string {
  const cyrillic = token.match(CYRILLIC_ALL);
  if (!cyrillic) return token;
  if (cyrillic.every((ch) => CYRILLIC_TO_LATIN[ch] !== undefined)) {
    const folded = foldAll(token, CYRILLIC_TO_LATIN);
    // Folded for reading, but a look-alike in an address is the act's error: the resolve stage links the
    // address only through a reviewed correction (content/corrections/contacts.json).
    notes.push({
      code: CONTACT_FOLDED,
      message: `«${token}» -> «${folded}»: Cyrillic ${cyrillic.join(', ')} in a Latin address`,
    });
    return folded;
  }
  notes.push({ code: 'mixed-script-contact', message: `kept «${token}»: Cyrillic letters without a Latin twin` });
  return token;
}

// A Latin capital is a homoglyph only where a capital belongs: first letter or an all-caps word
// (`Iле`, `ЕТЕДI`); `көрсеткіштеріменN` is a displaced `N` (number sign), not a `Н`.
function foldIntoCyrillic(word: string, notes: LineNote[]): string {
  const allCaps = word === word.toUpperCase();
  let kept = false;
  let out = '';
  let i = 0;
  for (const ch of word) {
    const twin = LATIN.test(ch) ? LATIN_TO_CYRILLIC[ch] : undefined;
    const capitalFits = ch === ch.toLowerCase() || i === 0 || allCaps;
    if (!LATIN.test(ch)) out += ch;
    else if (twin && capitalFits) out += twin;
    else {
      kept = true;
      out += ch;
    }
    i += 1;
  }
  if (kept) notes.push({ code: 'mixed-script-word', message: `kept Latin letters in «${word}»` });
  return out;
}

function foldWord(word: string, notes: LineNote[]): string {
  // Most words are in one script: two cheap tests before counting.
  if (!LATIN.test(word) || !CYRILLIC.test(word)) return word;
  const latin = count(word, LATIN_ALL);
  const cyrillic = count(word, CYRILLIC_ALL);
  if (latin > cyrillic) return foldAll(word, CYRILLIC_TO_LATIN);
  return foldIntoCyrillic(word, notes);
}

export function foldHomoglyphs(body: string, notes: LineNote[] = []): string {
  // A word needs both scripts to change, a contact a Cyrillic letter and an `@` or Latin: one script, no work.
  const hasCyrillic = CYRILLIC.test(body);
  if (!hasCyrillic || (!LATIN.test(body) && !body.includes('@'))) return body;
  const tokens = body.split(WHITESPACE_SPLIT);
  for (let i = 0; i < tokens.length; i += 2) {
    const token = tokens[i] ?? '';
    if (!CYRILLIC.test(token)) continue;
    tokens[i] = CONTACT.test(token) ? foldContact(token, notes) : token.replace(WORD, (w) => foldWord(w, notes));
  }
  return tokens.join('');
}

export const normaliseHomoglyphs: LineRule = { name: 'homoglyphs', apply: foldHomoglyphs };
