/** Loads fixtures and whole sources, normalised by the real normaliser, for the segmenter tests. */
import { readFileSync } from 'node:fs';
import { normaliseSource } from '../../../../scripts/ingest/normalise/index.ts';
import { segmentSource } from '../../../../scripts/ingest/segment/segment-source.ts';
import type { NormalisedSource, SegmentedSource } from '../../../../scripts/ingest/types.ts';

export const FILES = {
  '000': '000_8780a4b2e90bbbe3.txt',
  '001': '001_c8303bd5a1b4be25.txt',
  '002': '002_24378b1da5dcbe4b.txt',
  '003': '003_c35db5c653e8b815.txt',
  '004': '004_b408720c1e18927b.txt',
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
