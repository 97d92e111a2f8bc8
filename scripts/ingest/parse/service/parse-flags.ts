import type { Flag } from '../../../../src/schemas/source.ts';
import type { ClauseSegment } from '../../types.ts';

/**
 * Numbering the authors got wrong, kept as written: two clauses numbered `11` (001's seventh regulation),
 * a number skipped (002's seventh standard goes from 14 to 16).
 */
export function numberingFlags(clauses: readonly ClauseSegment[], file: string): Flag[] {
  const flags: Flag[] = [];
  let previous: number | null = null;
  for (const clause of clauses) {
    if (clause.number === null || !/^\d+$/u.test(clause.number)) continue;
    const n = Number(clause.number);
    const at = [{ file, line: clause.span.line }];
    if (previous !== null && n === previous) {
      flags.push({ code: 'duplicate-clause-number', message: `two clauses are numbered ${n}`, sources: at });
    } else if (previous !== null && n > previous + 1) {
      flags.push({ code: 'clause-number-gap', message: `clause ${previous} is followed by clause ${n}`, sources: at });
    }
    previous = n;
  }
  return flags;
}
