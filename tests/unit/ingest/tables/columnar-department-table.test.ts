import { describe, expect, test } from 'vitest';
import { CLAIM_THRESHOLD } from '../../../../scripts/ingest/parse/registry.ts';
import {
  columnarDepartmentTable,
  parseColumnarDepartments,
} from '../../../../scripts/ingest/parse/tables/columnar-department-table.ts';
import type { AppendixSegment } from '../../../../scripts/ingest/types.ts';
import { sourceFile } from '../../../helpers/source-files.ts';
import {
  contextFor,
  DEPARTMENT_TITLE,
  FILE_001,
  fixtureAppendix,
  linesAppendix,
  REGION,
  RURAL_TITLE,
  sourceAppendix,
} from './columnar-helpers.ts';

const parse = (appendix: Parameters<typeof contextFor>[0]) => parseColumnarDepartments(contextFor(appendix));
const codes = (result: ReturnType<typeof parse>) => result.diagnostics.map((d) => `${d.code}@${d.line}`);

const WEEKDAYS =
  'Демалыс және мереке күндерін қоспағанда, аптасына бес күн сағат 9-00 бастап 18-00 дейін, түскі үзіліс сағат 13-00 бастап 14-00 дейін';
const LAW =
  'Қазақстан Республикасының 2001 жылғы 13 желтоқсанындағы "Қазақстан Республикасының мерекелері туралы" Заңына сәйкес, демалыс және мереке күндерін қоспағанда, аптасына бес күн сағат 9-00 бастап 18-00 дейін, түскі үзіліс сағат 13-00 бастап 14-00 дейін';
const name = (district: string) => `${district} жұмыспен қамту және әлеуметтік бағдарламалар бөлімі`;

// Counted by hand: row numbers 1 to 19 in each copy (`grep -E '^([0-9]{1,2}|[0-9] [0-9])( |$)'` on the
// range, less the house numbers `3` and `38` and the column-number rows).
describe('the seven department tables of 001', () => {
  test.each([
    { doc: 1, from: 172, to: 548, hours: WEEKDAYS },
    { doc: 2, from: 831, to: 1210, hours: WEEKDAYS },
    { doc: 3, from: 1484, to: 1860, hours: WEEKDAYS },
    { doc: 4, from: 2125, to: 2506, hours: WEEKDAYS },
    { doc: 5, from: 2778, to: 3185, hours: LAW },
    { doc: 6, from: 3491, to: 3898, hours: LAW },
    { doc: 7, from: 7051, to: 7456, hours: LAW },
  ])('regulation $doc, lines $from-$to: 19 rows numbered 1 to 19, none rejected', ({ from, to, hours }) => {
    const result = parse(sourceAppendix(from, to, DEPARTMENT_TITLE));
    expect(result.rowsSeen).toBe(19);
    expect(result.rejected).toEqual([]);
    expect(result.rows.map((r) => r.rowNumber)).toEqual(Array.from({ length: 19 }, (_, i) => String(i + 1)));
    expect(result.rows.every((r) => r.cells.address && r.cells.phones && r.hoursFrom === 'group')).toBe(true);
    expect(new Set(result.rows.map((r) => r.cells.hours))).toEqual(new Set([hours]));
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  test('reads every district from the name, keeping the author’s `Сарқант` in regulation 6', () => {
    const districts = parse(sourceAppendix(3491, 3898, DEPARTMENT_TITLE)).rows.map((r) => r.district);
    expect(districts).toEqual([
      'Ақсу ауданы',
      'Алакөл ауданы',
      'Балқаш ауданы',
      'Еңбекшіқазақ ауданы',
      'Ескелді ауданы',
      'Жамбыл ауданы',
      'Іле ауданы',
      'Қарасай ауданы',
      'Қаратал ауданы',
      'Кербұлақ ауданы',
      'Көксу ауданы',
      'Панфилов ауданы',
      'Райымбек ауданы',
      'Сарқант ауданы',
      'Талғар ауданы',
      'Ұйғыр ауданы',
      'Қапшағай қаласы',
      'Талдықорған қаласы',
      'Текелі қаласы',
    ]);
  });

  test('stops at the next appendix’s heading when the segment runs on into it', () => {
    const result = parse(sourceAppendix(172, 557, DEPARTMENT_TITLE));
    expect(result.rowsSeen).toBe(19);
    expect(codes(result)).toContain('columnar-trailer@545');
  });
});

describe('the ugliest department rows', () => {
  test('rebuilds row 3 of regulation 3 from two bands cut by the page’s schedule (lines 1545-1577)', () => {
    const result = parse(fixtureAppendix('001-departments-split-row.txt', 1511, DEPARTMENT_TITLE));
    expect(result.rowsSeen).toBe(3);
    expect(result.rows[2]).toEqual({
      kind: 'employment-department',
      rowNumber: '3',
      region: REGION,
      district: 'Балқаш ауданы',
      cells: {
        name: name('Балқаш ауданының'),
        address: 'Балқаш ауданы, Бақанас ауылы, Қонаев көшесі, 66 balhash_sobez@bk.ru',
        phones: '8-72773 9-14-25',
        hours: WEEKDAYS,
      },
      hoursFrom: 'group',
      correction: null,
      span: { file: FILE_001, line: 1545, endLine: 1577 },
    });
    // Rows 1 and 2 come before the page's only schedule and still read it.
    expect(result.rows[0]?.cells.hours).toBe(WEEKDAYS);
    expect(codes(result)).toEqual(['columnar-cells-reordered@1569']);
  });

  test('joins a phone split by the name’s second half, and reports a table with no schedule', () => {
    const result = parse(fixtureAppendix('001-departments-split-phones.txt', 2453, DEPARTMENT_TITLE));
    expect(result.rows.map((r) => r.rowNumber)).toEqual(['17', '18', '19']);
    expect(result.rows[1]?.cells).toEqual({
      name: name('Талдықорған қаласының'),
      address: 'Талдықорған қаласы, Тәуелсіздік көшесі, 35',
      phones: '8-72822 1-04-91',
    });
    expect(result.rows[1]?.span).toEqual({ file: FILE_001, line: 2470, endLine: 2487 });
    // The fixture opens at row 17: the first number is reported as out of sequence.
    expect(codes(result)).toEqual([
      'columnar-row-number@2453',
      'columnar-cells-reordered@2483',
      'columnar-no-hours@2453',
    ]);
  });

  test('keeps a house number cut off by a page break (`3` / `karatalsobes@mail.ru`) in the address', () => {
    const result = parse(fixtureAppendix('001-departments-house-number.txt', 3666, DEPARTMENT_TITLE));
    expect(result.rows.map((r) => r.rowNumber)).toEqual(['8', '9', '10']);
    expect(result.rejected).toEqual([]);
    expect(result.rows[1]).toMatchObject({
      district: 'Қаратал ауданы',
      cells: {
        name: name('Қаратал ауданының'),
        address: 'Қаратал ауданы, Үштөбе қаласы, Құсмолданов көшесі, 3 karatalsobes@mail.ru',
        phones: '8-72834 2-24-30',
        hours: LAW,
      },
      span: { file: FILE_001, line: 3685, endLine: 3733 },
    });
  });

  test('joins a schedule printed in two pieces around row 2 (`Қазақстан ... санындағы`, `"Қазақстан ...`)', () => {
    const result = parse(fixtureAppendix('001-departments-law-schedule.txt', 2807, DEPARTMENT_TITLE));
    expect(result.rows.map((r) => [r.rowNumber, r.cells.hours])).toEqual([
      ['1', LAW],
      ['2', LAW],
      ['3', LAW],
    ]);
    expect(result.rows[0]?.cells.phones).toBe('8-72832 2-11-43');
  });
});

const HEAD = ['1 2 3 4 5', ''];
const ROW_1 = [
  '1',
  '',
  'Ақсу  ауданының',
  'жұмыспен  қамту',
  'бөлімі',
  '',
  'А қ с у  а у д а н ы ,',
  'Желтоқсан көшесі,  5',
];
const PHONES_1 = ['', '8-72832', '2-11-43'];
const ROW_3 = ['', '3', '', 'Балқаш ауданының', 'бөлімі', '', 'Б а л қ а ш  а у д а н ы ,', '', '8-72773', '9-14-25'];

describe('negative cases', () => {
  test('a table cut in the middle of row 5 keeps rows 1-4 whole and reports what row 5 lacks', () => {
    const result = parse(sourceAppendix(172, 290, DEPARTMENT_TITLE));
    expect(result.rowsSeen).toBe(5);
    expect(result.rows[3]?.cells.phones).toBe('8-72775 4-24-36');
    expect(result.rows[4]?.cells).toMatchObject({ address: 'Ескелді ауданы,' });
    expect(result.rows[4]?.cells.phones).toBeUndefined();
    expect(codes(result)).toEqual(['columnar-cell-missing@282']);
  });

  test('a row without a name is rejected with its reason, the rows around it kept', () => {
    const lines = [
      ...HEAD,
      ...ROW_1,
      ...PHONES_1,
      '',
      '2',
      '',
      'Алакөл ауданы, Үшарал қаласы',
      '',
      '8-72833',
      ...ROW_3,
    ];
    const result = parse(linesAppendix(lines, 100, DEPARTMENT_TITLE));
    expect(result.rowsSeen).toBe(3);
    expect(result.rows.map((r) => r.rowNumber)).toEqual(['1', '3']);
    expect(result.rejected).toEqual([
      {
        span: { file: FILE_001, line: 114, endLine: 118 },
        code: 'cells-missing',
        reason: 'row 2 has no name cell',
        text: '2 Алакөл ауданы, Үшарал қаласы 8-72833',
      },
    ]);
  });

  test('a row whose phones come before its address gets both cells right, with a note', () => {
    const lines = [...HEAD, '1', '', 'Ақсу  ауданының', 'бөлімі', ...PHONES_1, '', 'А қ с у  а у д а н ы ,', ...ROW_3];
    const result = parse(linesAppendix(lines, 100, DEPARTMENT_TITLE));
    expect(result.rows[0]?.cells).toEqual({
      name: 'Ақсу ауданының бөлімі',
      address: 'Ақсу ауданы,',
      phones: '8-72832 2-11-43',
    });
    expect(result.rows[1]?.cells.phones).toBe('8-72773 9-14-25');
    expect(codes(result)).toContain('columnar-cells-reordered@110');
  });

  test('a row number out of sequence is kept as printed and reported', () => {
    const lines = [
      ...HEAD,
      ...ROW_1,
      ...PHONES_1,
      '',
      '5',
      '',
      'Балқаш ауданының',
      'бөлімі',
      '',
      'Б а л қ а ш  а у д а н ы ,',
      '',
      '8-72773',
    ];
    const result = parse(linesAppendix(lines, 100, DEPARTMENT_TITLE));
    expect(result.rows.map((r) => r.rowNumber)).toEqual(['1', '5']);
    expect(codes(result)).toContain('columnar-row-number@114');
  });

  test('header lines alone (title, column names, `1 2 3 4 5`) yield no row', () => {
    const result = parse(sourceAppendix(172, 200, DEPARTMENT_TITLE));
    expect(result).toEqual({ rows: [], rejected: [], rowsSeen: 0, diagnostics: [] });
  });

  test('without a region from the act, the title’s `Алматы облысының` names it', () => {
    const result = parseColumnarDepartments(contextFor(sourceAppendix(172, 232, DEPARTMENT_TITLE), null));
    expect(result.rows[0]?.region).toBe('Алматы облысы');
  });
});

describe('columnarDepartmentTable.detect', () => {
  const claims = (appendix: AppendixSegment) => columnarDepartmentTable.detect(appendix) >= CLAIM_THRESHOLD;

  test.each([
    { file: FILE_001, title: DEPARTMENT_TITLE, expected: true },
    // The file name plays no part: the same lines under another name are the same table.
    { file: sourceFile('002'), title: DEPARTMENT_TITLE, expected: true },
    { file: FILE_001, title: RURAL_TITLE, expected: false },
    { file: FILE_001, title: 'Тұтынушыға берілетін түбіртек', expected: false },
  ])('$expected for «$title» over rows without their header, in $file', ({ file, title, expected }) => {
    const appendix = { ...sourceAppendix(200, 260, ''), file, title };
    expect(claims(appendix)).toBe(expected);
  });

  test('recognises its column headers under another title, with less confidence', () => {
    const score = columnarDepartmentTable.detect(sourceAppendix(176, 260, 'Тұтынушыға берілетін түбіртек'));
    expect(score).toBeGreaterThanOrEqual(CLAIM_THRESHOLD);
    expect(score).toBeLessThan(1);
  });

  test('does not take the rural akims’ header (`аудан, кент, көше`) for its own', () => {
    expect(claims(sourceAppendix(3903, 3960, 'Байланыс деректері'))).toBe(false);
  });

  test('recognises the title when the segmenter leaves it in the lines', () => {
    expect(claims(sourceAppendix(172, 548, ''))).toBe(true);
  });

  test('does not claim its title over tab-delimited rows (000 appendix 1)', () => {
    const lines = [
      { line: 1, raw: '\t1', text: '\t1' },
      { line: 2, raw: '\tАқкөл ауданының жұмыспен қамту бөлімі', text: '\tАқкөл ауданының жұмыспен қамту бөлімі' },
      {
        line: 3,
        raw: '\t020100, Ақкөл қаласы, Нұрмағамбетов көшесі, 81',
        text: '\t020100, Ақкөл қаласы, Нұрмағамбетов көшесі, 81',
      },
    ];
    expect(claims({ ...sourceAppendix(176, 200, DEPARTMENT_TITLE), lines })).toBe(false);
  });
});
