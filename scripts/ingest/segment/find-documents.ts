/**
 * Finds where each service document starts: at its approval stamp, e.g. (001)
 *   `А л м а т ы  о б л ы с ы  ә к і м д і г і н і ң` / `2 0 1 2  ж ы л ғ ы  5  қ а р а ш а д а ғ ы  №  3 4 9` /
 *   `қаулысымен бекітілген`
 * or (002, double-spaced) `Қарағанды облысы әкімдігінің` / `` / `2008 жылғы 25 қарашадағы` / `` /
 * `N 32/08 қаулысымен` / `` / `БЕКІТІЛДІ`.
 */
import type { SourceLine } from '../types.ts';
import { isBlank, squash } from './line-keys.ts';
import { STAMP_APPROVED, STAMP_DECREE, STAMP_PART } from './segment-dictionary.ts';

export interface DocumentStart {
  /** Index (into the lines array) of the first stamp line. */
  stampStart: number;
  /** Index of the closing `бекітілген` / `БЕКІТІЛДІ` line. */
  approvedAt: number;
}

/** Stamps are at most five lines (000: `Қазақстан Республикасы` / `Үкiметiнiң` / date / number / closer). */
const MAX_STAMP_LINES = 5;

export function findDocumentStarts(lines: readonly SourceLine[]): DocumentStart[] {
  const starts: DocumentStart[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (isApprovalLine(lines, i)) starts.push({ stampStart: stampStart(lines, i), approvedAt: i });
  }
  return starts;
}

function isApprovalLine(lines: readonly SourceLine[], i: number): boolean {
  const key = squash(lines[i]?.text ?? '');
  if (!STAMP_APPROVED.test(key)) return false;
  // A bare `бекітілген` closes a stamp only under its `... қаулысымен` line (004 line 30); in a body
  // sentence it ends a wrap (004 line 55: `)  б е к і т і л г е н`, which has the bracket and fails).
  if (key !== 'бекітілген') return true;
  const previous = previousNonBlank(lines, i);
  return previous >= 0 && STAMP_DECREE.test(squash(lines[previous]?.text ?? ''));
}

/**
 * Walks back from the closer over blank lines and stamp parts. 002 sometimes lost the issuer and date
 * lines to the table above (`akimshet@mail.ru` / ` N 32/08 қаулысымен` / `БЕКІТІЛДІ`): the stamp then
 * starts where the parts stop.
 */
function stampStart(lines: readonly SourceLine[], approvedAt: number): number {
  let start = approvedAt;
  let taken = 0;
  for (let j = approvedAt - 1; j >= 0 && taken < MAX_STAMP_LINES - 1; j--) {
    const line = lines[j];
    if (!line) break;
    if (isBlank(line)) continue;
    const key = squash(line.text);
    if (!STAMP_PART.some((part) => part.test(key))) break;
    start = j;
    taken += 1;
  }
  return start;
}

function previousNonBlank(lines: readonly SourceLine[], i: number): number {
  for (let j = i - 1; j >= 0; j--) {
    const line = lines[j];
    if (line && !isBlank(line)) return j;
  }
  return -1;
}
