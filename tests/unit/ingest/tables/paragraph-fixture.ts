/**
 * Builds an AppendixSegment from a byte-identical excerpt in tests/fixtures/tables, run through the real
 * normaliser, with the source's own line numbers (the excerpt starts at `firstLine`).
 */
import { readFileSync } from 'node:fs';
import { normaliseSource } from '../../../../scripts/ingest/normalise/index.ts';
import type { AppendixSegment, SourceLine, TableContext } from '../../../../scripts/ingest/types.ts';
import { sourceFile } from '../../../helpers/source-files.ts';

export const FILE_003 = sourceFile('003');
export const FILE_004 = sourceFile('004');

export interface FixtureSpec {
  fixture: string;
  file: string;
  /** Source line of the excerpt's first line (the appendix heading). */
  firstLine: number;
  /** Source lines of the title; the table body follows it. */
  title: [number, number];
  number: number;
}

export const fixtures = {
  departments003a: {
    fixture: '003-departments-first-standard.txt',
    file: FILE_003,
    firstLine: 173,
    title: [175, 176],
    number: 1,
  },
  departments003b: {
    fixture: '003-departments-second-standard.txt',
    file: FILE_003,
    firstLine: 668,
    title: [670, 671],
    number: 1,
  },
  akimats003a: {
    fixture: '003-akimats-first-standard.txt',
    file: FILE_003,
    firstLine: 467,
    title: [469, 469],
    number: 3,
  },
  akimats003b: {
    fixture: '003-akimats-second-standard.txt',
    file: FILE_003,
    firstLine: 1031,
    title: [1033, 1033],
    number: 3,
  },
  departments004: { fixture: '004-departments.txt', file: FILE_004, firstLine: 266, title: [273, 274], number: 1 },
  quality003: { fixture: '003-quality-indicators.txt', file: FILE_003, firstLine: 940, title: [942, 942], number: 2 },
} satisfies Record<string, FixtureSpec>;

export function readFixture(name: string): string {
  return readFileSync(new URL(`../../../fixtures/tables/${name}`, import.meta.url), 'utf8');
}

export function fixtureLines(spec: FixtureSpec): SourceLine[] {
  const normalised = normaliseSource({ file: spec.file, text: readFixture(spec.fixture) });
  return normalised.lines.map((l) => ({ ...l, line: l.line + spec.firstLine - 1 }));
}

/** An appendix over source lines `from`..`to` of the fixture (defaults: the title's end to the excerpt's end). */
export function fixtureAppendix(spec: FixtureSpec, range: { from?: number; to?: number } = {}): AppendixSegment {
  const lines = fixtureLines(spec);
  const last = lines.filter((l) => l.raw !== '').at(-1)?.line ?? spec.firstLine;
  const from = range.from ?? spec.title[1] + 1;
  const to = range.to ?? last;
  const title = lines
    .filter((l) => l.line >= spec.title[0] && l.line <= spec.title[1])
    .map((l) => l.text.trim())
    .join(' ');
  return {
    file: spec.file,
    documentOrdinal: 1,
    number: spec.number,
    title,
    lines: lines.filter((l) => l.line >= from && l.line <= to),
    span: { file: spec.file, line: spec.firstLine, endLine: to },
  };
}

export function contextFor(appendix: AppendixSegment, region: string | null = null): TableContext {
  return { file: appendix.file, actId: 'test-act', versionId: 'test-act-1', appendix, region };
}

/** Whitespace-blind, case-blind text, for cells the normaliser is still learning to repair (`Б а у ы р ж а н`). */
export function loose(text: string | undefined | null): string {
  return (text ?? '').normalize('NFC').replace(/\s+/gu, '').toLowerCase();
}
