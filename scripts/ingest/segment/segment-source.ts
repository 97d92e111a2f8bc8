/**
 * Splits a normalised act into its head, its service documents (standards, regulations), their clauses
 * and their appendices. Pure; never throws: what it cannot place it reports.
 */
import { diagnostic } from '../diagnostics.ts';
import type {
  ActSegment,
  Diagnostic,
  DocumentSegment,
  NormalisedSource,
  SegmentedSource,
  SourceLine,
} from '../types.ts';
import { checkClauseNumbers, checkDocuments, repeatedDocuments } from './check-segments.ts';
import { findDocumentTitle } from './document-title.ts';
import { findDocumentStarts } from './find-documents.ts';
import { lastTextLine } from './line-keys.ts';
import { findAppendixHeadings, segmentAppendices } from './segment-appendices.ts';
import { segmentClauses } from './segment-clauses.ts';

export function segmentSource(source: NormalisedSource): SegmentedSource {
  const { file, lines } = source;
  const diagnostics: Diagnostic[] = [];
  const starts = findDocumentStarts(lines);
  const headEnd = starts[0]?.stampStart ?? lines.length;
  const act = headSegment(file, lines.slice(0, headEnd));
  if (starts.length === 0) {
    diagnostics.push(
      diagnostic('error', 'no-documents', 'no approval stamp (`... қаулысымен бекітілген`, `БЕКІТІЛДІ`) found', {
        file,
        line: null,
      }),
    );
  }
  const documents = starts.map((start, k) => {
    const end = starts[k + 1]?.stampStart ?? lines.length;
    return buildDocument(lines, start.stampStart, start.approvedAt, end, k + 1, file, diagnostics);
  });
  diagnostics.push(...checkDocuments(file, lines, act, documents));
  const repeats = repeatedDocuments(documents);
  return { file, act, documents: documents.filter((d) => !repeats.has(d)), diagnostics };
}

/** 000 has no head (it opens with the stamp): its span is empty, endLine = line - 1. */
function headSegment(file: string, lines: SourceLine[]): ActSegment {
  const first = lines[0]?.line ?? 1;
  const last = lines.at(-1)?.line ?? first - 1;
  return { file, lines, span: { file, line: first, endLine: last } };
}

function buildDocument(
  lines: readonly SourceLine[],
  stampStart: number,
  approvedAt: number,
  end: number,
  ordinal: number,
  file: string,
  diagnostics: Diagnostic[],
): DocumentSegment {
  const at = { file, line: lines[approvedAt]?.line ?? null };
  const title = findDocumentTitle(lines, approvedAt + 1, end);
  if (title.name === null) {
    diagnostics.push(
      diagnostic('warning', 'document-name-unread', `document ${ordinal}: no service name in its title`, at),
    );
  }
  if (title.docType === null) {
    diagnostics.push(
      diagnostic(
        'warning',
        'document-type-unread',
        `document ${ordinal}: title says neither стандарт nor регламент`,
        at,
      ),
    );
  }
  const headings = findAppendixHeadings(lines, title.to, end);
  const bodyEnd = headings[0]?.start ?? end;
  const body = lines.slice(title.to, bodyEnd);
  const clauses = segmentClauses(body, file, title.gluedSection);
  diagnostics.push(...checkClauseNumbers(file, ordinal, clauses));
  return {
    file,
    ordinal,
    docType: title.docType ?? 'standard',
    name: title.name ?? '',
    lines: lines.slice(title.from, bodyEnd),
    stamp: lines.slice(stampStart, approvedAt + 1),
    clauses,
    appendices: segmentAppendices(lines, headings, end, file, ordinal),
    span: { file, line: lines[stampStart]?.line ?? 1, endLine: lastTextLine(lines, stampStart, end) },
  };
}
