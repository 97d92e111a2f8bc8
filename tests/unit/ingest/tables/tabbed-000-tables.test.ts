/** 000's tab-delimited appendices 1, 2, 3 and 5, from fixtures cut byte-identical from the source. */
import { describe, expect, test } from 'vitest';
import { CLAIM_THRESHOLD } from '../../../../scripts/ingest/parse/registry.ts';
import { tabbedDepartmentTable } from '../../../../scripts/ingest/parse/tables/tabbed-department-table.ts';
import { tabbedPscTable } from '../../../../scripts/ingest/parse/tables/tabbed-psc-table.ts';
import { tabbedRegionalAkimTable } from '../../../../scripts/ingest/parse/tables/tabbed-regional-akim-table.ts';
import { tabbedRegionalDepartmentTable } from '../../../../scripts/ingest/parse/tables/tabbed-regional-department-table.ts';
import type { TableParser } from '../../../../scripts/ingest/types.ts';
import { appendixFromFixture, contextFor, FILE_000, fixtureText, sourceText } from './tabbed-helpers.ts';

const HOURS =
  'Демалыс және мереке күндерін қоспағанда аптасына бес күн Сағат 9-00 бастап 18-00 дейін, түскі үзіліс сағат 13-00 бастап 14-00 дейін';
const span = (line: number, endLine: number) => ({ file: FILE_000, line, endLine });

function parse(parser: TableParser, fixture: string, firstLine: number, title: string) {
  const appendix = appendixFromFixture(fixture, { file: FILE_000, firstLine, title });
  expect(parser.detect(appendix)).toBeGreaterThanOrEqual(CLAIM_THRESHOLD);
  return parser.parse(contextFor(appendix, null));
}

test.each([
  { fixture: '000-departments-akmola-aktobe.txt', from: 80, to: 230 },
  { fixture: '000-departments-cities.txt', from: 1458, to: 1540 },
  { fixture: '000-public-service-centres.txt', from: 1546, to: 1719 },
  { fixture: '000-regional-departments.txt', from: 1726, to: 1833 },
  { fixture: '000-regional-akims.txt', from: 1897, to: 2004 },
])('fixture $fixture is byte-identical to 000 lines $from-$to', ({ fixture, from, to }) => {
  const lines = sourceText(FILE_000).split('\n');
  expect(fixtureText(fixture)).toBe(`${lines.slice(from - 1, to).join('\n')}\n`);
});

describe('000 appendix 1: district and city employment departments', () => {
  const title = 'Уәкілетті органдардың мекенжайлары мен байланыс деректері';
  const akmola = parse(tabbedDepartmentTable, '000-departments-akmola-aktobe.txt', 80, title);

  // 19 Akmola rows (80-198) and the first 3 of Aktobe (214-230), counted by their number cells.
  test('reads the 19 Akmola rows and the first 3 Aktobe rows', () => {
    expect([akmola.rowsSeen, akmola.rows.length, akmola.rejected.length]).toEqual([22, 22, 0]);
    expect(akmola.rows.map((r) => r.rowNumber)).toEqual([
      ...Array.from({ length: 19 }, (_, i) => String(i + 1)),
      '1',
      '2',
      '3',
    ]);
  });

  test('reads row 1, glued to the header row with no blank line and numbered ` \\t1`, whole', () => {
    expect(akmola.rows[0]).toEqual({
      kind: 'employment-department',
      rowNumber: '1',
      region: 'Ақмола облысы',
      district: 'Ақкөл ауданы',
      cells: {
        name: 'Ақкөл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
        address: '020100, Ақкөл қаласы, Нұрмағамбетов көшесі, 81 akkol_ozsp@mail.ru',
        phones: '8-71638 2-10-48',
        hours: HOURS,
      },
      hoursFrom: 'row',
      correction: null,
      span: span(86, 90),
    });
  });

  test('gives row 18 (a city, two phones, no street) the schedule of row 1 as a group schedule', () => {
    expect(akmola.rows[17]).toEqual({
      kind: 'employment-department',
      rowNumber: '18',
      region: 'Ақмола облысы',
      district: 'Степногор қаласы',
      cells: {
        name: 'Степногор қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
        address: '021500, Степногор қаласы, 4-шағын аудан soc_progr@mail.ru',
        phones: '8-71645 6-26-33, 6-20-30',
        hours: HOURS,
      },
      hoursFrom: 'group',
      correction: null,
      span: span(188, 192),
    });
  });

  test('starts a new region and a new schedule group at the Aktobe heading', () => {
    const aktobe = akmola.rows[19];
    expect(aktobe?.region).toBe('Ақтөбе облысы');
    expect(aktobe?.district).toBe('Әйтеке би ауданы');
    expect(aktobe?.hoursFrom).toBe('row');
    expect(aktobe?.cells.phones).toBe('8-71339 2-12-18 2-14-69');
    expect(akmola.rows[20]?.hoursFrom).toBe('group');
  });

  const cities = parse(tabbedDepartmentTable, '000-departments-cities.txt', 1458, title);

  test('names Almaty’s city districts as districts of the region `Алматы қаласы`', () => {
    expect(cities.rows.filter((r) => r.region === 'Алматы қаласы').map((r) => r.district)).toEqual([
      'Алатау ауданы',
      'Алмалы ауданы',
      'Әуезов ауданы',
      'Бостандық ауданы',
      'Жетісу ауданы',
      'Медеу ауданы',
      'Түрксіб ауданы',
    ]);
  });

  test('reads Astana’s single row with no district', () => {
    expect(cities.rows.at(-1)).toEqual({
      kind: 'employment-department',
      rowNumber: '1',
      region: 'Астана қаласы',
      district: null,
      cells: {
        name: 'Астана қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
        address: 'Иманбаева көшесі, 16 a.altynbek@uzsp.astana.kz',
        phones: '8-7172 21-62-22 21-09-41',
        hours: HOURS,
      },
      hoursFrom: 'row',
      correction: null,
      span: span(1534, 1538),
    });
  });
});

describe('000 appendix 2: public service centres', () => {
  const result = parse(
    tabbedPscTable,
    '000-public-service-centres.txt',
    1546,
    'Халыққа Қызмет көрсету орталықтарының тізбесі',
  );

  test('reads 27 centres, one per region and city district', () => {
    expect([result.rowsSeen, result.rows.length, result.rejected.length]).toEqual([27, 27, 0]);
  });

  test('takes the region from `Маңғыстау облыстық ХҚО` and the heads’ phones with their column note', () => {
    expect(result.rows[11]).toEqual({
      kind: 'public-service-centre',
      rowNumber: '12',
      region: 'Маңғыстау облысы',
      district: null,
      cells: {
        name: 'Маңғыстау облыстық ХҚО',
        address: 'Ақтау қаласы, 15 шағын аудан, 67 «б»',
        phones: '42-23-19',
        extraPhones: '42-23-12 қабылдау бөлмесі',
        extraPhonesNote: 'Басшылардың телефон нөмірі',
      },
      hoursFrom: 'row',
      correction: null,
      span: span(1624, 1628),
    });
  });

  test('splits `Астана қаласы Алматы ауданының № 1 ХҚО` into region and district', () => {
    const row = result.rows[22];
    expect([row?.region, row?.district, row?.cells.name]).toEqual([
      'Астана қаласы',
      'Алматы ауданы',
      'Астана қаласы Алматы ауданының № 1 ХҚО',
    ]);
    expect(row?.cells.extraPhones).toBe('61-84-04 Қабылдау бөлмесі');
  });

  test('keeps two heads’ numbers in one cell: `41-63-10 42-09-10 қабылдау бөлмесі`', () => {
    expect(result.rows[8]?.cells).toMatchObject({
      phones: '41-63-03',
      extraPhones: '41-63-10 42-09-10 қабылдау бөлмесі',
    });
  });
});

describe('000 appendix 3: regional departments', () => {
  const title =
    'Облыстық, Астана және Алматы қалаларының жұмыспен қамту және әлеуметтік бағдарламалар басқармаларының мекенжайлары мен байланыс деректері';
  const result = parse(tabbedRegionalDepartmentTable, '000-regional-departments.txt', 1726, title);

  test('reads 16 regional departments', () => {
    expect([result.rowsSeen, result.rows.length, result.rejected.length]).toEqual([16, 16, 0]);
    expect(result.rows.every((r) => r.kind === 'regional-department' && r.district === null)).toBe(true);
  });

  test('keeps the damaged e-mail cell `kence.dsz@pav odar.gov.kz, ...` as written', () => {
    expect(result.rows[11]).toEqual({
      kind: 'regional-department',
      rowNumber: '12',
      region: 'Павлодар облысы',
      district: null,
      cells: {
        name: 'Павлодар облысының Жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы',
        address: 'Павлодар қаласы, Ленин көшесі, 59',
        phones: '32-59-63',
        contacts: 'kence.dsz@pav odar.gov.kz, pavlodar@enbek.kz',
      },
      hoursFrom: 'row',
      correction: null,
      span: span(1804, 1808),
    });
  });
});

describe('000 appendix 5: regional akim apparatuses', () => {
  const title = 'Облыстық маңызы бар, Астана мен Алматы қалалары әкімдіктері аппараттарының тізбесі';
  const result = parse(tabbedRegionalAkimTable, '000-regional-akims.txt', 1897, title);

  test('reads 16 apparatuses, the unit in `unit` and the address from the last column', () => {
    expect([result.rowsSeen, result.rows.length, result.rejected.length]).toEqual([16, 16, 0]);
    expect(result.rows[11]).toEqual({
      kind: 'akim-office',
      rowNumber: '12',
      region: 'Павлодар облысы',
      district: null,
      cells: {
        name: 'Павлодар облысы әкімінің аппараты',
        unit: 'Әкімшілік-қаржылық бөлім',
        phones: '32-40-42',
        address: 'Павлодар қаласы, Академик Сәтпаев көшесі, 49',
      },
      hoursFrom: 'row',
      correction: null,
      span: span(1975, 1979),
    });
  });

  test('takes the region of Almaty’s apparatus from its name', () => {
    expect(result.rows[14]?.region).toBe('Алматы қаласы');
    expect(result.rows[14]?.cells.phones).toBe('272-24-02');
  });
});
