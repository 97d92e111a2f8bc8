/** 002's Karaganda office tables (departments, city/district akims, rural akims), from byte-identical fixtures. */
import { describe, expect, test } from 'vitest';
import { CLAIM_THRESHOLD } from '../../../../scripts/ingest/parse/registry.ts';
import { tabbedAkimReceptionsTable } from '../../../../scripts/ingest/parse/tables/tabbed-akim-receptions-table.ts';
import { tabbedDepartmentContactsTable } from '../../../../scripts/ingest/parse/tables/tabbed-department-contacts-table.ts';
import { tabbedRuralAkimTable } from '../../../../scripts/ingest/parse/tables/tabbed-rural-akim-table.ts';
import type { TableParser } from '../../../../scripts/ingest/types.ts';
import { appendixFromFixture, contextFor, FILE_002, fixtureText, sourceText } from './tabbed-helpers.ts';

const KARAGANDA = 'Қарағанды облысы';
const span = (line: number, endLine: number) => ({ file: FILE_002, line, endLine });

function parse(
  parser: TableParser,
  fixture: string,
  firstLine: number,
  title: string,
  region: string | null = KARAGANDA,
) {
  const appendix = appendixFromFixture(fixture, { file: FILE_002, firstLine, title });
  expect(parser.detect(appendix)).toBeGreaterThanOrEqual(CLAIM_THRESHOLD);
  return parser.parse(contextFor(appendix, region));
}

test.each([
  { fixture: '002-departments.txt', from: 223, to: 402 },
  { fixture: '002-akims.txt', from: 571, to: 1063 },
  { fixture: '002-rural-akims-head.txt', from: 4604, to: 4700 },
])('fixture $fixture is byte-identical to 002 lines $from-$to', ({ fixture, from, to }) => {
  const lines = sourceText(FILE_002).split('\n');
  expect(fixtureText(fixture)).toBe(`${lines.slice(from - 1, to).join('\n')}\n`);
});

describe('002 appendix 1: employment departments', () => {
  const title = 'Жұмыспен қамту және әлеуметтік бағдарламалар бөлімдерінің байланыс мәліметтері';
  const result = parse(tabbedDepartmentContactsTable, '002-departments.txt', 223, title);

  test('reads 18 departments from rows whose address cell runs over blank lines', () => {
    expect([result.rowsSeen, result.rows.length, result.rejected.length]).toEqual([18, 18, 0]);
    expect(result.diagnostics).toEqual([]);
  });

  test('cuts row 1 into name, address, phones (`тел.` and `факс` lines) and web + e-mail', () => {
    expect(result.rows[0]).toEqual({
      kind: 'employment-department',
      rowNumber: '1',
      region: KARAGANDA,
      district: 'Қарағанды қаласы',
      cells: {
        name: '"Қарағанды қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі" мемлекеттік мекемесі',
        address: '100012, Қарағанды облысы, Қарағанды қаласы, Поспелов көшесі, 16',
        phones: 'тел. (7212) 300169 факс (7212) 300229',
        // The normaliser repairs the source's `www karaganda-akimat.kz`.
        contacts: 'www.karaganda-akimat.kz krggorsobes@mail.ru',
      },
      hoursFrom: 'row',
      correction: null,
      span: span(228, 236),
    });
  });

  test('reads row 3, which has an e-mail and no web site', () => {
    expect(result.rows[2]?.cells).toEqual({
      name: '"Қаражал қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі" мемлекеттік мекемесі',
      address: '100700, Қарағанды облысы, Қаражал қаласы, Сары-тоқа көшесі 1',
      phones: 'тел. (71032) 26284 факс (71032) 27190',
      contacts: 'sobes-karajal@mail.ru',
    });
    expect(result.rows[2]?.span).toEqual(span(248, 255));
  });

  test('names the two-word district `Бұқар жырау ауданы`', () => {
    expect(result.rows[17]?.district).toBe('Бұқар жырау ауданы');
  });
});

describe('002 appendix 3: city and district akims with reception schedules', () => {
  const title = 'Қала және аудан әкімдерінің байланыс мәліметтері мен қабылдау кестелері';
  const result = parse(tabbedAkimReceptionsTable, '002-akims.txt', 571, title);

  test('reads 18 unnumbered rows', () => {
    expect([result.rowsSeen, result.rows.length, result.rejected.length]).toEqual([18, 18, 0]);
    expect(result.rows.every((r) => r.rowNumber === null && r.kind === 'akim-office')).toBe(true);
  });

  test('keeps the whole reception schedule and rejoins the address broken after its postcode', () => {
    expect(result.rows[4]).toEqual({
      kind: 'akim-office',
      rowNumber: null,
      region: KARAGANDA,
      district: 'Приозерск қаласы',
      cells: {
        name: '"Приозерск қаласы әкімнің аппараты" мемлекеттік мекемесі',
        address: '101100, Қарағанды облысы, Приозерск қаласы, Пушкин көшесі, 7',
        phones: 'тел. (71039) 52920, факс (71039) 54030',
        receptions:
          'Әкім: апта сайын дүйсенбі күндері, сағ. 17.00-ден бастап; Орынбасары: апта сайын сейсенбі күндері, сағ. 17.00-ден бастап; Орынбасары: апта сайын сәрсенбі күндері, сағ. 17.00-ден бастап.',
        contacts: 'www.priozerck.kz prio_org@krg.gov.kz',
      },
      hoursFrom: 'row',
      correction: null,
      span: span(681, 705),
    });
  });

  test('takes the region from the act when the address names only the city (`100008, Қарағанды қаласы`)', () => {
    expect([result.rows[2]?.region, result.rows[2]?.district]).toEqual([KARAGANDA, 'Қарағанды қаласы']);
  });

  test('falls back to the region in the address when the act gives none', () => {
    const national = parse(tabbedAkimReceptionsTable, '002-akims.txt', 571, title, null);
    expect(national.rows.map((r) => r.region)).toEqual(Array.from({ length: 18 }, () => KARAGANDA));
  });
});

describe('002 appendix 2: rural akims', () => {
  const title = 'Кент, ауыл (село), ауылдық (селолық) округ әкімдерінің байланыс мәліметтері';
  const result = parse(tabbedRuralAkimTable, '002-rural-akims-head.txt', 4604, title);

  test.each([
    {
      n: 5,
      line: 4624,
      district: 'Жезқазған қаласы',
      name: '"Малшыбай селосы әкімінің аппараты" мемлекеттік мекемесі',
      address: '100615, Қарағанды облысы, Жезқазған қаласы, Малшыбай селосы',
      phones: 'тел/факс (87102) 760043',
    },
    {
      n: 12,
      line: 4652,
      district: null,
      name: '"Новодолинский кенті әкімінің аппараты" мемлекеттік мекемесі',
      address: '101605, Қарағанды облысы, Новодолинский кенті, Центральная көшесі, 4',
      phones: 'тел. (72156) 62230, 62329, факс 62901',
    },
    {
      n: 14,
      line: 4660,
      district: 'Абай ауданы',
      name: '"Жартас селолық округі әкімінің аппараты" мемлекеттік мекемесі',
      address: '100107, Қарағанды облысы, Абай ауданы, Жартас селосы, 60 лет Казахстана көшесі, 24',
      phones: 'тел. (72131) 91318, факс 91221',
    },
  ])('cuts row $n’s address and inline phones apart', ({ n, line, district, name, address, phones }) => {
    expect(result.rows[n - 1]).toEqual({
      kind: 'rural-akim',
      rowNumber: String(n),
      region: KARAGANDA,
      district,
      cells: { name, address, phones },
      hoursFrom: 'row',
      correction: null,
      span: span(line, line + 2),
    });
  });

  // The fixture ends at 4700 on `\t24`: the table is cut after row 24's number.
  test('rejects the cut-off row 24, which has only its number, and keeps rows 1-23', () => {
    expect([result.rowsSeen, result.rows.length]).toEqual([24, 23]);
    expect(result.rejected).toEqual([
      { span: span(4700, 4700), code: 'cells-missing', reason: 'no name cell', text: '24' },
    ]);
  });
});
