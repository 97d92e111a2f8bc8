import type { LineRule } from './line-rule.ts';

// Invisible characters PDF/HTML extraction leaves inside words: zero-width space/joiners, BOM, soft hyphen.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
// No-break and other fixed-width spaces become plain spaces, so the letter-spacing rule can count gaps.
const ODD_SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/gu;

/** NFC, invisible characters dropped, exotic spaces made plain. */
export const normaliseUnicode: LineRule = {
  name: 'unicode',
  apply: (body) => body.normalize('NFC').replace(INVISIBLE, '').replace(ODD_SPACE, ' '),
};
