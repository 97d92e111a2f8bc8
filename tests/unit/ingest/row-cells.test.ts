/**
 * The row checks of issue 19 that see lost or swapped cells (row-cells.ts, cell-kinds.ts) and rows read as
 * one (checkMergedNames), on tables built from real rows: 000's Almaty region rows 10-17 (lines 355-400)
 * and 001's first row (lines 201-231), each once as printed and once damaged as the mutation suite found.
 */
import { describe, expect, test } from 'vitest';
import { contentKinds, homeCells } from '../../../scripts/ingest/integrity/cell-kinds.ts';
import {
  checkMisplacedContent,
  checkMissingCells,
  checkNamePlace,
} from '../../../scripts/ingest/integrity/row-cells.ts';
import { checkMergedNames } from '../../../scripts/ingest/integrity/row-content.ts';
import { checkRestartsWithoutHeading, checkUnnumberedRows } from '../../../scripts/ingest/integrity/row-numbering.ts';
import type { AppendixSegment, Diagnostic, RawOfficeRow, SourceLine } from '../../../scripts/ingest/types.ts';

const FILE = '000.txt';
const at = (ds: readonly Diagnostic[]) => ds.map((d) => [d.code, d.line]);

/** 000's rows 10-17 as printed: number, name, address with e-mail, phone, blank (lines 355-400). */
const PRINTED = [
  [
    '10',
    'Жамбыл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
    '040600, Ұзынағаш ауылы, Қарасай батыр көшесі, 261',
    '8-72770 2-22-60',
  ],
  [
    '11',
    'Кербұлақ ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
    '041100, Сарыөзек кенті, Мәншүк Мәметова көшесі, 3',
    '8-72840 3-16-04',
  ],
  [
    '12',
    'Көксу ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
    '041200, Балпық би кенті, Мырзабеков көшесі, 38',
    '8-72838 2-03-71',
  ],
  [
    '13',
    'Панфилов ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
    '041300, Жаркент қаласы, Масанчи көшесі, 23 panfil2005@mail.ru',
    '8-72831 51048',
  ],
  [
    '14',
    'Райымбек ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
    '041400, Кеген ауылы, Момышұлы көшесі, 7 Raimbek_sobes@mail.ru',
    '8-72777 21134',
  ],
  [
    '15',
    'Сарқант ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
    '041500, Сарқант қаласы, Тәуелсіздік көшесі, 117 sarkand_sobes@mail.ru',
    '8-72839 21491',
  ],
  [
    '16',
    'Талғар ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
    '041600, Талғар қаласы, Гагарин көшесі, 76 talrot@yandex.ru',
    '8-72774 21717',
  ],
  [
    '17',
    'Ұйғыр ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
    'Ұйғыр ауданы, Шонжы ауылы, Нысанбаев көшесі, 10 ygyr_sobes@mail.ru',
    '8-72778 21270',
  ],
] as const;

interface Printed {
  number: string | null;
  /** The row's lines after its number line, in order; `cells` says which cell each joins. */
  lines: readonly (readonly [keyof RawOfficeRow['cells'], string])[];
}

/** A table as a tabbed parser reads it: one row per block, each block's lines in the cells they name. */
function table(blocks: readonly Printed[], from = 355): { rows: RawOfficeRow[]; appendix: AppendixSegment } {
  const lines: SourceLine[] = [];
  const rows: RawOfficeRow[] = [];
  let line = from;
  for (const block of blocks) {
    const start = line;
    const cells: Record<string, string> = {};
    if (block.number !== null) {
      lines.push({ line, raw: `\t${block.number}`, text: block.number });
      line++;
    }
    for (const [cell, text] of block.lines) {
      lines.push({ line, raw: `\t${text}`, text });
      cells[cell] = cells[cell] ? `${cells[cell]} ${text}` : text;
      line++;
    }
    rows.push({
      kind: 'employment-department',
      rowNumber: block.number,
      region: 'Алматы облысы',
      district: null,
      cells: { name: '', ...cells },
      hoursFrom: 'row',
      correction: null,
      span: { file: FILE, line: start, endLine: line - 1 },
    });
    lines.push({ line, raw: '\t', text: '' }, { line: line + 1, raw: '', text: '' });
    line += 2;
  }
  const appendix = {
    file: FILE,
    documentOrdinal: 1,
    number: 1,
    title: 'Мекенжайлар',
    lines,
    span: { file: FILE, line: from - 1, endLine: line },
  };
  return { rows, appendix };
}

const printed = (): Printed[] =>
  PRINTED.map(([number, name, address, phone]) => ({
    number,
    lines: [
      ['name', name],
      ['address', address],
      ['phones', phone],
    ],
  }));

describe('what a line holds, by content', () => {
  test.each([
    { text: '8-72840 3-16-04', kinds: ['phone'] },
    { text: '2-11-43', kinds: ['phone'] },
    { text: 'korgan-53@mail.ru', kinds: ['email'] },
    { text: 'сағат 9-00', kinds: ['hours'] },
    { text: '9.00-ден 18.00-ге дейін', kinds: ['hours'] },
    { text: 'Ақсу ауданы, Жансүгіров кенті,', kinds: ['address'] },
    { text: 'Ақсу ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі', kinds: [] },
    { text: '14-00 дейін', kinds: ['hours'] },
    { text: '13-00', kinds: [] },
  ])('«$text» is $kinds', ({ text, kinds }) => {
    expect(contentKinds(text)).toEqual(kinds);
  });

  test("each kind's home is the cell that holds it in half the rows or more", () => {
    const { rows } = table(printed());
    const homes = homeCells(rows.map((r) => r.cells));
    expect(Object.fromEntries(homes)).toEqual({ email: 'address', phone: 'phones', address: 'address' });
  });
});

describe('the rows as printed', () => {
  test('give no error', () => {
    const { rows, appendix } = table(printed());
    expect(checkMissingCells('2011-394-1/1', rows, appendix)).toEqual([]);
    expect(checkMisplacedContent('2011-394-1/1', rows, appendix)).toEqual([]);
    expect(checkUnnumberedRows('2011-394-1/1', rows)).toEqual([]);
    expect(checkMergedNames('2011-394-1/1', rows, appendix.lines)).toEqual([]);
  });

  test('a table that numbers none of its rows (002 receptions) has no unnumbered row', () => {
    const { rows } = table(printed().map((b) => ({ ...b, number: null })));
    expect(checkUnnumberedRows('x/3', rows)).toEqual([]);
  });
});

describe('000 line 401, 30 lines shuffled', () => {
  // Row 17 swallows the numbers and phones of rows 18-21; their names and addresses follow as rows
  // without a number or a phone (the shuffle's result, lines 413-426 of the damaged file).
  const shuffled = (): Printed[] => [
    ...printed().slice(0, 7),
    { number: '17', lines: [...(printed()[7]?.lines ?? []), ['phones', '18 8-72840 3-16-04 19 8-72772 41574']] },
    {
      number: null,
      lines: [
        ['name', 'Қапшағай қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі'],
        ['address', '040800, Қапшағай қаласы, Қонаев көшесі, 2/3 KSobes@mail.ru'],
      ],
    },
  ];

  test('the row without a phone is an error at its line, and so is its lost number', () => {
    const { rows, appendix } = table(shuffled());
    const loose = rows.at(-1)?.span.line;
    expect(at(checkMissingCells('2011-394-1/1', rows, appendix))).toEqual([['row-cells-missing', loose]]);
    expect(at(checkUnnumberedRows('2011-394-1/1', rows))).toEqual([['row-unnumbered', loose]]);
  });
});

describe("001's first row with 12 lines cut from its street (line 211)", () => {
  // 001 prints one column per line: the address's first two lines, then (the street, e-mail and phone
  // cut) straight on to the hours, read as the table's shared hours cell.
  const cut = (): Printed[] => [
    {
      number: '1',
      lines: [
        ['name', 'Ақсу ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі'],
        ['hours', 'Ақсу ауданы,'],
        ['hours', 'Жансүгіров кенті,'],
        ['hours', 'сағат 9-00'],
        ['hours', 'бастап 18-00 дейін,'],
      ],
    },
    // The other rows as 001 prints them: each with the hours after its phone.
    ...printed()
      .slice(1)
      .map((b) => ({ ...b, lines: [...b.lines, ['hours', 'сағат 9-00 бастап 18-00 дейін'] as const] })),
  ];

  test('is an error at the first line of hours, where the address should have gone on', () => {
    const { rows, appendix } = table(cut(), 201);
    const hours = appendix.lines.find((l) => l.text === 'сағат 9-00')?.line;
    const missing = checkMissingCells('2012-349-1/1', rows, appendix);
    expect(at(missing)).toEqual([['row-cells-missing', hours]]);
    expect(missing[0]?.message).toMatch(/has no address, phones/u);
  });

  test('the address read into the hours is an error at its line', () => {
    const { rows, appendix } = table(cut(), 201);
    const address = appendix.lines.find((l) => l.text === 'Ақсу ауданы,')?.line;
    expect(at(checkMisplacedContent('2012-349-1/1', rows, appendix))).toEqual([['cell-misplaced', address]]);
  });
});

describe('an e-mail in a name', () => {
  test('is an error at the line that holds it', () => {
    const blocks = printed();
    blocks[2] = {
      number: '12',
      lines: [
        ['name', 'Көксу ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі'],
        ['name', 'talrot@yandex.ru'],
        ['address', '041200, Балпық би кенті, Мырзабеков көшесі, 38'],
        ['phones', '8-72838 2-03-71'],
      ],
    };
    const { rows, appendix } = table(blocks);
    const line = appendix.lines.find((l) => l.text === 'talrot@yandex.ru')?.line;
    expect(at(checkMisplacedContent('2011-394-1/1', rows, appendix))).toEqual([['cell-misplaced', line]]);
  });
});

describe('two rows read as one (000 line 773, 12 lines cut)', () => {
  test("a name holding two offices' names is an error at the second", () => {
    const blocks = printed();
    blocks[7] = {
      number: '17',
      lines: [
        ['name', 'Ұйғыр ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі'],
        ['name', 'Талғар ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі'],
        ['address', '041600, Талғар қаласы, Гагарин көшесі, 76 talrot@yandex.ru'],
        ['phones', '8-72774 21717'],
      ],
    };
    const { rows, appendix } = table(blocks);
    const row17 = rows[7]?.span.line ?? 0;
    const second = appendix.lines.find((l) => l.line > row17 && l.text.startsWith('Талғар ауданының'))?.line;
    const merged = checkMergedNames('2011-394-1/1', rows, appendix.lines);
    expect(at(merged)).toEqual([['row-names-merged', second]]);
  });
});

describe('numbering that starts again under no heading', () => {
  const region = (rows: RawOfficeRow[], name: string, from: number) =>
    rows.map((r, i) => (i >= from ? { ...r, region: name } : r));

  test("000: row 1 in the same region (Almaty city's heading cut, line 1461) is an error at it", () => {
    const { rows } = table(printed());
    const restarted = rows.map((r, i) => (i === 5 ? { ...r, rowNumber: '1' } : r));
    expect(at(checkRestartsWithoutHeading('2011-394-1/1', restarted))).toEqual([
      ['rows-restart-without-heading', rows[5]?.span.line],
    ]);
    // Under a new region's heading, a restart is the act's own numbering.
    expect(checkRestartsWithoutHeading('2011-394-1/1', region(restarted, 'Атырау облысы', 5))).toEqual([]);
  });

  test("001's rural akims: a restart needs a new district's heading", () => {
    const { rows } = table(printed());
    const akims = rows.map((r, i) => ({
      ...r,
      kind: 'rural-akim' as const,
      rowNumber: String(i < 4 ? i + 1 : i - 3),
      district: i < 4 ? 'Панфилов ауданы' : 'Райымбек ауданы',
    }));
    expect(checkRestartsWithoutHeading('2012-349-7/2', akims)).toEqual([]);
    const lost = akims.map((r) => ({ ...r, district: 'Панфилов ауданы' }));
    expect(at(checkRestartsWithoutHeading('2012-349-7/2', lost))).toEqual([
      ['rows-restart-without-heading', akims[4]?.span.line],
    ]);
  });
});

describe("a row's name and another row's address (000 line 1154, 12 lines cut)", () => {
  const mangystau = (address: string): Printed => ({
    number: '5',
    lines: [
      ['name', 'Маңғыстау ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі'],
      ['address', address],
      ['phones', '8-72938 2-27-60'],
    ],
  });

  test('is an error at the address line', () => {
    const blocks = [...printed().slice(0, 5), mangystau('Түпқараған ауданы, Форт-Шевченко қаласы, Жастар көшесі')];
    const { rows, appendix } = table(blocks);
    const line = appendix.lines.find((l) => l.text.startsWith('Түпқараған ауданы,'))?.line;
    expect(at(checkNamePlace('2011-394-1/1', rows, appendix))).toEqual([['row-place-mismatch', line]]);
  });

  test.each([
    ['Қазталов ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі', 'Казталов ауданы, Қазталов ауылы,'],
    ['Сарқант ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі', 'Сарқан ауданы, Сарқан қаласы,'],
    ['Уштобе қаласының әкімі аппараты', 'Ұштөбе қаласы, Ш. Уәлиханов көшесі,'],
  ])("the acts' own spellings of one place are left alone: «%s» at «%s»", (name, address) => {
    const blocks = printed();
    blocks[0] = {
      number: '10',
      lines: [
        ['name', name],
        ['address', address],
        ['phones', '8-72770 2-22-60'],
      ],
    };
    const { rows, appendix } = table(blocks);
    expect(checkNamePlace('x/1', rows, appendix)).toEqual([]);
  });

  test('every row as 000 prints it is left alone', () => {
    const { rows, appendix } = table(printed());
    expect(checkNamePlace('2011-394-1/1', rows, appendix)).toEqual([]);
  });
});
