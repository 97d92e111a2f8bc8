/**
 * An act's text cut into parts, each a page of its own, so that a source link opens a page of a few
 * dozen kilobytes at its line rather than the whole act (002 runs to 15,000 lines, 315 KB gzipped):
 * the head (title, status, approval), each service document the act approves, and each appendix of it,
 * as the ingest segmented them. A part whose text is still heavy (an appendix listing every rural akim
 * of a region) is cut again at line boundaries, into pieces of at most `maxBytes` of text.
 * Pure: the lines and where the parts start in, the parts out.
 */

/** Where a part of the act starts, as the ingest found it. */
export interface PartStart {
  line: number;
  kind: 'head' | 'document' | 'appendix';
  /** The service document's ordinal in the act (1, 2 ...); for an appendix, its document's. */
  document?: number;
  /** The appendix's number within its document. */
  appendix?: number;
  /** The document's or the appendix's title as written (Kazakh), when it has one. */
  title?: string;
}

export interface ActPart {
  /** The part's path segment under the act page: `head`, `d3`, `d3-a2`, `d3-a2-2` (a heavy part's 2nd piece). */
  slug: string;
  kind: PartStart['kind'];
  document?: number;
  appendix?: number;
  title?: string;
  /** First and last source line, inclusive. */
  first: number;
  last: number;
  /** 1 for a whole part or the first piece of a heavy one, 2 ... for the pieces after it. */
  piece: number;
}

/**
 * About 60 KB gzipped once laid out (the line markup, the page around it): the act pages measured 315 KB
 * gzipped for 648 KB of text, and the target is at most 100 KB a page.
 */
export const MAX_PART_BYTES = 120_000;

function baseSlug(start: PartStart): string {
  if (start.kind === 'head') return 'head';
  if (start.kind === 'document') return `d${start.document}`;
  return `d${start.document}-a${start.appendix}`;
}

/**
 * Parts of an act of `lines` text lines (line i at index i - 1). Starts before line 1 or past the end,
 * and a second start on a line already taken, are ignored; the text before the first start is the head.
 */
export function splitAct(lines: readonly string[], starts: readonly PartStart[], maxBytes = MAX_PART_BYTES): ActPart[] {
  const byLine = new Map<number, PartStart>();
  for (const s of [...starts].sort((a, b) => a.line - b.line)) {
    if (s.line >= 1 && s.line <= lines.length && !byLine.has(s.line)) byLine.set(s.line, s);
  }
  if (!byLine.has(1)) byLine.set(1, { line: 1, kind: 'head' });
  const ordered = [...byLine.values()].sort((a, b) => a.line - b.line);
  const parts: ActPart[] = [];
  for (const [i, start] of ordered.entries()) {
    const end = (ordered[i + 1]?.line ?? lines.length + 1) - 1;
    const slug = baseSlug(start);
    const facts = {
      kind: start.kind,
      ...(start.document === undefined ? {} : { document: start.document }),
      ...(start.appendix === undefined ? {} : { appendix: start.appendix }),
      ...(start.title === undefined ? {} : { title: start.title }),
    };
    let first = start.line;
    let bytes = 0;
    let piece = 1;
    for (let line = start.line; line <= end; line++) {
      const size = Buffer.byteLength(lines[line - 1] ?? '') + 1;
      if (bytes > 0 && bytes + size > maxBytes) {
        parts.push({ slug: piece === 1 ? slug : `${slug}-${piece}`, ...facts, first, last: line - 1, piece });
        piece += 1;
        first = line;
        bytes = 0;
      }
      bytes += size;
    }
    parts.push({ slug: piece === 1 ? slug : `${slug}-${piece}`, ...facts, first, last: end, piece });
  }
  return parts;
}

/** The part that holds `line`, or null when the line is outside the text. */
export function partOfLine(parts: readonly ActPart[], line: number): ActPart | null {
  return parts.find((p) => p.first <= line && line <= p.last) ?? null;
}
