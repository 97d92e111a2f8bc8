import { describe, expect, test } from 'vitest';
import {
  cutBlocks,
  isPhoneLine,
  readColumnarEvents,
  splitRowNumber,
} from '../../../../scripts/ingest/parse/tables/columnar-blocks.ts';
import type { SourceLine } from '../../../../scripts/ingest/types.ts';
import { FILE_001 } from './columnar-helpers.ts';

const line = (text: string, n = 1): SourceLine => ({ line: n, raw: text, text });

describe('splitRowNumber', () => {
  test.each([
    { first: '1', value: '1', rest: [], continues: false },
    { first: '1 5', value: '15', rest: [], continues: false },
    { first: '3 және әлеуметтік', value: '3', rest: ['және әлеуметтік'], continues: true },
    { first: '9Қарасу селолық', value: '9', rest: ['Қарасу селолық'], continues: false },
    { first: '13 Ақсай селолық округ', value: '13', rest: ['Ақсай селолық округ'], continues: false },
  ])('reads «$first» as row $value', ({ first, value, rest, continues }) => {
    const split = splitRowNumber([line(first)]);
    expect(split && { value: split.value, rest: split.rest.map((l) => l.text), continues: split.continues }).toEqual({
      value,
      rest,
      continues,
    });
  });

  test.each(['18-00', '1 8 - 0 0', '8 (72838) 20242', '872832', '2 1 5 krozisp', 'Ақсу ауданы'])(
    'finds no row number in «%s»',
    (first) => {
      expect(splitRowNumber([line(first)])).toBeNull();
    },
  );
});

describe('isPhoneLine', () => {
  test.each([
    { text: '8-72832', phone: true },
    { text: '2-11-43', phone: true },
    { text: '8 (72838) 20242', phone: true },
    { text: '2 - 1 2 - 1 6 ,', phone: true },
    { text: '23-41', phone: true },
    { text: '38', phone: false },
    { text: 'bakanas.kz 872773 93819', phone: false },
  ])('«$text» is a phone line: $phone', ({ text, phone }) => {
    expect(isPhoneLine(text)).toBe(phone);
  });
});

describe('cutBlocks and readColumnarEvents', () => {
  test('a line of spaces parts blocks like an empty one (001 line 464 is ` `)', () => {
    const lines = ['1 5', ' ', '', 'Талғар ауданының'].map((t, i) => line(t, 463 + i));
    expect(cutBlocks(lines).map((b) => b.map((l) => l.line))).toEqual([[463], [466]]);
  });

  test('splits a website-glued phone off its line, and skips repeated headers', () => {
    const lines = ['№ р/', 'с', '', '1 2 3 4 5', '', 'Бырлик, Ботешева көш., 8', 'bakanas.kz 872773 93819'].map(
      (t, i) => line(t, 4470 + i),
    );
    const { events } = readColumnarEvents(lines, { file: FILE_001, classify: () => 'text', headings: true });
    expect(
      events.map((e) => (e.kind === 'fragment' ? `${e.column}:${e.lines.map((l) => l.text).join('|')}` : e.kind)),
    ).toEqual(['page', 'text:Бырлик, Ботешева көш., 8|bakanas.kz', 'phones:872773 93819']);
  });
});
