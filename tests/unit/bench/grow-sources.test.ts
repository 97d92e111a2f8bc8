import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { actNumber, copySource, renamePlaces } from '../../../scripts/bench/grow-sources.ts';
import { normaliseSource } from '../../../scripts/ingest/normalise/index.ts';
import { parseActHead } from '../../../scripts/ingest/parse/parse-act-head.ts';
import { segmentSource } from '../../../scripts/ingest/segment/segment-source.ts';
import type { SourceText } from '../../../scripts/ingest/types.ts';

// 001's head as written: the act is read from it, so its copy must be read as an act of its own.
const file = '001_c8303bd5a1b4be25.txt';
const source: SourceText = {
  file,
  text: readFileSync(join(process.cwd(), 'content/sources', file), 'utf8'),
};
const act = (s: SourceText) => parseActHead(segmentSource(normaliseSource(s))).act;

describe('copySource', () => {
  const number = actNumber(source);

  test('reads the act number the ingest reads', () => {
    expect(number).toBe(act(source)?.number);
  });

  test('a copy is a valid act with a new number and id, its issuer and date kept', () => {
    if (!number) throw new Error('001 has no act number');
    const original = act(source);
    const copied = act(copySource(source, number, 3));
    expect(copied?.number).toBe(`${number}-3`);
    expect(copied?.id).not.toBe(original?.id);
    expect(copied?.date).toBe(original?.date);
    expect(copied?.issuer).toBe(original?.issuer);
  });

  test('a copy gets a file name of its own, in the same order', () => {
    expect(copySource(source, '349', 2).file).toBe('001x2_c8303bd5a1b4be25.txt');
  });
});

describe('renamePlaces', () => {
  test('renames districts and villages, keeps regions and the cities of republican rank', () => {
    expect(renamePlaces('Ақсу ауданы, Алматы облысы, Алматы қаласы, Бұқар жырау ауданы', 1)).toBe(
      'Ақсутау ауданы, Алматы облысы, Алматы қаласы, Бұқартау жырау ауданы',
    );
  });
});
