import { readFileSync } from 'node:fs';
import { normaliseSource } from '../../../../scripts/ingest/normalise/index.ts';
import type { NormalisedSource } from '../../../../scripts/ingest/types.ts';

const root = new URL('../../../../', import.meta.url);

/** Runs the real normaliser on a fixture cut byte-identical from content/sources. */
export function normaliseFixture(name: string): NormalisedSource {
  const text = readFileSync(new URL(`tests/fixtures/normalise/${name}`, root), 'utf8');
  return normaliseSource({ file: name, text });
}
