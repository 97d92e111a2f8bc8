import { describe, expect, test } from 'vitest';
import { CLAIM_THRESHOLD } from '../../../../scripts/ingest/parse/registry.ts';
import {
  columnarRuralAkimTable,
  cutRuralName,
  parseColumnarRuralAkims,
} from '../../../../scripts/ingest/parse/tables/columnar-rural-akim-table.ts';
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

const parse = (appendix: Parameters<typeof contextFor>[0]) => parseColumnarRuralAkims(contextFor(appendix));
const codes = (result: ReturnType<typeof parse>) => result.diagnostics.map((d) => `${d.code}@${d.line}`);

const LAW =
  'Қазақстан Республикасының 2001 жылғы 13 желтоқсанындағы "Қазақстан Республикасының мерекелері туралы" Заңына сәйкес, демалыс және мереке күндерін қоспағанда, аптасына бес күн сағат 9-00 бастап 18-00 дейін, түскі үзіліс сағат 13-00 бастап 14-00 дейін';
const WEEKDAYS =
  'Демалыс және мереке күндерін қоспағанда, аптасына бес күн сағат 9-00 бастап 18-00 дейін, түскі үзіліс сағат 13-00 бастап 14-00 дейін';

// Counted by hand: the last row number under each district heading (numbering restarts per district),
// the same in both copies of the table.
const DISTRICTS: [string, number][] = [
  ['Ақсу ауданы', 18],
  ['Алакөл ауданы', 23],
  ['Балхаш ауданы', 15],
  ['Еңбекшіқазақ ауданы', 26],
  ['Ескелді ауданы', 11],
  ['Жамбыл ауданы', 24],
  ['Іле ауданы', 10],
  ['Қаратал ауданы', 10],
  ['Карасай ауданы', 13],
  ['Кербұлақ ауданы', 15],
  ['Көксу ауданы', 10],
  ['Панфилов ауданы', 14],
  ['Райымбек ауданы', 23],
  ['Сарқан ауданы', 13],
  ['Талғар ауданы', 11],
  ['Уйғыр ауданы', 14],
  ['Қапшагай қаласы', 2],
  ['Талдықорған қаласы', 2],
];

describe('the two rural-akim tables of 001', () => {
  test.each([
    { doc: 6, from: 3901, to: 6729 },
    { doc: 7, from: 7459, to: 10286 },
  ])('regulation $doc, lines $from-$to: 254 rows in 18 districts, none rejected', ({ from, to }) => {
    const result = parse(sourceAppendix(from, to, RURAL_TITLE));
    expect(result.rowsSeen).toBe(254);
    expect(result.rejected).toEqual([]);
    const perDistrict = new Map<string, number>();
    for (const row of result.rows) perDistrict.set(row.district ?? '', (perDistrict.get(row.district ?? '') ?? 0) + 1);
    expect([...perDistrict]).toEqual(DISTRICTS);
    expect(result.rows.every((r) => r.kind === 'rural-akim' && r.cells.address && r.cells.phones)).toBe(true);
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  test('rows before the second printing of the schedule read the first; those after, the second', () => {
    const rows = parse(sourceAppendix(3901, 6729, RURAL_TITLE)).rows;
    const ile = rows.filter((r) => r.district === 'Іле ауданы');
    // 001 line 5315: `Д е м а л ы с ...` printed again between Іле rows 4 and 5.
    expect(ile.map((r) => r.cells.hours === LAW)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(ile[4]?.cells.hours).toBe(WEEKDAYS);
    expect(rows.every((r) => r.hoursFrom === 'group')).toBe(true);
  });
});

describe('the ugliest rural-akim rows', () => {
  test('reads the Ақсу district, with `9 Қ а р а с у  с е л о л ы қ` glued to its number (line 4057)', () => {
    const result = parse(fixtureAppendix('001-rural-akims-aksu.txt', 3926, RURAL_TITLE));
    expect(result.rows.map((r) => r.rowNumber)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(result.rows[8]).toEqual({
      kind: 'rural-akim',
      rowNumber: '9',
      region: REGION,
      district: 'Ақсу ауданы',
      cells: {
        name: 'Қарасу селолық округ аудан әкімінің аппараты',
        address: 'Ақсу ауданы, Қарасу ауылы aksuakimat.kz',
        phones: '872832 29329',
        hours: LAW,
      },
      hoursFrom: 'group',
      correction: null,
      span: { file: FILE_001, line: 4057, endLine: 4065 },
    });
    expect(result.rows[0]?.cells).toEqual({
      name: 'Жансүгіров кенттік округ аудан әкімінің аппараты',
      address: 'Жансүгіров кенті Қабанбай батыр көшесі, 24 aksuakimat.kz',
      phones: '872832 21732',
      hours: LAW,
    });
    expect(result.diagnostics).toEqual([]);
  });

  test('cuts a phone glued after the website (`bakanas.kz 872773 93819`, line 4478)', () => {
    const result = parse(fixtureAppendix('001-rural-akims-balkhash.txt', 4438, RURAL_TITLE));
    expect(result.rows).toHaveLength(7);
    expect(result.rows[3]).toMatchObject({
      rowNumber: '4',
      district: 'Балхаш ауданы',
      cells: {
        name: 'Бырлик селолық округ аудан әкімінің аппараты',
        address: 'Бырлик, Ботешева көш., 8 bakanas.kz',
        phones: '872773 93819',
      },
      span: { file: FILE_001, line: 4473, endLine: 4479 },
    });
  });

  test('cuts a name from an address sharing its line (`округ Айдарлы ауылы, Абая 18`, line 5064)', () => {
    const result = parse(fixtureAppendix('001-rural-akims-zhambyl.txt', 5028, RURAL_TITLE));
    expect(result.rows.map((r) => [r.rowNumber, r.cells.name, r.cells.address, r.cells.phones])).toEqual([
      ['1', 'Аксенгер селолық округ', 'Аксенгер ауылы, Жамбыла 9 uzunagash.kz', '872770 61622'],
      ['2', 'Актерек селолық округ', 'Актерек ауылы, Болемис, 4 uzunagash.kz', '872770 53210'],
      ['3', 'Аққайнар селолық округ', 'Аққайнар ауылы, Умбетова 18 uzunagash.kz', '872770 55616'],
      ['4', 'Айдарлы селолық округ', 'Айдарлы ауылы, Абая 18 uzunagash.kz', '872759 41544'],
      ['5', 'Беріктас селолық округ', 'Беріктас ауылы, Қармасова 2 uzunagash.kz', '872770 58372'],
      ['6', 'Бозой селолық округ', 'Бозой ауылы, Абая 22 uzunagash.kz', '872770 62210'],
    ]);
  });

  test('a table entered mid-district has no district until the next heading, and says so', () => {
    const result = parse(fixtureAppendix('001-rural-akims-karasay-end.txt', 5589, RURAL_TITLE));
    expect(result.rows.map((r) => [r.rowNumber, r.district])).toEqual([
      ['9', null],
      ['10', null],
      ['11', null],
      ['12', null],
      ['13', null],
      ['1', 'Кербұлақ ауданы'],
    ]);
    // `13 Ақсай селолық округ А л г а б а с  а у ы л ы ,` and a 7-digit Almaty number (lines 5629-5632).
    expect(result.rows[4]?.cells).toEqual({
      name: 'Ақсай селолық округ',
      address: 'Алгабас ауылы, Кунаева 52',
      phones: '3884001',
    });
    expect(codes(result)).toEqual(['columnar-row-number@5589', 'columnar-no-hours@5589']);
  });
});

describe('cutRuralName', () => {
  test.each([
    {
      text: 'Жансүгіров кенттік округ аудан әкімінің аппараты',
      name: 'Жансүгіров кенттік округ аудан әкімінің аппараты',
      address: '',
    },
    {
      text: 'Қоңыр селолық округ Коныр ауылы, Амангельды, 7',
      name: 'Қоңыр селолық округ',
      address: 'Коныр ауылы, Амангельды, 7',
    },
    {
      text: 'Уштобе қаласының әкімдігі Ұштөбе қаласы, Абылай-хан, 7',
      name: 'Уштобе қаласының әкімдігі',
      address: 'Ұштөбе қаласы, Абылай-хан, 7',
    },
    {
      text: 'Сартаукұм селолық округ Ащысу селолық округ, Курти 5',
      name: 'Сартаукұм селолық округ',
      address: 'Ащысу селолық округ, Курти 5',
    },
    { text: 'Актамселолық округ Актам ауылы', name: 'Актамселолық округ', address: 'Актам ауылы' },
  ])('cuts «$text» after «$name»', ({ text, name, address }) => {
    expect(cutRuralName(text)).toEqual({ name, address });
  });

  test('returns null for text with no akim-name ending', () => {
    expect(cutRuralName('Ақсу ауданы, Қарасу ауылы')).toBeNull();
  });
});

describe('negative cases', () => {
  test('a name without `округ`/`аппараты`/`әкімдігі` falls back to the first block, with a warning', () => {
    const lines = ['Ақсу ауданы', '', '1', 'Белгісіз мекеме', '', 'Қарасу ауылы', '', '872832', '29329'];
    const result = parse(linesAppendix(lines, 200, RURAL_TITLE));
    expect(result.rows[0]?.cells).toEqual({ name: 'Белгісіз мекеме', address: 'Қарасу ауылы', phones: '872832 29329' });
    expect(codes(result)).toEqual(['columnar-no-hours@200', 'columnar-name-end-missing@203']);
  });

  test('a number block with nothing after it is a rejected row; the heading restarts the count', () => {
    const lines = [
      'Ақсу ауданы',
      '',
      '1',
      '',
      'Алакөл ауданы',
      '',
      '1',
      'Ақжар селолық округ',
      '',
      'Ақжар ауылы',
      '',
      '872833',
      '47039',
    ];
    const result = parse(linesAppendix(lines, 300, RURAL_TITLE));
    expect(result.rowsSeen).toBe(2);
    expect(result.rejected).toEqual([
      {
        span: { file: FILE_001, line: 302, endLine: 302 },
        code: 'cells-missing',
        reason: 'row 1 has no name cell',
        text: '1',
      },
    ]);
    expect(result.rows[0]).toMatchObject({ rowNumber: '1', district: 'Алакөл ауданы' });
    expect(codes(result)).toEqual(['columnar-no-hours@300']);
  });

  test.each([
    { title: RURAL_TITLE, file: FILE_001, expected: true },
    // The file name plays no part.
    { title: RURAL_TITLE, file: sourceFile('002'), expected: true },
    { title: DEPARTMENT_TITLE, file: FILE_001, expected: false },
  ])('claims: $expected for «$title» over rows without their header, in $file', ({ title, file, expected }) => {
    const appendix = { ...sourceAppendix(3928, 3960, title), file };
    expect(columnarRuralAkimTable.detect(appendix) >= CLAIM_THRESHOLD).toBe(expected);
  });
});
