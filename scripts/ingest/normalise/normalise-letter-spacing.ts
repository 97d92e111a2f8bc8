import type { LineNote, LineRule } from './line-rule.ts';

/*
 * PDF extraction letter-spaces whole lines of 001, 003 and 004: single spaces between letters, a double space
 * between words: `А қ с у  а у д а н ы ,` -> `Ақсу ауданы,`, `1 8 - 0 0` -> `18-00`. Runs are merged per
 * double-space segment, and only on lines where single characters dominate, so ordinary text (`2 А beskar_c@`,
 * `№ 1 ХҚО`, displaced `көрсетілген 1 2`) is left alone. Word gaps stay double for the later rules.
 */

const GAP = /( {2,})/u;
const LETTER = /\p{L}/u;
const DIGIT_ROW = /^\d(?: \d)+$/u;
// Inside a merged run: `аудан,кент` -> `аудан, кент`; `ул.Ленина` -> `ул. Ленина`, `С.М.Мұқановқа` -> `С.М. Мұқановқа`.
const COMMA_THEN_WORD = /([,;])(?=[\p{L}\d])/gu;
const COLON_THEN_WORD = /(:)(?=\p{L})/gu;
const DOT_THEN_NAME = /(\.)(?=\p{Lu}\p{Ll})/gu;

const isSingle = (t: string): boolean => [...t].length === 1;

function isLetterSpaced(tokens: readonly string[]): boolean {
  const singles = tokens.filter(isSingle);
  const singleLetters = singles.filter((t) => LETTER.test(t)).length;
  if (singleLetters >= 3 && singles.length / tokens.length >= 0.6) return true;
  // `1 8 - 0 0`, `1 2 . 1 .`: all single characters, not only digits (digit rows are decided apart).
  return tokens.length >= 3 && singles.length === tokens.length;
}

// `№` and `N` before a number head a reference, never a spelled-out word: `№  3 4 9`, `N  1 2 0`.
function breaksRun(token: string, next: string | undefined): boolean {
  return token === '№' || (token === 'N' && next !== undefined && /^\d/u.test(next));
}

function tidyMerged(run: string): string {
  return run.replace(COMMA_THEN_WORD, '$1 ').replace(COLON_THEN_WORD, '$1 ').replace(DOT_THEN_NAME, '$1 ');
}

function mergeSegment(segment: string): string {
  const tokens = segment.split(' ');
  const out: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length >= 2) out.push(tidyMerged(run.join('')));
    else out.push(...run);
    run = [];
  };
  tokens.forEach((token, i) => {
    if (isSingle(token) && !breaksRun(token, tokens[i + 1])) run.push(token);
    else {
      flush();
      out.push(token);
    }
  });
  flush();
  return out.join(' ');
}

/*
 * A line of single digits is ambiguous: `1 2 3 4 5` numbers table columns, `1 0 1` is three quality-indicator
 * cells, `2 1 5` a letter-spaced house number, `3 4 2 8 7 9` a phone. Ascending runs are column numbers; four
 * or more other digits are a phone number and are joined; shorter rows are kept and reported.
 */
function repairDigitRow(body: string, notes: LineNote[]): string {
  const digits = body.split(' ').map(Number);
  const ascending = digits.every((d, i) => i === 0 || d === (digits[i - 1] ?? 0) + 1);
  if (ascending) return body;
  if (digits.length >= 4) {
    notes.push({ code: 'letter-spaced-digits-joined', message: `joined «${body}» as one number` });
    return digits.join('');
  }
  notes.push({ code: 'letter-spaced-digits-kept', message: `kept «${body}» apart: a number or separate cells` });
  return body;
}

/** Rejoins a letter-spaced line body; word gaps (double spaces) are kept for the later rules. */
export function rejoinLetterSpacing(body: string, notes: LineNote[] = []): string {
  if (DIGIT_ROW.test(body)) return repairDigitRow(body, notes);
  const tokens = body.split(/ +/u).filter(Boolean);
  if (!isLetterSpaced(tokens)) return body;
  return body
    .split(GAP)
    .map((part) => (GAP.test(part) ? part : mergeSegment(part)))
    .join('');
}

export const normaliseLetterSpacing: LineRule = { name: 'letter-spacing', apply: rejoinLetterSpacing };
