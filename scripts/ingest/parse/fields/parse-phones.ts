/**
 * Phone cells to E.164. A Kazakh fixed number is +7 and ten digits: the area code (3-5 digits, with its
 * leading 7) and the subscriber number, so the code's length tells how many digits each number has.
 * That is how `8-7172 21-62-22 21-09-41` reads as two numbers and `тел. (72156) 52578, 42893` as two
 * numbers sharing one code.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Phone } from '../../../../src/schemas/office.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { Diagnostic } from '../../types.ts';
import { rejoinSpaced, tidy } from './field-text.ts';
import { type PhoneSegment, type PhoneToken, splitPhoneSegments } from './phone-lexer.ts';

export interface PhoneParse {
  phones: Phone[];
  /** The last area code the cell names, for a following cell (`факс 64418` -> the row's code). */
  areaCode: string | null;
  diagnostics: Diagnostic[];
}

interface At {
  file: string;
  line: number;
}

/** A digit stream: the digits of consecutive groups between commas, with where each digit stands. */
interface Stream {
  digits: string;
  positions: number[];
  /** Digit indices where a written group starts (plus the end). */
  bounds: Set<number>;
}

const VALID_CODE = /^(?:7\d{2,4}|33622)$/u; // 33622: Baikonur, which keeps a Russian number (000 line 1087)

/** `(87212)` -> `7212`: a trunk 8 written inside the brackets. */
function bracketCode(text: string): string {
  const digits = text.replace(/\D/gu, '');
  return digits.length >= 5 && digits.startsWith('8') ? digits.slice(1) : digits;
}

/** Reads the area code at the head of a segment; returns it and the tokens after it. */
function readCode(tokens: PhoneToken[]): { code: string | null; full: string | null; rest: PhoneToken[] } {
  let i = 0;
  // `8-(71638)-2-10-48`, `8(71643)-4-28-07`: the trunk 8 before the brackets.
  if (tokens[0]?.kind === 'group' && tokens[0].text === '8' && tokens[1]?.kind === 'code') i = 1;
  const first = tokens[i];
  if (!first) return { code: null, full: null, rest: [] };
  if (first.kind === 'code') return { code: bracketCode(first.text), full: null, rest: tokens.slice(i + 1) };
  if (first.kind !== 'group') return { code: null, full: null, rest: tokens.slice(i) };
  const digits = first.text.replace(/\D/gu, '');
  const dashed = /^8-(\d{3,5})-(\d[\d-]*)$/u.exec(first.text);
  if (dashed?.[1] && dashed[2] && digits.length === 11) {
    // `8-7262-345124` (003): code and number in one dashed group.
    const start = first.end - dashed[2].length;
    const remainder: PhoneToken = { kind: 'group', text: dashed[2], start, end: first.end };
    return { code: dashed[1], full: null, rest: [remainder, ...tokens.slice(i + 1)] };
  }
  // `8-71638`, `872832`, `8-715-2`, `8-716-36`: trunk and code before the number.
  if (digits.startsWith('8') && digits.length >= 4 && digits.length <= 6) {
    return { code: digits.slice(1), full: null, rest: tokens.slice(i + 1) };
  }
  // `87263461437 63281` (003): a whole number in one group; its siblings take the code's length from theirs.
  if (digits.startsWith('8') && digits.length === 11)
    return { code: null, full: first.text, rest: tokens.slice(i + 1) };
  return { code: null, full: null, rest: tokens.slice(i) };
}

/**
 * `8 72838 33803` (001 line 5801): one number typed with spaces, which would read as three junk numbers.
 * Leading groups too short to be a code are joined when together they make a trunk 8 and ten digits
 * that libphonenumber accepts as one valid number; otherwise the tokens stay as they are.
 */
function joinSpacedNumber(tokens: PhoneToken[], text: string): { tokens: PhoneToken[]; joined: boolean } {
  const first = tokens[0];
  if (first?.kind !== 'group' || first.text.replace(/\D/gu, '').length >= 4) return { tokens, joined: false };
  let digits = '';
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as PhoneToken;
    if (t.kind !== 'group' || (k > 0 && !/^\s+$/u.test(text.slice((tokens[k - 1] as PhoneToken).end, t.start)))) break;
    digits += t.text.replace(/\D/gu, '');
    if (digits.length > 11) break;
    if (k > 0 && digits.length === 11 && digits.startsWith('8') && e164(digits.slice(1))) {
      const group: PhoneToken = { kind: 'group', text: text.slice(first.start, t.end), start: first.start, end: t.end };
      return { tokens: [group, ...tokens.slice(k + 1)], joined: true };
    }
  }
  return { tokens, joined: false };
}

/** Groups between commas form one stream; without a known code every group is its own number. */
function streams(tokens: PhoneToken[], perGroup: boolean): Stream[] {
  const out: Stream[] = [];
  let cur: Stream | null = null;
  for (const t of tokens) {
    if (t.kind === 'sep') cur = null;
    if (t.kind !== 'group') continue;
    if (!cur || perGroup) {
      cur = { digits: '', positions: [], bounds: new Set([0]) };
      out.push(cur);
    }
    cur.bounds.add(cur.digits.length);
    for (let k = t.start; k < t.end; k++) {
      const ch = t.text[k - t.start] ?? '';
      if (/\d/u.test(ch)) {
        cur.digits += ch;
        cur.positions.push(k);
      }
    }
    cur.bounds.add(cur.digits.length);
  }
  return out;
}

/**
 * libphonenumber's reading of each number, kept: an office's numbers recur in every standard and act that
 * lists it, and the area-code completion parses the rows' phones again (some 5,000 look-ups of ~900 numbers).
 */
const validated = new Map<string, string | null>();

function e164(national: string): string | null {
  if (national.length !== 10) return null;
  let number = validated.get(national);
  if (number === undefined) {
    const parsed = parsePhoneNumberFromString(`+7${national}`, 'KZ');
    number = parsed?.isValid() ? parsed.number : null;
    validated.set(national, number);
  }
  return number;
}

/** Parses one phone cell. `inherited` is the area code the row named in an earlier cell. */
export function parsePhones(text: string, at: At, inherited: string | null = null): PhoneParse {
  const phones: Phone[] = [];
  const diagnostics: Diagnostic[] = [];
  let areaCode = inherited;
  const warn = (severity: Diagnostic['severity'], code: string, message: string) =>
    diagnostics.push(diagnostic(severity, code, message, at));

  for (const segment of splitPhoneSegments(rejoinSpaced(text).replace(/\n/gu, ' '))) {
    const note = segmentNote(segment);
    const spaced = joinSpacedNumber(segment.tokens, segment.text);
    if (spaced.joined) warn('info', 'phone-spaced-digits-joined', `«${tidy(segment.text)}» read as one number`);
    const head = readCode(spaced.tokens);
    const headStart = segment.tokens[0]?.start ?? 0;
    const emit = (number: string | null, raw: string) => phones.push({ number, raw, type: segment.type, note });
    let code = head.code ?? areaCode;
    if (head.code !== null && !VALID_CODE.test(head.code)) {
      warn(
        'warning',
        'phone-area-code',
        `area code «${head.code}» is not a Kazakh code (3-5 digits from 7): «${tidy(segment.text)}»`,
      );
      code = null;
    } else if (head.code !== null) areaCode = head.code;
    // `872839 872839 21349` (001): the trunk and code typed twice.
    const repeated = head.rest[0];
    if (repeated?.kind === 'group' && repeated.text === segment.tokens[0]?.text && head.code !== null) {
      warn('info', 'phone-code-repeated', `area code written twice in «${tidy(segment.text)}»`);
      head.rest.shift();
    }
    if (head.full) {
      const national = head.full.replace(/\D/gu, '').slice(1);
      emit(e164(national), head.full);
    }
    const list = streams(head.rest, code === null && head.full === null);
    let first = head.full === null;
    for (const stream of list) {
      const fromFull = head.full ? head.full.replace(/\D/gu, '').slice(1, 11 - stream.digits.length) : null;
      const streamCode = code ?? (fromFull && VALID_CODE.test(fromFull) ? fromFull : null);
      const rawOf = (a: number, b: number) =>
        segment.text.slice(first ? headStart : (stream.positions[a] ?? 0), (stream.positions[b - 1] ?? 0) + 1).trim();
      if (streamCode === null) {
        emit(null, rawOf(0, stream.digits.length));
        if (head.code === null) {
          warn('info', 'phone-no-area-code', `«${rawOf(0, stream.digits.length)}» is written without an area code`);
        }
        first = false;
        continue;
      }
      const size = 10 - streamCode.length;
      let i = 0;
      while (i < stream.digits.length) {
        const left = stream.digits.length - i;
        const aligned = left >= size && stream.bounds.has(i + size);
        if (!aligned && left % size !== 0) {
          const raw = rawOf(i, stream.digits.length);
          emit(null, raw);
          warn(
            'warning',
            'phone-digits',
            `«${raw}» does not split into ${size}-digit numbers after code ${streamCode}`,
          );
          break;
        }
        if (!aligned) {
          warn(
            'info',
            'phone-split-inside-group',
            `«${tidy(segment.text)}» read as ${size}-digit numbers across its groups`,
          );
        }
        const raw = rawOf(i, i + size);
        const number = e164(streamCode + stream.digits.slice(i, i + size));
        if (!number)
          warn(
            'warning',
            'phone-invalid',
            `+7 ${streamCode} ${stream.digits.slice(i, i + size)} is not a valid number`,
          );
        emit(number, raw);
        first = false;
        i += size;
      }
    }
  }
  return { phones, areaCode, diagnostics };
}

/** The words of a segment (`қабылдау бөлмесi`) are its note. */
function segmentNote(segment: PhoneSegment): string | null {
  const words = segment.tokens.filter((t) => t.kind === 'word').map((t) => t.text);
  return words.length > 0 ? tidy(words.join(' ')) : null;
}
