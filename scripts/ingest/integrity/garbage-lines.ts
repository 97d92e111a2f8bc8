/**
 * Lines that are no text of an act (issue 19): five lines of `}}}{{{`, `@@@@`, `;;;|||` pasted into a
 * table were read into cells or clauses and built green. A line with no Cyrillic letter that holds a
 * character the acts never print (`{ } | ~ ^ \` $ \ #`) or one symbol three times running (form blanks of
 * `___`, `---` and `...` aside) is reported, one error per run of such lines. None of today's sources has
 * one.
 */
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic, SourceLine } from '../types.ts';

const GARBAGE = /[{}|~^`$\\#]|([^\p{L}\p{N}\s_.\-…])\1\1/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

export const isGarbageLine = (text: string): boolean => !CYRILLIC.test(text) && GARBAGE.test(text);

export function checkGarbageLines(file: string, lines: readonly SourceLine[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  let run: SourceLine[] = [];
  const flush = () => {
    const first = run[0];
    if (first) {
      const message = `${run.length} line(s) from this one are no act text («${first.raw.trim().slice(0, 40)}»): damage or a paste?`;
      out.push(diagnostic('error', 'garbage-lines', message, { file, line: first.line }));
    }
    run = [];
  };
  for (const line of lines) {
    if (isGarbageLine(line.raw)) run.push(line);
    else if (line.raw.trim() !== '') flush();
  }
  flush();
  return out;
}
