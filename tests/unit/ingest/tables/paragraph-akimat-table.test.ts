import { describe, expect, test } from 'vitest';
import { createParagraphAkimatTable } from '../../../../scripts/ingest/parse/tables/paragraph-akimat-table.ts';
import { committedInputs } from '../../../helpers/ingest-inputs.ts';
import { sourceFile } from '../../../helpers/source-files.ts';
import { contextFor, fixtureAppendix, fixtures, loose } from './paragraph-fixture.ts';

const parser = createParagraphAkimatTable(committedInputs().corrections);

const first = parser.parse(contextFor(fixtureAppendix(fixtures.akimats003a), 'Жамбыл облысы'));
const second = parser.parse(contextFor(fixtureAppendix(fixtures.akimats003b), 'Жамбыл облысы'));
const row = (result: typeof first, n: string) => result.rows.find((r) => r.rowNumber === n);

describe('003 appendix 3 (district and Taraz akimats), cut inside one-line rows', () => {
  // Counted by hand: rows `1 Тараз` .. `11 Мойнқұм` at 003:475-535 and 003:1039-1085.
  test('reads all 11 rows of each standard as akim offices, none rejected', () => {
    expect([first.rowsSeen, first.rows.length, first.rejected.length]).toEqual([11, 11, 0]);
    expect([second.rowsSeen, second.rows.length, second.rejected.length]).toEqual([11, 11, 0]);
    expect(first.rows.map((r) => r.span.line)).toEqual([475, 477, 483, 489, 497, 503, 509, 512, 520, 529, 535]);
    expect(second.rows.map((r) => r.span.line)).toEqual([
      1039, 1042, 1048, 1053, 1061, 1065, 1072, 1075, 1077, 1082, 1085,
    ]);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.kind))).toEqual(new Set(['akim-office']));
  });

  test('cuts a whole row written on one line (003:475)', () => {
    expect(row(first, '1')).toEqual({
      kind: 'akim-office',
      rowNumber: '1',
      region: 'Жамбыл облысы',
      district: 'Тараз қаласы',
      cells: {
        name: 'Тараз қаласы әкімияты',
        address: 'Тараз қаласы, Достық алаңы, 3',
        phones: '8-7262-454814 430846',
        contacts: 'www.gorakim.kz',
      },
      hoursFrom: 'row',
      correction: null,
      span: { file: sourceFile('003'), line: 475, endLine: 475 },
    });
  });

  test.each([
    {
      n: '4',
      name: 'Тұрар Рысқұлов ауданының әкімияты',
      district: 'Тұрар Рысқұлов ауданы',
      address: 'Құлан ауылы, Жібек жолы көшесі 75',
      phones: '8-72631-21600 22342',
      contacts: 'T-Ryckulov.kz',
    },
    {
      n: '6',
      name: 'Шу ауданының әкімияты',
      district: 'Шу ауданы',
      address: 'Төле би ауылы, Төле би көшесі 272',
      phones: '8-72638-32198 31955',
      contacts: 'www.zhambulshu.kz',
    },
    {
      n: '8',
      name: 'Сарысу ауданының әкімияты',
      district: 'Сарысу ауданы',
      address: 'Жанатас қаласы, Бейбитшілік көшесі 1',
      phones: '87263461437 63281',
      contacts: 'www.sarysu.ku',
    },
  ])('cuts wrapped row $n of the first standard into its cells', ({ n, name, district, address, phones, contacts }) => {
    const r = row(first, n);
    expect(r?.cells).toEqual({ name, address, phones, contacts });
    expect(r?.district).toBe(district);
  });

  test('does not take the phone `87263461437` (003:518) for a row number', () => {
    expect(row(first, '8')?.span).toEqual({ file: sourceFile('003'), line: 512, endLine: 518 });
  });

  test('keeps the e-mail a line break split (003:541 `Moinkum_akimat@` / `mail.ru`)', () => {
    expect(loose(row(first, '11')?.cells.contacts)).toBe('moinkum_akimat@mail.ru');
    expect(loose(row(second, '9')?.cells.contacts)).toBe(loose('www.new.zhualy.kz Jua_fin@tarnet.kz'));
  });

  test('keeps the short addresses of the second standard as written (003:1061 `Қордай ауылы,`)', () => {
    expect(row(second, '5')?.cells).toEqual({
      name: 'Қордай ауданының әкімияты',
      address: 'Қордай ауылы',
      phones: '8-72636-21240, 21360',
      contacts: 'www.akimatkorday.kz',
    });
    expect(row(second, '10')?.cells.address).toBe('Аса ауылы');
    expect(row(second, '10')?.cells.phones).toBe('8-72633-22328, 211535');
  });

  test('stops at the next document heading the segment may still carry (003:544) and says so', () => {
    const trailer = first.diagnostics.find((d) => d.code === 'table-trailer');
    expect(trailer?.line).toBe(544);
    expect(row(first, '11')?.span.endLine).toBe(542);
    expect(first.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
  });
});
