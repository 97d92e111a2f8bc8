/**
 * The table and text checks of issue 19 on small inputs, each once on what it must report and once on
 * what it must leave alone. The whole ingest against damaged sources is tests/ingest/mutations.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { checkGarbageLines, isGarbageLine } from '../../../scripts/ingest/integrity/garbage-lines.ts';
import { checkPrintedRowNumbers } from '../../../scripts/ingest/integrity/printed-row-numbers.ts';
import {
  checkNameWords,
  checkRepeatedBlock,
  checkRowContent,
  checkTableKind,
  isDoubled,
} from '../../../scripts/ingest/integrity/row-content.ts';
import { checkTableCopies } from '../../../scripts/ingest/integrity/table-copies.ts';
import { formatWarnings } from '../../../scripts/ingest/report/warning-summary.ts';
import type {
  AppendixSegment,
  Diagnostic,
  DocumentSegment,
  OfficeKind,
  RawOfficeRow,
  SourceLine,
} from '../../../scripts/ingest/types.ts';

const FILE = 'test.txt';
const sourceLines = (texts: readonly string[], from = 1): SourceLine[] =>
  texts.map((text, i) => ({ line: from + i, raw: text, text }));

function row(n: number, kind: OfficeKind, name: string, cells: Partial<RawOfficeRow['cells']> = {}): RawOfficeRow {
  return {
    kind,
    rowNumber: String(n),
    region: 'Алматы облысы',
    district: null,
    cells: { name, ...cells },
    hoursFrom: 'row',
    correction: null,
    span: { file: FILE, line: n * 10, endLine: n * 10 + 5 },
  };
}

function appendix(number: number, title: string, texts: readonly string[], from = 1, doc = 1): AppendixSegment {
  const lines = sourceLines(texts, from);
  return {
    file: FILE,
    documentOrdinal: doc,
    number,
    title,
    lines,
    span: { file: FILE, line: from - 1, endLine: from + texts.length },
  };
}

const at = (ds: readonly Diagnostic[]) => ds.map((d) => [d.code, d.line]);

describe('a row whose cells repeat themselves', () => {
  test('doubled words, not a name that merely repeats a word', () => {
    expect(isDoubled('"Меркі ауданының бөлімі" ММ "Меркі ауданының бөлімі" ММ')).toBe(true);
    expect(isDoubled('Жамбыл ауданы Жамбыл ауылы')).toBe(false);
    expect(isDoubled('Абай Абай')).toBe(false);
  });

  test('is an error at the row', () => {
    const rows = [
      row(1, 'employment-department', 'Ақсу ауданының бөлімі'),
      row(2, 'employment-department', 'Меркі ауданының бөлімі Меркі ауданының бөлімі', {
        head: 'Абылқасымов Шорман Абылқасымов Шорман',
      }),
    ];
    expect(at(checkRowContent('x/1', rows))).toEqual([['row-repeated', 20]]);
  });
});

describe('a table whose kind changes mid-table', () => {
  const akims = [1, 2, 3, 4].map((n) => row(n, 'rural-akim', `Ақсу${n} селолық округ`));
  test('rows naming service centres read on as rural akims', () => {
    const centres = [5, 6, 7].map((n) => row(n, 'rural-akim', `Талдықорған қалалық филиалы ХҚО ${n}`));
    expect(at(checkTableKind('x/2', [...akims, ...centres]))).toEqual([['table-kind-changes', 50]]);
  });

  test('one odd name, or names that say nothing of their kind, are left alone', () => {
    expect(checkTableKind('x/2', [...akims, row(5, 'rural-akim', 'Халыққа қызмет көрсету орталығы')])).toEqual([]);
    expect(checkTableKind('x/2', [row(1, 'akim-office', 'Меркі ауданының әкімияты')])).toEqual([]);
  });
});

describe('a block of rows printed again', () => {
  const names = ['Ақсу', 'Алакөл', 'Балқаш', 'Ескелді'].map((n) => `${n} ауданының бөлімі`);
  test('three rows running that the table listed before', () => {
    const rows = [...names, ...names.slice(0, 3)].map((name, i) => row(i + 1, 'employment-department', name));
    expect(at(checkRepeatedBlock('x/1', rows))).toEqual([['rows-repeated', 50]]);
  });

  test('a single repeated row (the authors do that) is not', () => {
    const rows = [...names, names[1] as string].map((name, i) => row(i + 1, 'employment-department', name));
    expect(checkRepeatedBlock('x/1', rows)).toEqual([]);
  });
});

describe('a name that lost the words every other name of its table has', () => {
  const names = ['Ақкөл', 'Аршалы', 'Астрахан', 'Атбасар', 'Бұланды'].map(
    (n) => `${n} ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі`,
  );
  test('lines of a name lost or moved', () => {
    const rows = [...names, 'Егіндікөл ауданының әлеуметтік бағдарламалар бөлімі'].map((name, i) =>
      row(i + 1, 'employment-department', name),
    );
    expect(at(checkNameWords('x/1', rows))).toEqual([['row-name-incomplete', 60]]);
  });

  test("a city's name or one word off (an author's slip) is not", () => {
    const rows = [
      ...names,
      'Көкшетау қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
      'Егіндікөл ауданының жұмыспен қамту әлеуметтік бағдарламалар бөлімі',
    ].map((name, i) => row(i + 1, 'employment-department', name));
    expect(checkNameWords('x/1', rows)).toEqual([]);
  });
});

describe('row numbers printed at the rows', () => {
  const table = (numbers: number[]) =>
    appendix(
      1,
      't',
      numbers.flatMap((n) => [`${n} "Бөлім`, 'мекенжайы', '']),
      100,
    );
  test('a number printed again or out of step', () => {
    expect(at(checkPrintedRowNumbers('x/1', table([1, 2, 3, 4, 2, 3])))).toEqual([['rows-out-of-order', 112]]);
    expect(at(checkPrintedRowNumbers('x/1', table([1, 2, 3, 6])))).toEqual([['rows-missing', 109]]);
  });

  test('1, 2, 3 and a restart at 1 are fine', () => {
    expect(checkPrintedRowNumbers('x/1', table([1, 2, 3, 1, 2]))).toEqual([]);
  });
});

describe('lines that are no act text', () => {
  test('symbols no act prints, one error per run', () => {
    expect(isGarbageLine('}}}{{{ 0x7f')).toBe(true);
    expect(isGarbageLine('@@@@@@')).toBe(true);
    // Form blanks, percentages, contacts and Kazakh text are act text.
    for (const text of ['______', '1. -----------', '100 %', 'www.akmol.kz', 'с\\з Алатау, #5'])
      expect(isGarbageLine(text), text).toBe(false);
    const lines = sourceLines(['Мәтін', '#%&@!~', ';;;|||', '', 'Мәтін', '~~~']);
    expect(at(checkGarbageLines(FILE, lines))).toEqual([
      ['garbage-lines', 2],
      ['garbage-lines', 6],
    ]);
  });
});

describe('a table the act prints in every document', () => {
  const rows = Array.from({ length: 20 }, (_, i) => `\tӘкім ${i + 1}, қабылдау сәрсенбі ${i + 1}`);
  const doc = (ordinal: number, texts: readonly string[]): DocumentSegment => ({
    file: FILE,
    ordinal,
    docType: 'standard',
    name: `қызмет ${ordinal}`,
    lines: [],
    clauses: [],
    appendices: [appendix(3, 'Әкімдердің қабылдау кестелері', texts, ordinal * 1000, ordinal)],
    span: { file: FILE, line: ordinal * 1000 - 10, endLine: ordinal * 1000 + 900 },
  });

  test('one copy unlike the others that agree: an error at its first differing line', () => {
    const damaged = [...rows.slice(0, 5), ...rows.slice(6)];
    const found = checkTableCopies(FILE, [doc(1, rows), doc(2, damaged), doc(3, rows)]);
    expect(at(found)).toEqual([['table-copy-differs', 2005]]);
  });

  test('copies that all agree, or another, shorter table under the same title, are not', () => {
    expect(checkTableCopies(FILE, [doc(1, rows), doc(2, rows), doc(3, rows)])).toEqual([]);
    expect(checkTableCopies(FILE, [doc(1, rows), doc(2, rows.slice(0, 9)), doc(3, rows)])).toEqual([]);
  });
});

test('the console lists warnings by code, the most frequent first, with the first three of each', () => {
  const d = (code: string, line: number): Diagnostic => ({
    file: FILE,
    line,
    severity: 'warning',
    code,
    message: code,
  });
  const text = formatWarnings([
    d('b', 1),
    d('a', 2),
    d('a', 3),
    d('a', 4),
    d('a', 5),
    { ...d('c', 6), severity: 'info' },
  ]);
  expect(text.split('\n')).toEqual([
    'warnings: 5 in 2 codes (the first 3 of each; all in content/data/ingest-report.json)',
    '  a: 4',
    `    ${FILE}:2 a`,
    `    ${FILE}:3 a`,
    `    ${FILE}:4 a`,
    '  b: 1',
    `    ${FILE}:1 b`,
  ]);
});
