/**
 * A table printed in several documents, compared copy against copy (row-copies.ts), on 001's department
 * rows as its seven documents print them: the shared hours in two wordings, four copies and three.
 */
import { describe, expect, test } from 'vitest';
import { checkRowCopies, type ParsedTable } from '../../../scripts/ingest/integrity/row-copies.ts';
import type { RawOfficeRow } from '../../../scripts/ingest/types.ts';

const FILE = '001.txt';
const TITLE = 'Алматы облысының аудандық, қалалық жұмыспен қамту және әлеуметтік бағдарламалар бөлімдері';
/** 001's hours, as documents 1-4 and as documents 5-7 word them (lines 217-231 and 2984 on). */
const SHORT =
  'Демалыс және мереке күндерін қоспағанда, аптасына бес күн сағат 9-00 бастап 18-00 дейін, түскі үзіліс сағат 13-00 бастап 14-00 дейін';
const LONG =
  'Қазақстан Республикасының 2001 жылғы 13 желтоқсанындағы "Қазақстан Республикасының мерекелері туралы" Заңына сәйкес, демалыс және мереке күндерін қоспағанда, аптасына бес күн сағат 9-00 бастап 18-00 дейін, түскі үзіліс сағат 13-00 бастап 14-00 дейін';
const ROWS = [
  [
    'Ақсу ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
    'Ақсу ауданы, Жансүгіров кенті, Желтоқсан көшесі, 5 korgan-53@mail.ru',
    '8-72832 2-11-43',
  ],
  [
    'Алакөл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
    'Алакөл ауданы, Үшарал қаласы, Жеңіс көшесі, 148 alaksob@mail.ru',
    '8-72833 2-15-36',
  ],
  [
    'Балқаш ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
    'Балқаш ауданы, Бақанас ауылы, Қонаев көшесі, 66 balhash_sobez@bk.ru',
    '8-72773 9-14-25',
  ],
] as const;

function copy(doc: number, hours: string, from: number): ParsedTable {
  const rows: RawOfficeRow[] = ROWS.map(([name, address, phones], i) => ({
    kind: 'employment-department',
    rowNumber: String(i + 1),
    region: 'Алматы облысы',
    district: null,
    cells: { name, address, phones, hours },
    hoursFrom: 'group',
    correction: null,
    span: { file: FILE, line: from + i * 16, endLine: from + i * 16 + 12 },
  }));
  const appendix = {
    file: FILE,
    documentOrdinal: doc,
    number: 1,
    title: TITLE,
    lines: [],
    span: { file: FILE, line: from - 30, endLine: from + 50 },
  };
  return { appendixId: `2012-349-${doc}/1`, appendix, rows };
}

const seven = () => [1, 2, 3, 4, 5, 6, 7].map((doc) => copy(doc, doc <= 4 ? SHORT : LONG, doc * 650));

describe('copies of one table', () => {
  test('in two wordings, each held by two copies or more, give no error', () => {
    expect(checkRowCopies(seven())).toEqual([]);
  });

  test("one copy's hours cut to the lunch break (001 line 217, 12 lines cut) is an error at its first row", () => {
    const tables = seven();
    tables[0] = copy(1, 'сағат 13-00 бастап 14-00 дейін', 650);
    const found = checkRowCopies(tables);
    expect(found.map((d) => [d.code, d.line])).toEqual([['row-copy-differs', 650]]);
    expect(found[0]?.message).toMatch(/hours differs from every other of the act's 7 copies/u);
  });

  test('three copies say too little: an odd one out there is left alone', () => {
    const tables = seven().slice(0, 3);
    tables[0] = copy(1, 'сағат 13-00 бастап 14-00 дейін', 650);
    expect(checkRowCopies(tables)).toEqual([]);
  });
});
