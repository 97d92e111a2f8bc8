import type { LineRule } from './line-rule.ts';

// Invisible characters PDF/HTML extraction leaves inside words: zero-width space/joiners, BOM, soft hyphen.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
// No-break and other fixed-width spaces become plain spaces, so the letter-spacing rule can count gaps.
const ODD_SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/gu;
const INVISIBLE_OR_ODD = /[\u200B-\u200D\u2060\uFEFF\u00AD\u00A0\u2000-\u200A\u202F\u205F\u3000]/u;
/** Nothing to do on a plain ASCII line. */
const NON_ASCII = /\P{ASCII}/u;

/** NFC, invisible characters dropped, exotic spaces made plain. */
export const normaliseUnicode: LineRule = {
  name: 'unicode',
  apply: (body, _notes, context) => {
    if (!NON_ASCII.test(body)) return body;
    const nfc = context.sourceIsNfc ? body : body.normalize('NFC');
    return INVISIBLE_OR_ODD.test(nfc) ? nfc.replace(INVISIBLE, '').replace(ODD_SPACE, ' ') : nfc;
  },
};
