import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createParagraphDepartmentHeadTable } from '../../../../scripts/ingest/parse/tables/paragraph-department-head-table.ts';
import { committedInputs } from '../../../helpers/ingest-inputs.ts';
import { sourceFile } from '../../../helpers/source-files.ts';
import { contextFor, fixtureAppendix, fixtures, loose, readFixture } from './paragraph-fixture.ts';

const parser = createParagraphDepartmentHeadTable(committedInputs().corrections);

const first = parser.parse(contextFor(fixtureAppendix(fixtures.departments003a), 'Жамбыл облысы'));
const second = parser.parse(contextFor(fixtureAppendix(fixtures.departments003b), 'Жамбыл облысы'));
const row = (result: typeof first, n: string) => result.rows.find((r) => r.rowNumber === n);

describe('003 appendix 1 (employment departments), cut from paragraphs', () => {
  test.each([
    { name: 'first', spec: fixtures.departments003a, from: 173, to: 373 },
    { name: 'second', spec: fixtures.departments003b, from: 668, to: 939 },
  ])('the $name standard fixture is byte-identical to 003 lines $from-$to', ({ spec, from, to }) => {
    const source = readFileSync(new URL(`../../../../content/sources/${spec.file}`, import.meta.url), 'utf8');
    expect(readFixture(spec.fixture)).toBe(
      `${source
        .split('\n')
        .slice(from - 1, to)
        .join('\n')}\n`,
    );
  });

  // Counted by hand: row numbers 1..11 stand alone at 003:181-356 and 003:681-917.
  test('reads all 11 rows of each standard, none rejected', () => {
    expect([first.rowsSeen, first.rows.length, first.rejected.length]).toEqual([11, 11, 0]);
    expect([second.rowsSeen, second.rows.length, second.rejected.length]).toEqual([11, 11, 0]);
    expect(first.rows.map((r) => r.span.line)).toEqual([181, 199, 217, 234, 251, 268, 285, 302, 319, 336, 356]);
    expect(second.rows.map((r) => r.span.line)).toEqual([681, 706, 730, 756, 779, 802, 825, 848, 871, 894, 917]);
  });

  test('cuts the Taraz row into name, head, address, cabinet, phones and e-mail', () => {
    expect(row(first, '1')).toEqual({
      kind: 'employment-department',
      rowNumber: '1',
      region: 'Жамбыл облысы',
      district: 'Тараз қаласы',
      cells: {
        name: '"Тараз қаласы әкімиятының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі" мемлекеттік мекемесі (әрі қарай ММ)',
        head: 'Сейдалина Қосайкул Сатыбалдықызы',
        address: 'Тараз қаласы, Достоевский көшесі, 14',
        cabinet: '201',
        phones: '8-7262-345124, 342879',
        contacts: 'sobes-taraz@mail.ru',
      },
      hoursFrom: 'row',
      correction: null,
      span: { file: sourceFile('003'), line: 181, endLine: 197 },
    });
  });

  test('glues an address line that starts with a comma (003:280 `, 189 кабинет N 104`)', () => {
    expect(row(first, '6')?.cells.address).toBe('Төле би ауылы, Балуан Шолақ көшесі, 189');
    expect(row(first, '6')?.cells.cabinet).toBe('104');
  });

  test('rejoins a name a page break split into two paragraphs (003:338-344)', () => {
    const r = row(first, '10');
    expect(r?.cells.name).toBe('"Жамбыл ауданының әкімиятының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі" ММ');
    expect(r?.cells.head).toBe('Несіпбеков Нұрлан Құдербайұлы');
    expect(r?.span).toEqual({ file: sourceFile('003'), line: 336, endLine: 354 });
  });

  test('keeps a letter-spaced settlement and a wrapped e-mail in their cells', () => {
    expect(loose(row(first, '9')?.cells.address)).toBe(loose('Бауыржан Момышұлы ауылы, Жамбыл көшесі, 1'));
    expect(row(first, '9')?.cells.head).toBe('Құрмашев Кәрібай');
    expect(loose(row(first, '11')?.cells.contacts)).toBe('ozsp_moinkum@topmail.kz');
    expect(loose(row(first, '2')?.cells.contacts)).toBe('utzszn_baizak@topmail.kz');
  });

  test('keeps `83 2 қабат` (house 83, floor 2) in the address and takes cabinet 204', () => {
    expect(row(first, '4')?.cells.address).toBe('Құлан ауылы, Жібек жолы көшесі, 83 2 қабат');
    expect(row(first, '4')?.cells.cabinet).toBe('204');
    expect(row(first, '4')?.district).toBe('Т.Рысқұлов ауданы');
  });

  test('splits the second standard head cell into the head and the work schedule', () => {
    const r = row(second, '1');
    expect(r?.cells.head).toBe('Сейдалина Қосайкүл Сатыбалдықызы');
    expect(r?.cells.hours).toBe(
      'Жұмыс және қабылдау кестесі: сенбі және жексенбіні қоспағанда, күн сайын сағат 9-00 ден 18-00 ге дейін, түскі үзіліс сағат 13-00 ден 14-00 ге дейін',
    );
    expect(loose(r?.cells.phones)).toBe('8-7262-345124,342879');
    expect(r?.cells.name).toBe(
      '"Тараз қаласы әкімиятының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» мемлекеттік мекемесі" (әрі қарай ММ)',
    );
  });

  test('unscrambles row 3 of the second standard, where a page break interleaves name and schedule (003:730-754)', () => {
    const r = row(second, '3');
    expect(r?.cells).toEqual({
      name: '"Меркі ауданының әкімиятының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі" ММ',
      head: 'Абылқасымов Шорман Төреханұлы',
      hours:
        'Жұмыс және қабылдау кестесі: сенбі және жексенбіні қоспағанда, күн сайын сағат 9-00 ден 18-00 ге дейін, түскі үзіліс сағат 13-00 ден 14-00 ге дейін',
      address: 'Меркі ауылы, Исмаилов көшесі, 157',
      cabinet: '104',
      phones: '8-72632-22551, 21666',
      contacts: 'mozsp@mail.kz',
    });
    expect(r?.correction).toBeNull();
    const continued = second.diagnostics.filter((d) => d.code === 'cell-continued').map((d) => d.line);
    expect(continued).toEqual([740, 744]);
  });

  test('takes every district from the name, as written', () => {
    expect(second.rows.map((r) => r.district)).toEqual([
      'Тараз қаласы',
      'Байзақ ауданы',
      'Меркі ауданы',
      'Т.Рысқұлов ауданы',
      'Қордай ауданы',
      'Шу ауданы',
      'Талас ауданы',
      'Сарысу ауданы',
      'Жуалы ауданы',
      'Жамбыл ауданы',
      'Мойынқұм ауданы',
    ]);
  });

  test('every row of both standards has name, head, address, cabinet, phones and e-mail', () => {
    for (const r of [...first.rows, ...second.rows]) {
      expect(Object.keys(r.cells).sort()).toEqual(
        r.span.line > 600
          ? ['address', 'cabinet', 'contacts', 'head', 'hours', 'name', 'phones']
          : ['address', 'cabinet', 'contacts', 'head', 'name', 'phones'],
      );
    }
    expect(first.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
  });
});
