/**
 * Damaged tables built from real 000 and 002 rows: cut short, cells missing, extra or out of order, rows that
 * are not offices, text outside the table. Each must give a diagnostic or a rejection, and the rest intact.
 */
import { describe, expect, test } from 'vitest';
import { NO_CORRECTIONS } from '../../../../scripts/ingest/corrections.ts';
import { createTableParsers, findTableParser } from '../../../../scripts/ingest/parse/registry.ts';
import { tabbedDepartmentTable } from '../../../../scripts/ingest/parse/tables/tabbed-department-table.ts';
import { tabbedPscTable } from '../../../../scripts/ingest/parse/tables/tabbed-psc-table.ts';
import { tabbedRegionalAkimTable } from '../../../../scripts/ingest/parse/tables/tabbed-regional-akim-table.ts';
import { tabbedRegionalDepartmentTable } from '../../../../scripts/ingest/parse/tables/tabbed-regional-department-table.ts';
import type { TableParser } from '../../../../scripts/ingest/types.ts';
import { sourceFile } from '../../../helpers/source-files.ts';
import { appendixFrom, appendixFromFixture, contextFor, FILE_000, FILE_002 } from './tabbed-helpers.ts';

const PSC_TITLE = 'Халыққа Қызмет көрсету орталықтарының тізбесі';
const PSC_HEADER =
  '\t№ Р/с\n\tОрталықтың атауы\n\tОрталықтың орналасу мекен-жайы\n\tОперациялық залдың телефон нөмiрi\n\tБасшылардың телефон нөмiрi\n\n\t1\n\t2\n\t3\n\t4\n\t5\n\n';
const PSC_ROW_2 =
  '\t2\n\tАқтөбе облысының ХҚО\n\tАқтөбе қаласы, Тургенев көшесi, 109\n\t56-24-53\n\t55-15-55 қабылдау бөлмесi\n';

function parse(parser: TableParser, title: string, text: string) {
  const appendix = appendixFrom(FILE_000, text, { from: 1, to: text.split('\n').length, title });
  return parser.parse(contextFor(appendix, null));
}
const codes = (result: ReturnType<typeof parse>) => result.diagnostics.map((d) => [d.code, d.line]);

describe('rows that are damaged but still offices', () => {
  test('places swapped address and phone cells where they belong, says so, and leaves the next row alone', () => {
    const swapped =
      '\t1\n\tАқмола облысының ХҚО\n\t25-77-16\n\tКөкшетау қаласы, Әуезов көшесi, 189 «а»\n\t40-10-63 қабылдау бөлмесi\n\n';
    const result = parse(tabbedPscTable, PSC_TITLE, PSC_HEADER + swapped + PSC_ROW_2);
    expect([result.rowsSeen, result.rows.length, result.rejected.length]).toEqual([2, 2, 0]);
    expect(result.rows[0]?.cells).toEqual({
      name: 'Ақмола облысының ХҚО',
      address: 'Көкшетау қаласы, Әуезов көшесі, 189 «а»',
      phones: '25-77-16',
      extraPhones: '40-10-63 қабылдау бөлмесі',
      extraPhonesNote: 'Басшылардың телефон нөмірі',
    });
    expect(codes(result)).toEqual([['cells-reordered', 13]]);
    expect(result.rows[1]?.cells.address).toBe('Ақтөбе қаласы, Тургенев көшесі, 109');
  });

  test('keeps a row whose phones cell is missing, with the e-mail still in `contacts`', () => {
    const title = 'Облыстық, Астана және Алматы қалаларының ... басқармаларының мекенжайлары мен байланыс деректері';
    const text =
      '\t1\n\tАқмола облысының жұмыспен қамтуды үйлестiру және әлеуметтiк бағдарламалар басқармасы\n\tКөкшетау қаласы, А.С. Пушкин атындағы көше, 23\n\takmout@mail.online.kz\n';
    const result = parse(tabbedRegionalDepartmentTable, title, text);
    expect(result.rows[0]?.cells).toEqual({
      name: 'Ақмола облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы',
      address: 'Көкшетау қаласы, А.С. Пушкин атындағы көше, 23',
      contacts: 'akmout@mail.online.kz',
    });
    expect(result.diagnostics.map((d) => [d.code, d.message.slice(0, 25)])).toEqual([
      ['cells-missing', 'no cell for phones: «1 | '],
    ]);
  });

  test('keeps a row printed without its number (`Павлодар облысы әкiмiнiң аппараты`) as an unnumbered row', () => {
    const title = 'Облыстық маңызы бар, Астана мен Алматы қалалары әкімдіктері аппараттарының тізбесі';
    const text =
      '\tПавлодар облысы әкiмiнiң аппараты\n\tӘкiмшiлiк-қаржылық бөлiм\n\t32-40-42\n\tПавлодар қаласы, Академик Сәтпаев көшесi, 49\n';
    const result = parse(tabbedRegionalAkimTable, title, text);
    expect(result.rows[0]).toMatchObject({
      rowNumber: null,
      region: 'Павлодар облысы',
      cells: { name: 'Павлодар облысы әкімінің аппараты', unit: 'Әкімшілік-қаржылық бөлім', phones: '32-40-42' },
    });
    expect(codes(result)).toEqual([['row-number-missing', 1]]);
  });

  test('joins an extra cell to its neighbour rather than dropping it', () => {
    const text = `Атырау облысының аудандық, қалалық жұмыспен қамту және әлеуметтiк бағдарламалар бөлiмдерi\n\t1\n\tАтырау қаласының жұмыспен қамту және әлеуметтiк бағдарламалар бөлiмi\n\t060002, Атырау қаласы, Сәтпаев көшесi, 46\n\tatyrau_zan@mail.ru\n\t8-7122 27-15-00\n\t\n`;
    const result = parse(tabbedDepartmentTable, 'Уәкілетті органдардың мекенжайлары', text);
    expect(result.rows[0]?.cells.address).toBe('060002, Атырау қаласы, Сәтпаев көшесі, 46 atyrau_zan@mail.ru');
    expect(result.rows[0]?.cells.phones).toBe('8-7122 27-15-00');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['cells-extra']);
  });

  test('keeps a row cut after its address at the end of a table, flagging the missing cells', () => {
    const text = `Атырау облысының аудандық, қалалық жұмыспен қамту және әлеуметтiк бағдарламалар бөлiмдерi\n\t1\n\tАтырау қаласының жұмыспен қамту және әлеуметтiк бағдарламалар бөлiмi\n\t060002, Атырау қаласы, Сәтпаев көшесi, 46\n`;
    const result = parse(tabbedDepartmentTable, 'Уәкілетті органдардың мекенжайлары', text);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]?.cells).toEqual({
      name: 'Атырау қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
      address: '060002, Атырау қаласы, Сәтпаев көшесі, 46',
    });
    expect(result.diagnostics.map((d) => [d.code, d.message.slice(0, 30)])).toEqual([
      ['cells-missing', 'no cell for phones, hours: «1 '],
    ]);
  });
});

describe('inputs that must yield no record', () => {
  test('rejects a row of phone numbers with no name, and counts it', () => {
    const text = `${PSC_HEADER}\t7\n\t51-44-79\n\t43-84-14 қабылдау бөлмесi\n\n${PSC_ROW_2}`;
    const result = parse(tabbedPscTable, PSC_TITLE, text);
    expect([result.rowsSeen, result.rows.length]).toEqual([2, 1]);
    expect(result.rejected).toEqual([
      {
        span: { file: FILE_000, line: 13, endLine: 15 },
        code: 'cells-missing',
        reason: 'no name cell',
        text: '7 | 51-44-79 | 43-84-14 қабылдау бөлмесі',
      },
    ]);
  });

  test('counts neither header rows nor `1 2 3 4 5` rows, and reports text outside the table', () => {
    const text = `${PSC_HEADER}${PSC_ROW_2}\n\n\n«Жұмыссыз азаматтарға анықтама\nберу» мемлекеттiк қызмет\n`;
    const result = parse(tabbedPscTable, PSC_TITLE, text);
    expect([result.rowsSeen, result.rows.length, result.rejected.length]).toEqual([1, 1, 0]);
    expect(result.rows[0]?.cells.phones).toBe('56-24-53');
    expect(result.diagnostics.map((d) => [d.code, d.line, d.severity])).toEqual([
      ['row-number-sequence', 13, 'info'],
      ['table-stray-text', 21, 'info'],
    ]);
  });

  test('rejects the rows of a table cut above its region heading, and reads the rows below the next heading', () => {
    const appendix = appendixFromFixture('000-departments-cities.txt', {
      file: FILE_000,
      firstLine: 1458,
      title: 'Уәкілетті органдардың мекенжайлары мен байланыс деректері',
    });
    const result = tabbedDepartmentTable.parse(contextFor(appendix, null));
    expect([result.rowsSeen, result.rows.length]).toEqual([9, 8]);
    expect(result.rejected.map((r) => [r.code, r.span.line])).toEqual([['region-unknown', 1458]]);
  });

  test('yields nothing for an empty appendix', () => {
    const result = parse(tabbedPscTable, PSC_TITLE, '');
    expect(result).toEqual({ rows: [], rejected: [], rowsSeen: 0, diagnostics: [] });
  });
});

describe('which appendices the tabbed parsers claim', () => {
  // Real tab-led rows (000 appendix 2, the PSC header and row 2) under the title being tried.
  const claim = (file: string, title: string, text = PSC_HEADER + PSC_ROW_2) =>
    findTableParser(
      appendixFrom(file, text, { from: 1, to: text.split('\n').length, title }),
      createTableParsers(NO_CORRECTIONS),
    )?.name;

  test.each([
    { file: FILE_000, title: 'Кесте. Сапа мен тиімділік көрсеткіштерінің мәні' },
    { file: FILE_002, title: 'Сапа және қол жетімділік көрсеткіштерінің мәні' },
    { file: FILE_000, title: 'Кестенің белгісіз түрі' },
  ])('leaves tab-led rows without their header under «$title» unclaimed', ({ file, title }) => {
    expect(claim(file, title, PSC_ROW_2)).toBeUndefined();
  });

  test('recognises the service-centre table by its column headers under an unknown title', () => {
    expect(claim(FILE_000, 'Кестенің белгісіз түрі')).toBe('tabbed-psc-table');
  });

  test.each([
    {
      file: FILE_000,
      title: 'Уәкілетті органдардың мекенжайлары мен байланыс деректері',
      parser: 'tabbed-department-table',
    },
    {
      file: FILE_002,
      title: 'Аудан әкімдерінің байланыс мәліметтері мен қабылдау кестелері',
      parser: 'tabbed-akim-receptions-table',
    },
    { file: 'renamed.txt', title: PSC_TITLE, parser: 'tabbed-psc-table' },
    {
      file: sourceFile('003'),
      title: 'Кент, ауыл (село), ауылдық (селолық) округ әкімдерінің байланыс мәліметтері',
      parser: 'tabbed-rural-akim-table',
    },
  ])('claims «$title» in $file for $parser, whatever the file is called', ({ file, title, parser }) => {
    expect(claim(file, title)).toBe(parser);
  });

  test('does not claim a tabbed title over paragraphs without tabs', () => {
    const untabbed = (PSC_HEADER + PSC_ROW_2).replace(/\t/gu, '').replace(/^(\S+)$/gmu, '$1 мекенжайы көшесі');
    expect(claim(FILE_000, PSC_TITLE, untabbed) ?? 'none').not.toMatch(/^tabbed-/u);
  });
});
