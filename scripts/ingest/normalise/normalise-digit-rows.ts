import type { LineContext, LineNote, LineRule } from './line-rule.ts';

/*
 * A line of single digits is ambiguous, and only the line above tells them apart (001, 003):
 *   `1 2 3 4 5`, `4 5 6`                        -> table column numbers, kept apart;
 *   `Абылайхан көшесі ,` / `2 1 5` (001:345)   -> a letter-spaced house number, `215`;
 *   `8-7262-345124,` / `3 4 2 8 7 9` (003:702) -> the next phone of a list, `342879`;
 *   `2-14-91` / `1 5` (001:463)                -> the next row's number after a row's phones, `15`;
 *   `% (үлесі)` / `1 0 1` (003:440)            -> three quality-indicator cells, kept apart.
 * Every join or keep that the context decided is reported as an info note.
 */

const DIGIT_ROW = /^\d(?: \d)+$/u;
/** The line above leaves something open: an address or a list of phones goes on. */
const OPEN_LIST = /,$/u;
/** `2-14-91`, `8-72752`: a phone on its own line, the last cell of a 001 row. */
const PHONE_LINE = /^[\d()\s]*\d-\d[\d()\s-]*$/u;

export const isDigitRow = (body: string): boolean => DIGIT_ROW.test(body);

function ascending(digits: readonly number[]): boolean {
  return digits.every((d, i) => i === 0 || d === (digits[i - 1] ?? 0) + 1);
}

export function repairDigitRow(body: string, notes: LineNote[] = [], context?: LineContext): string {
  if (!DIGIT_ROW.test(body)) return body;
  const digits = body.split(' ').map(Number);
  const joined = digits.join('');
  const previous = context?.previous ?? '';
  // An address left open wins even over an ascending row: `көшесі ,` / `1 2 3` is house 123.
  if (OPEN_LIST.test(previous)) {
    notes.push({ code: 'letter-spaced-digits-joined', message: `joined «${body}» as one number after «${previous}»` });
    return joined;
  }
  if (digits.length >= 3 && ascending(digits)) return body;
  if (digits.length >= 4) {
    notes.push({ code: 'letter-spaced-digits-joined', message: `joined «${body}» as one number (a phone)` });
    return joined;
  }
  if (digits.length === 2 && PHONE_LINE.test(previous)) {
    notes.push({ code: 'letter-spaced-digits-joined', message: `joined «${body}» as the row number after a phone` });
    return joined;
  }
  notes.push({ code: 'letter-spaced-digits-kept', message: `kept «${body}» apart: a number or separate cells` });
  return body;
}

export const normaliseDigitRows: LineRule = { name: 'digit-rows', apply: repairDigitRow };
