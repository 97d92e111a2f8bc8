/**
 * Cuts a phone cell into labelled segments (`тел. …`, `факс …`, `тел/факс …`) and each segment into
 * tokens: a bracketed area code, digit groups, comma separators and the words of a note.
 */
import type { Phone } from '../../../../src/schemas/office.ts';

export interface PhoneToken {
  kind: 'code' | 'group' | 'sep' | 'word';
  text: string;
  /** Offsets in the segment text. */
  start: number;
  end: number;
}

export interface PhoneSegment {
  type: Phone['type'];
  text: string;
  tokens: PhoneToken[];
}

// `тел/факс`, `тел.факс`, `Тел.`, `тел`, `телефоны:`, `факс:`; never inside a word (`телері`).
const LABEL = /(?<!\p{L})(?:(тел\s*[./]\s*факс)|(телефон[ыа]?)|(тел)(?!\p{L})\.?|(факс))(?!\p{L})\s*:?/giu;

const TOKEN = new RegExp(
  [
    String.raw`(?<code>\(\s*\d[\d\s-]*\))`, // `(7212)`, `(87212)`, `(716-36)`, `(71036 )`
    String.raw`(?<group>\d(?:[\d-]*\d)?)`, // `8-71638`, `2-10-48`, `87263461437`
    `(?<sep>[,;])`,
    String.raw`(?<word>[\p{L}][\p{L}\p{M}.'’-]*)`,
  ].join('|'),
  'gu',
);

function tokenise(text: string): PhoneToken[] {
  const tokens: PhoneToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const groups = m.groups ?? {};
    const kind = (['code', 'group', 'sep', 'word'] as const).find((k) => groups[k] !== undefined);
    if (!kind) continue;
    tokens.push({ kind, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

export function splitPhoneSegments(text: string): PhoneSegment[] {
  const segments: PhoneSegment[] = [];
  let type: Phone['type'] = 'phone';
  let from = 0;
  const push = (end: number) => {
    const body = text.slice(from, end);
    if (/\d/u.test(body)) segments.push({ type, text: body, tokens: tokenise(body) });
  };
  for (const m of text.matchAll(LABEL)) {
    push(m.index);
    type = m[1] ? 'phone-fax' : m[4] ? 'fax' : 'phone';
    from = m.index + m[0].length;
  }
  push(text.length);
  return segments;
}
