/**
 * The `Ескерту.` notes an act carries anywhere in its text: repeal notes under the head and amendment
 * notes inside the documents (003 line 65: `Ескерту. 7-тармақтың 1) тармақшасына өзгерту енгізілді -
 * Жамбыл облысы` / `әкімиятының 2008.09.25 Қаулысымен.N 305`). Each is kept as written with its line.
 */
import type { Act } from '../../../src/schemas/act.ts';
import type { SourceLine } from '../types.ts';
import { readActRef } from './parse-act-ref.ts';

type Amendment = Act['amendments'][number];
type Flag = Act['flags'][number];

const NOTE_START = /^\s*Ескерту\s*\./u;
/** A note wraps onto margin lines (the next clause is indented); three lines at most. */
const MAX_NOTE_LINES = 3;

export function parseAmendments(
  lines: readonly SourceLine[],
  file: string,
): { amendments: Amendment[]; flags: Flag[] } {
  const amendments: Amendment[] = [];
  const flags: Flag[] = [];
  lines.forEach((line, i) => {
    if (!NOTE_START.test(line.text)) return;
    const noteLines = [line];
    for (let j = i + 1; j < lines.length && noteLines.length < MAX_NOTE_LINES; j++) {
      const next = lines[j];
      if (!next || next.text.trim() === '' || /^\s/u.test(next.text) || NOTE_START.test(next.text)) break;
      noteLines.push(next);
    }
    const text = noteLines
      .map((l) => l.text.trim())
      .join(' ')
      .replace(/\s+/gu, ' ');
    const ref = readActRef(text);
    const by = ref.issuer || ref.date || ref.number ? pick(ref) : null;
    const twin = amendments.find((a) => a.text === text);
    if (twin) {
      flags.push({
        code: 'amendment-note-repeated',
        message: `the note at line ${line.line} repeats the note at line ${twin.sources[0]?.line}`,
        sources: [{ file, line: line.line }],
      });
    }
    amendments.push({ text, by, sources: [{ file, line: line.line }] });
  });
  return { amendments, flags };
}

function pick(ref: ReturnType<typeof readActRef>): Amendment['by'] {
  const by: NonNullable<Amendment['by']> = {};
  if (ref.issuer) by.issuer = ref.issuer;
  if (ref.date) by.date = ref.date;
  if (ref.number) by.number = ref.number;
  return by;
}
