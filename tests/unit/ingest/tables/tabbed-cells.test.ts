/** The shared pieces of the tabbed parsers: the cell reader, place names, the address/phone split. */
import { describe, expect, test } from 'vitest';
import { readTabbedItems } from '../../../../scripts/ingest/parse/tables/tabbed-cells.ts';
import { cellFit } from '../../../../scripts/ingest/parse/tables/tabbed-columns.ts';
import { districtOf, regionOf } from '../../../../scripts/ingest/parse/tables/tabbed-place-names.ts';
import { splitAddressPhones } from '../../../../scripts/ingest/parse/tables/tabbed-row.ts';
import { appendixFromFixture, FILE_002 } from './tabbed-helpers.ts';

describe('readTabbedItems', () => {
  const appendix = appendixFromFixture('002-departments.txt', { file: FILE_002, firstLine: 223, title: '' });
  const items = readTabbedItems(FILE_002, appendix.lines);

  test('reads 002’s header and 18 rows as 19 blocks of 4 cells', () => {
    expect(items.map((i) => (i.type === 'block' ? i.block.cells.length : i.type))).toEqual(Array(19).fill(4));
  });

  test('runs a cell on over blank lines until the next tab line: 002 lines 229-234', () => {
    const row = items[1]?.type === 'block' ? items[1].block : null;
    expect(row?.cells[2]).toEqual({
      text: '100012, Қарағанды облысы, Қарағанды қаласы, Поспелов көшесі, 16 тел. (7212) 300169 факс (7212) 300229',
      span: { file: FILE_002, line: 230, endLine: 234 },
    });
    expect(row?.span).toEqual({ file: FILE_002, line: 228, endLine: 236 });
  });
});

describe('place names', () => {
  test.each([
    {
      text: 'Ақмола облысының аудандық, қалалық жұмыспен қамту және әлеуметтік бағдарламалар бөлімдері',
      region: 'Ақмола облысы',
    },
    { text: 'Маңғыстау облыстық ХҚО', region: 'Маңғыстау облысы' },
    { text: 'Алматы қаласы Алмалы ауданының ХҚО', region: 'Алматы қаласы' },
    { text: 'Солтүстiк Қазақстан облысы әкiмiнiң аппараты', region: 'Солтүстiк Қазақстан облысы' },
    { text: 'Ақкөл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі', region: null },
    { text: 'Степногор қаласының жұмыспен қамту', region: null },
  ])('finds the region $region in «$text»', ({ text, region }) => {
    expect(regionOf(text)).toBe(region);
  });

  test.each([
    { text: 'Әйтеке би ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі', district: 'Әйтеке би ауданы' },
    {
      text: 'Жұмыспен қамту және әлеуметтік бағдарламалар бөлімінің Қармақшы ауданындағы Байқоңыр филиалы',
      district: 'Қармақшы ауданы',
    },
    { text: 'Астана қаласы Сарыарқа ауданының № 2 ХҚО', district: 'Сарыарқа ауданы' },
    { text: '"Балқаш қаласы әкімінің аппараты" мемлекеттік мекемесі', district: 'Балқаш қаласы' },
    {
      text: '100300, Қарағанды облысы, Балқаш қаласы, Гүлшат кенті, Ағыбай батыр көшесі, 23',
      district: 'Балқаш қаласы',
    },
    { text: '101203, Қарағанды облысы, Ақтас кенті, Кржижановский көшесі, 27', district: null },
    { text: 'Алматы қаласы, Алмагүл шағын ауданы, 9 «а»', district: null },
    { text: 'Астана қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі', district: null },
  ])('finds the district $district in «$text»', ({ text, district }) => {
    const region = text.startsWith('Алматы') ? 'Алматы қаласы' : text.startsWith('Астана') ? 'Астана қаласы' : null;
    expect(districtOf(text, region)).toBe(district);
  });
});

describe('splitAddressPhones', () => {
  test.each([
    {
      input: '100615, Қарағанды облысы, Жезқазған қаласы, Малшыбай селосы, тел/факс (87102) 760043',
      address: '100615, Қарағанды облысы, Жезқазған қаласы, Малшыбай селосы',
      phones: 'тел/факс (87102) 760043',
    },
    {
      input: '101200, Қарағанды облысы, Саран қаласы, Жеңіс көшесі, 45 тел.(72137) 26208 Факс (72137) 26208',
      address: '101200, Қарағанды облысы, Саран қаласы, Жеңіс көшесі, 45',
      phones: 'тел.(72137) 26208 Факс (72137) 26208',
    },
    {
      input: '100300, Қарағанды облысы, Балқаш қаласы, Уәлиханов көшесі, 5',
      address: '100300, Қарағанды облысы, Балқаш қаласы, Уәлиханов көшесі, 5',
      phones: undefined,
    },
    { input: 'тел. (7212) 300169', address: 'тел. (7212) 300169', phones: undefined },
  ])('splits «$input» at its first phone label', ({ input, address, phones }) => {
    expect(splitAddressPhones(input)).toEqual({ address, phones });
  });
});

// Cells reach cellFit normalised: 000's `бөлмесi` arrives as `бөлмесі`.
describe('cellFit', () => {
  test.each([
    { kind: 'phones', text: '8-71638 2-10-48', fit: 2 },
    { kind: 'phones', text: '40-10-63 қабылдау бөлмесі', fit: 2 },
    { kind: 'phones', text: 'Көкшетау қаласы, Әуезов көшесi, 189 «а»', fit: 0 },
    { kind: 'address', text: '25-77-16', fit: 0 },
    { kind: 'address', text: '020100, Ақкөл қаласы, Нұрмағамбетов көшесi, 81 akkol_ozsp@mail.ru', fit: 2 },
    { kind: 'contacts', text: 'www.social.balkhash.kz sobes_balkhash@mail.ru', fit: 2 },
    { kind: 'name', text: 'akmout@mail.online.kz', fit: 0 },
    { kind: 'hours', text: '', fit: 1 },
    { kind: 'number', text: '12.', fit: 2 },
  ] as const)('rates «$text» as $kind at $fit', ({ kind, text, fit }) => {
    expect(cellFit(kind, text)).toBe(fit);
  });
});
