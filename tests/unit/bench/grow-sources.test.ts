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

  test("renames a row's name and its address alike, letter-spaced or broken over lines", () => {
    // 001's row 2 (lines 235-240) names its district plainly and letter-spaced; row 4 and row 18 break
    // a letter-spaced name from its kind over a line, the kind spaced or not.
    const row = ['Алакөл ауданының', 'А л а к ө л  а у д а н ы ,', 'Ү ш а р а л  қ а л а с ы ,'].join('\n');
    expect(renamePlaces(row, 1)).toBe(
      ['Алакөлтау ауданының', 'А л а к ө л т а у  а у д а н ы ,', 'Ү ш а р а л т а у  қ а л а с ы ,'].join('\n'),
    );
    expect(renamePlaces('Е ң б е к ш і қ а з а қ\nа у д а н ы н ы ң', 2)).toBe(
      'Е ң б е к ш і қ а з а қ к ө л\nа у д а н ы н ы ң',
    );
    expect(renamePlaces('Еңбекшіқазақ\nауданы', 2)).toBe('Еңбекшіқазақкөл\nауданы');
    expect(renamePlaces('Т а л д ы қ о р ғ а н\nқаласының', 1)).toBe('Т а л д ы қ о р ғ а н т а у\nқаласының');
    expect(renamePlaces('А л м а т ы  қ а л а с ы', 1)).toBe('А л м а т ы  қ а л а с ы');
  });
});
