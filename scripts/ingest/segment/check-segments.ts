/**
 * Consistency checks on a segmented act. They never change the segments: they report what looks
 * damaged (a file cut short, a document pasted twice, two clauses numbered alike) so nothing is lost
 * silently.
 */
import { diagnostic } from '../diagnostics.ts';
import type { ActSegment, ClauseSegment, Diagnostic, DocumentSegment, SourceLine } from '../types.ts';
import { isBlank, squash } from './line-keys.ts';
import { APPROVAL_CLAUSE, LISTED_ITEM } from './segment-dictionary.ts';

/**
 * The authors sometimes numbered two clauses alike (001 doc 7: two clauses 11) or skipped a number (002
 * doc 7: 14, then 16). Both clauses are kept; the second of a pair and the skip are reported.
 */
export function checkClauseNumbers(file: string, ordinal: number, clauses: readonly ClauseSegment[]): Diagnostic[] {
  const seen = new Map<string, ClauseSegment>();
  const out: Diagnostic[] = [];
  let previousTop = 0;
  for (const clause of clauses) {
    if (clause.number === null) continue;
    const at = { file, line: clause.span.line };
    const first = seen.get(clause.number);
    if (first) {
      const message = `document ${ordinal}: clause ${clause.number} is numbered like the clause at line ${first.span.line}; both kept`;
      out.push(diagnostic('warning', 'duplicate-clause-number', message, at));
    } else seen.set(clause.number, clause);
    if (clause.number.includes('.')) continue;
    const top = Number(clause.number);
    if (top > previousTop + 1) {
      const message = `document ${ordinal}: clause ${top} follows clause ${previousTop}; ${previousTop + 1} is missing`;
      out.push(diagnostic('info', 'clause-number-gap', message, at));
    }
    previousTop = Math.max(previousTop, top);
  }
  return out;
}

export function checkDocuments(
  file: string,
  lines: readonly SourceLine[],
  act: ActSegment,
  documents: readonly DocumentSegment[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byName = new Map<string, DocumentSegment>();
  for (const doc of documents) {
    const at = { file, line: doc.span.line };
    const key = `${doc.docType}:${squash(doc.name)}`;
    const twin = byName.get(key);
    // A standard pasted twice (004's text 129 times once made 128 phantom services): an error, and the
    // repeat is not read (repeatedDocuments), so no copy becomes a service or an office.
    if (twin && doc.name !== '') {
      out.push(
        diagnostic(
          'error',
          'duplicate-document',
          `document ${doc.ordinal} repeats document ${twin.ordinal} «${doc.name}» (line ${twin.span.line}); the repeat is not read`,
          at,
        ),
      );
    } else byName.set(key, doc);
    if (doc.clauses.length === 0) {
      out.push(diagnostic('warning', 'document-empty', `document ${doc.ordinal} has no numbered clause`, at));
    }
    out.push(...checkAppendixNumbers(file, doc));
  }
  out.push(...checkTruncation(file, lines, act, documents));
  return out;
}

/**
 * Appendices are numbered 1, 2, 3… in every document. A gap means a heading was lost, and the lost
 * appendix's rows were read on as the table before it (a deleted `3-қосымша` in 001 once published 19
 * service centres as rural akims); a repeat means a table pasted twice. Both are errors, reported once
 * per document at the first appendix out of step.
 */
function checkAppendixNumbers(file: string, doc: DocumentSegment): Diagnostic[] {
  const k = doc.appendices.findIndex((appendix, i) => appendix.number !== i + 1);
  const appendix = doc.appendices[k];
  if (!appendix) return [];
  const repeated = doc.appendices.slice(0, k).some((a) => a.number === appendix.number);
  const previous = doc.appendices[k - 1];
  const after = previous ? `after appendix ${previous.number} (line ${previous.span.line})` : 'first';
  const message = repeated
    ? `document ${doc.ordinal}: appendix ${appendix.number} comes again ${after}: a table repeated`
    : `document ${doc.ordinal}: appendix ${appendix.number} comes ${after}; appendix ${k + 1} is missing (its heading lost?), so its rows may have been read as the table before it`;
  return [
    diagnostic('error', repeated ? 'duplicate-appendix-number' : 'appendix-numbering-gap', message, {
      file,
      line: appendix.span.line,
    }),
  ];
}

/** Documents that repeat an earlier one of the same file (same type and service name): not read. */
export function repeatedDocuments(documents: readonly DocumentSegment[]): Set<DocumentSegment> {
  const seen = new Set<string>();
  const repeats = new Set<DocumentSegment>();
  for (const doc of documents) {
    const key = `${doc.docType}:${squash(doc.name)}`;
    if (doc.name !== '' && seen.has(key)) repeats.add(doc);
    seen.add(key);
  }
  return repeats;
}

/**
 * A file cut short loses its last documents or appendices. Evidence: fewer documents than the head
 * lists, a last document whose body cites an appendix that never comes, or a last line without its
 * line break (every source ends with one).
 */
function checkTruncation(
  file: string,
  lines: readonly SourceLine[],
  act: ActSegment,
  documents: readonly DocumentSegment[],
): Diagnostic[] {
  const reasons: string[] = [];
  const listed = countListedDocuments(act.lines);
  if (listed !== null && documents.length < listed) {
    reasons.push(`the head lists ${listed} documents, ${documents.length} found`);
  }
  const last = documents.at(-1);
  const cited = last ? highestCitedAppendix(last.lines) : 0;
  const found = last?.appendices.at(-1)?.number ?? 0;
  if (last && cited > found)
    reasons.push(`document ${last.ordinal} cites appendix ${cited}, the last found is ${found}`);
  const tail = lines.at(-1);
  if (tail && !isBlank(tail)) reasons.push('the last line has no line break');
  if (reasons.length === 0) return [];
  const lastLine = [...lines].reverse().find((l) => !isBlank(l))?.line ?? null;
  return [
    diagnostic('error', 'source-truncated', `${file} looks cut short at line ${lastLine}: ${reasons.join('; ')}`, {
      file,
      line: lastLine,
    }),
  ];
}

/**
 * How many documents the act approves: the `1) ...` items under its `... бекітілсін:` clause (001: 7,
 * 002: 13, 003: 2), or one for a single `... стандарты бекітілсін.` (004). Null when the head says
 * nothing (000).
 */
export function countListedDocuments(head: readonly SourceLine[]): number | null {
  const at = head.findIndex((l) => APPROVAL_CLAUSE.test(squash(l.text)));
  if (at < 0) return null;
  let items = 0;
  for (const line of head.slice(at + 1)) {
    if (/^[ \u00a0]+\d+\s?\.\s/u.test(line.text)) break;
    if (LISTED_ITEM.test(line.text)) items += 1;
  }
  if (items > 0) return items;
  return /(?:стандарты|регламенті)бекітілсін/u.test(squash(head[at]?.text ?? '')) ? 1 : null;
}

/** The highest appendix number a body cites: `1-қосымшада`, `N 1 қосымшасына`, `1 және 3-қосымшаларда`. */
function highestCitedAppendix(body: readonly SourceLine[]): number {
  let highest = 0;
  for (const line of body) {
    for (const m of squash(line.text).matchAll(/(\d{1,2})-?қосымша/gu)) highest = Math.max(highest, Number(m[1]));
  }
  return highest;
}
