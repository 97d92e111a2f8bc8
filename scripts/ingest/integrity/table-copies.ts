/**
 * An act that prints one table in every document (002 lists its 18 akims' receptions in 12 documents,
 * word for word) shows damage to one copy: lines deleted, shuffled, repeated or pasted into it leave it
 * unlike all the others, which agree. Such a copy is an error at its first line that differs (issue 19):
 * the unnumbered receptions rows once lost lines silently. A copy the others do not hold is only judged
 * when it keeps nine tenths of their lines (002's shorter 9-row table of document 11 is another table).
 */
import { diagnostic } from '../diagnostics.ts';
import type { AppendixSegment, Diagnostic, DocumentSegment, SourceLine } from '../types.ts';

const squash = (text: string) => text.replace(/\s+/gu, '');
const textLines = (a: AppendixSegment): SourceLine[] => a.lines.filter((l) => squash(l.text) !== '');

/** How many of `of`'s lines `copy` holds, as multisets. */
function held(copy: readonly string[], of: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const l of copy) counts.set(l, (counts.get(l) ?? 0) + 1);
  let n = 0;
  for (const l of of) {
    const left = counts.get(l) ?? 0;
    if (left > 0) {
      n += 1;
      counts.set(l, left - 1);
    }
  }
  return n;
}

export function checkTableCopies(file: string, documents: readonly DocumentSegment[]): Diagnostic[] {
  const byTitle = new Map<string, AppendixSegment[]>();
  for (const a of documents.flatMap((d) => d.appendices)) {
    const key = squash(a.title);
    if (key !== '') byTitle.set(key, [...(byTitle.get(key) ?? []), a]);
  }
  const out: Diagnostic[] = [];
  for (const copies of byTitle.values()) {
    if (copies.length < 3) continue;
    const texts = copies.map((a) => textLines(a).map((l) => squash(l.text)));
    const keys = texts.map((t) => t.join('\n'));
    const agreeing = new Map<string, number>();
    for (const k of keys) agreeing.set(k, (agreeing.get(k) ?? 0) + 1);
    if (agreeing.size !== 2) continue;
    // All copies but one agree: that one is judged against them.
    const [majority, odd] = [...agreeing].sort((a, b) => b[1] - a[1]);
    if (!majority || !odd || odd[1] !== 1 || majority[1] < 2) continue;
    const i = keys.indexOf(odd[0]);
    const copy = copies[i] as AppendixSegment;
    const own = texts[i] as string[];
    const theirs = texts[keys.indexOf(majority[0])] as string[];
    if (held(own, theirs) < theirs.length * 0.9) continue;
    const k = own.findIndex((l, j) => l !== theirs[j]);
    const at = textLines(copy)[k < 0 ? own.length - 1 : k]?.line ?? copy.span.line;
    const message =
      `document ${copy.documentOrdinal}: appendix ${copy.number} «${copy.title.slice(0, 50)}» differs from its ` +
      `${majority[1]} copies in the other documents from this line (${own.length} lines against ${theirs.length}): lines lost, moved or pasted?`;
    out.push(diagnostic('error', 'table-copy-differs', message, { file, line: at }));
  }
  return out;
}
