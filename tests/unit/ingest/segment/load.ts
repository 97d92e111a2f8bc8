/** Loads fixtures and whole sources, normalised by the real normaliser, for the segmenter tests. */
import { readFileSync } from 'node:fs';
import { normaliseSource } from '../../../../scripts/ingest/normalise/index.ts';
import { segmentSource } from '../../../../scripts/ingest/segment/segment-source.ts';
import type { NormalisedSource, SegmentedSource } from '../../../../scripts/ingest/types.ts';
import { sourceFile } from '../../../helpers/source-files.ts';

export const FILES = {
  '000': sourceFile('000'),
  '001': sourceFile('001'),
  '002': sourceFile('002'),
  '003': sourceFile('003'),
  '004': sourceFile('004'),
} as const;
export type ActKey = keyof typeof FILES;

const root = new URL('../../../../', import.meta.url);

export function readFixture(path: string): string {
  return readFileSync(new URL(`tests/fixtures/${path}`, root), 'utf8');
}

export function readSource(act: ActKey): string {
  return readFileSync(new URL(`content/sources/${FILES[act]}`, root), 'utf8');
}

export function normalise(act: ActKey, text: string): NormalisedSource {
  return normaliseSource({ file: FILES[act], text });
}

const cache = new Map<string, SegmentedSource>();
/** The whole source, segmented once per test file. */
export function segmentedSource(act: ActKey): SegmentedSource {
  const hit = cache.get(act);
  if (hit) return hit;
  const segmented = segmentSource(normalise(act, readSource(act)));
  cache.set(act, segmented);
  return segmented;
}

/** Folds the Latin `i` the authors type for `і`, so names compare whichever normaliser rules ran. */
export function foldI(text: string): string {
  return text.replace(/i/g, 'і');
}
