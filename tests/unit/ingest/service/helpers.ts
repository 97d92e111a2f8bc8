/**
 * Test helpers: build ClauseSegments and DocumentSegments from real source lines, normalised by the real
 * normaliser, without depending on the segmenter (written concurrently). The cuts are naive on purpose:
 * a clause starts at an indented `N.` line, a section at an unindented `N. Heading` line.
 */
import { readFileSync } from 'node:fs';
import { normaliseSource } from '../../../../scripts/ingest/normalise/index.ts';
import { segmentClauses } from '../../../../scripts/ingest/segment/segment-clauses.ts';
import type {
  AppendixSegment,
  ClauseSegment,
  DocType,
  DocumentSegment,
  SourceLine,
} from '../../../../scripts/ingest/types.ts';

const root = new URL('../../../../', import.meta.url);
const cache = new Map<string, SourceLine[]>();

/** All normalised lines of a source file in content/sources. */
export function sourceLines(file: string): SourceLine[] {
  const hit = cache.get(file);
  if (hit) return hit;
  const text = readFileSync(new URL(`content/sources/${file}`, root), 'utf8');
  const lines = normaliseSource({ file, text }).lines;
  cache.set(file, lines);
  return lines;
}

/** A fixture cut from a source, renumbered from `firstLine` (its line in the source). */
export function fixtureLines(path: string, firstLine: number): SourceLine[] {
  const text = readFileSync(new URL(`tests/fixtures/service/${path}`, root), 'utf8');
  return normaliseSource({ file: path, text }).lines.map((l, i) => ({ ...l, line: firstLine + i }));
}

const CLAUSE_START = /^\s+(\d+)\s*\.(?!\d)\s*\S/u;
const SECTION_HEAD = /^\d+\.\s+\p{Lu}/u;

export function clausesFrom(lines: SourceLine[], file: string): ClauseSegment[] {
  const out: ClauseSegment[] = [];
  let section: string | null = null;
  for (const line of lines) {
    if (SECTION_HEAD.test(line.raw)) {
      section = line.text.trim();
      continue;
    }
    const m = CLAUSE_START.exec(line.raw);
    if (m) {
      out.push({
        number: m[1] ?? null,
        section,
        lines: [line],
        text: '',
        span: { file, line: line.line, endLine: line.line },
      });
    } else {
      const current = out.at(-1);
      if (!current) continue;
      current.lines.push(line);
      current.span.endLine = line.line;
    }
  }
  for (const c of out) {
    c.text = c.lines
      .map((l) => l.text.trim())
      .filter(Boolean)
      .join(' ');
  }
  return out;
}

export interface DocSpec {
  file: string;
  ordinal: number;
  docType: DocType;
  name: string;
  /** First line of the document (its title). */
  start: number;
  /** Last line of the document. */
  end: number;
  /** Lines of the `N-қосымша` headings, in order. */
  appendices: number[];
}

const APPENDIX_NUMBER = /(\d+)\s*-?\s*қосымша/u;

/** Where an appendix heading block starts: the quoted service name above `стандартына 4-қосымша`. */
function headingStart(lines: SourceLine[], at: number): number {
  const head = lines[at - 1];
  if (!head || /^Стандарттың/u.test(head.text.trim())) return at;
  for (let i = at - 1; i >= Math.max(1, at - 12); i--) {
    const t = lines[i - 1]?.text.trim() ?? '';
    if (/^["«]/u.test(t)) return i;
  }
  return at;
}

export function documentFrom(spec: DocSpec): DocumentSegment {
  const all = sourceLines(spec.file);
  const starts = spec.appendices.map((a) => headingStart(all, a));
  const bodyEnd = (starts[0] ?? spec.end + 1) - 1;
  const body = all.slice(spec.start - 1, bodyEnd);
  const appendices: AppendixSegment[] = spec.appendices.map((a, i) => {
    const until = (starts[i + 1] ?? spec.end + 1) - 1;
    const rest = all.slice(a, until);
    const titleIndex = rest.findIndex((l) => l.text.trim() !== '');
    const number = Number(APPENDIX_NUMBER.exec(all[a - 1]?.text ?? '')?.[1] ?? i + 1);
    return {
      file: spec.file,
      documentOrdinal: spec.ordinal,
      number,
      title: rest[titleIndex]?.text.trim() ?? '',
      lines: rest.slice(titleIndex + 1),
      span: { file: spec.file, line: starts[i] ?? a, endLine: until },
    };
  });
  return {
    file: spec.file,
    ordinal: spec.ordinal,
    docType: spec.docType,
    name: spec.name,
    lines: body,
    clauses: segmentClauses(body, spec.file, initialSection(body)),
    appendices,
    span: { file: spec.file, line: spec.start, endLine: spec.end },
  };
}

/** Clauses of a fixture cut from `file` at `firstLine`, provenance in the source's numbering, cut by the segmenter. */
export function fixtureClauses(path: string, file: string, firstLine: number): ClauseSegment[] {
  return segmentClauses(fixtureLines(path, firstLine), file);
}

/** 003 prints its first heading on the title line: `... тағайындау 1. Жалпы ережелер`. */
function initialSection(body: SourceLine[]): string | null {
  const title = body.find((l) => l.text.trim() !== '')?.text ?? '';
  return /(\d+\.\s+\p{Lu}[^.]*)$/u.exec(title.trim())?.[1] ?? null;
}

/** An appendix from a fixture that starts at its title line. */
export function fixtureAppendix(path: string, file: string, firstLine: number, number: number): AppendixSegment {
  const lines = fixtureLines(path, firstLine);
  const titleIndex = lines.findIndex((l) => l.text.trim() !== '');
  const last = lines.at(-1)?.line ?? firstLine;
  return {
    file,
    documentOrdinal: 1,
    number,
    title: lines[titleIndex]?.text.trim() ?? '',
    lines: lines.slice(titleIndex + 1),
    span: { file, line: firstLine, endLine: last },
  };
}
