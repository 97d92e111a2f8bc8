import type { Deadline } from '../../../../src/schemas/service.ts';
import { NUMBER_WORDS, UNIT_WORDS } from './service-dictionary.ts';

export interface Figure {
  value: number;
  unit: Deadline['unit'];
  /** Offset of the figure in the match text, to find the sentence around it. */
  index: number;
  /** The figure as matched (`15 минут`, `9 күнтізбелік күн`). */
  text: string;
}

const DIGITS = String.raw`\d+(?:[.,]\d+)?`;
const WORDS = Object.keys(NUMBER_WORDS).join('|');
const UNIT = UNIT_WORDS.map((u) => u.pattern).join('|');
/**
 * A figure and its unit: `10 минуттан`, `үш жұмыс күнi`, `15 күнтізбелік күн`, `бір айдан`, and 001's
 * table cell `9  күнтізбелік\nкүнге дейін`. Clock times (`сағат 9.00-ден`) have no unit after them.
 * Number words need a space after them, so `онай` is not `он ай`.
 */
const FIGURE = new RegExp(String.raw`(?<![\p{L}\d.,-])(${DIGITS}|(?:${WORDS})(?=\s))\s*(${UNIT})`, 'gu');

/** Figures with units in a match-text string (lower case, spaced runs rejoined). */
export function findFigures(match: string): Figure[] {
  const out: Figure[] = [];
  for (const m of match.matchAll(FIGURE)) {
    const [, num = '', unitText = ''] = m;
    const value = NUMBER_WORDS[num] ?? Number(num.replace(',', '.'));
    const unit = UNIT_WORDS.find((u) => u.pattern === unitText)?.unit;
    if (!unit || !(value > 0)) continue;
    out.push({ value, unit, index: m.index ?? 0, text: m[0] });
  }
  return out;
}
