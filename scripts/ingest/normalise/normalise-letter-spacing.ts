import type { LineRule } from './line-rule.ts';
import { isDigitRow } from './normalise-digit-rows.ts';

/*
 * PDF extraction letter-spaces whole lines of 001, 003 and 004: single spaces between letters, a double space
 * between words: `А қ с у  а у д а н ы ,` -> `Ақсу ауданы,`, `1 8 - 0 0` -> `18-00`. Runs are merged per
 * double-space segment, and only on lines where single characters dominate, so ordinary text (`2 А beskar_c@`,
 * `№ 1 ХҚО`, displaced `көрсетілген 1 2`) is left alone. Word gaps stay double for the later rules.
 */

const GAP = /( {2,})/u;
/** Two single-character tokens side by side: without them there is no run to merge (most lines). */
const ADJACENT_SINGLES = /(?:^|\s)\S \S(?:\s|$)/u;
const LETTER = /\p{L}/u;
const DIGIT = /^\d$/u;
const CYRILLIC = /^\p{Script=Cyrillic}$/u;
const DIGIT_AFTER = /^\d/u;
// Inside a merged run: `аудан,кент` -> `аудан, кент`; `ул.Ленина` -> `ул. Ленина`, `С.М.Мұқановқа` -> `С.М. Мұқановқа`.
const COMMA_THEN_WORD = /([,;])(?=[\p{L}\d])/gu;
const COLON_THEN_WORD = /(:)(?=\p{L})/gu;
const DOT_THEN_NAME = /(\.)(?=\p{Lu}\p{Ll})/gu;
const MERGED_PUNCTUATION = /[,;:.]/u;

const isSingle = (t: string): boolean => t.length === 1 || (t.length === 2 && [...t].length === 1);
const isDigit = (t: string | undefined): boolean => t !== undefined && DIGIT.test(t);
const isCyrillic = (t: string | undefined): boolean => t !== undefined && CYRILLIC.test(t);

function isLetterSpaced(body: string): boolean {
  let tokens = 0;
  let singles = 0;
  let singleLetters = 0;
  for (const t of body.split(' ')) {
    if (t === '') continue;
    tokens += 1;
    if (!isSingle(t)) continue;
    singles += 1;
    if (LETTER.test(t)) singleLetters += 1;
  }
  if (singleLetters >= 3 && singles / tokens >= 0.6) return true;
  // `1 8 - 0 0`, `1 2 . 1 .`: all single characters, not only digits (digit rows are decided apart).
  return tokens >= 3 && singles === tokens;
}

// `№` and `N` before a number head a reference, never a spelled-out word: `№  3 4 9`, `N  1 2 0`.
function breaksRun(token: string, next: string | undefined): boolean {
  return token === '№' || (token === 'N' && next !== undefined && DIGIT_AFTER.test(next));
}

// `9 Қ а р а с у` (001:4057) is row 9, then a name: `9 Қарасу`, never `9Қарасу`; the same for a word then a
// number. A single letter after the digits is a house-number letter and stays on: `5 0 а` -> `50а` (001:5103),
// as 000 and 002 write `31а`.
function numberMeetsWord(run: readonly string[], i: number): boolean {
  const prev = run[i - 1];
  const token = run[i];
  if (isDigit(prev)) return isCyrillic(token) && isCyrillic(run[i + 1]);
  return isDigit(token) && isCyrillic(prev) && isCyrillic(run[i - 2]);
}

function joinRun(run: readonly string[]): string {
  let out = run[0] ?? '';
  for (let i = 1; i < run.length; i++) out += (numberMeetsWord(run, i) ? ' ' : '') + (run[i] ?? '');
  if (!MERGED_PUNCTUATION.test(out)) return out;
  return out.replace(COMMA_THEN_WORD, '$1 ').replace(COLON_THEN_WORD, '$1 ').replace(DOT_THEN_NAME, '$1 ');
}

function mergeSegment(segment: string): string {
  const tokens = segment.split(' ');
  const out: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length >= 2) out.push(joinRun(run));
    else if (run.length === 1) out.push(run[0] ?? '');
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    if (isSingle(token) && !breaksRun(token, tokens[i + 1])) run.push(token);
    else {
      flush();
      out.push(token);
    }
  }
  flush();
  return out.join(' ');
}

/** Rejoins a letter-spaced line body; word gaps (double spaces) are kept for the later rules. */
export function rejoinLetterSpacing(body: string): string {
  if (!ADJACENT_SINGLES.test(body) || isDigitRow(body) || !isLetterSpaced(body)) return body;
  return body
    .split(GAP)
    .map((part, i) => (i % 2 === 1 ? part : mergeSegment(part)))
    .join('');
}

export const normaliseLetterSpacing: LineRule = { name: 'letter-spacing', apply: rejoinLetterSpacing };
