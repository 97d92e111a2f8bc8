/**
 * Row numbers as printed at a row's start, `17 "Щучье ауданының …` (004), read from the text itself: a
 * parser that only takes the next number as a row start reads a repeated block's `6 "…` as words of row
 * 17, so its own numbering check sees nothing (a 200-line block of 004 pasted again once built green).
 * The printed numbers must run 1, 2, 3… (a restart at 1 allowed); tables printing fewer than three such
 * lines are not judged.
 */
import { diagnostic } from '../diagnostics.ts';
import type { AppendixSegment, Diagnostic } from '../types.ts';

const ROW_START = /^(\d{1,3})\s+["«“]/u;

export function checkPrintedRowNumbers(appendixId: string, appendix: AppendixSegment): Diagnostic[] {
  const starts = appendix.lines.flatMap((l) => {
    const m = ROW_START.exec(l.raw);
    return m ? [{ n: Number(m[1]), line: l.line }] : [];
  });
  if (starts.length < 3) return [];
  const out: Diagnostic[] = [];
  let previous = 0;
  for (const { n, line } of starts) {
    if (n !== previous + 1 && n !== 1) {
      const what = n <= previous ? 'repeated or out of order' : `${previous + 1}-${n - 1} missing`;
      const message = `${appendixId}: row ${n} is printed after row ${previous}: rows ${what}`;
      out.push(
        diagnostic('error', n <= previous ? 'rows-out-of-order' : 'rows-missing', message, {
          file: appendix.file,
          line,
        }),
      );
    }
    previous = n;
  }
  return out.slice(0, 3);
}
