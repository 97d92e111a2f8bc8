import { describe, expect, test } from 'vitest';
import { parseAddress } from '../../../../scripts/ingest/parse/fields/parse-address.ts';
import { parseContacts } from '../../../../scripts/ingest/parse/fields/parse-contacts.ts';
import { splitPhones } from '../../../../scripts/ingest/parse/fields/split-cell.ts';
import { cell } from './fixture-cells.ts';

const at = { file: 'fixture.txt', line: 1 };

/** An address cell as the builder sees it: contacts and phones cut off first. */
function address(fixture: string, from: number, to = from) {
  const rest = parseContacts(cell(fixture, from, to), at).rest;
  return parseAddress(splitPhones(rest).own, at);
}

describe('parseAddress on real cells', () => {
  test.each([
    {
      fixture: '000-akmola-departments.txt',
      from: 2,
      to: 2,
      postcode: '020100',
      settlement: 'Ақкөл',
      district: null,
      text: 'Ақкөл қаласы, Нұрмағамбетов көшесі, 81',
    },
    {
      fixture: '001-aksu-department.txt',
      from: 15,
      to: 18,
      postcode: null,
      settlement: 'Жансүгіров',
      district: 'Ақсу ауданы',
      text: 'Ақсу ауданы, Жансүгіров кенті, Желтоқсан көшесі, 5',
    },
    {
      fixture: '003-taraz-baizak-departments.txt',
      from: 24,
      to: 26,
      postcode: null,
      settlement: 'Сарыкемер',
      district: null,
      text: 'Сарыкемер ауылы, Байзақ батыр көшесі, 112 кабинет N 102',
    },
    {
      fixture: '002-rural-akims.txt',
      from: 3,
      to: 3,
      postcode: '100615',
      settlement: 'Кеңгір',
      district: null,
      text: 'Қарағанды облысы, Жезқазған қаласы, Кеңгір селосы, Әуезов көшесі, 4',
    },
    {
      fixture: '002-kurma-rural-akim.txt',
      from: 3,
      to: 3,
      postcode: '100113',
      settlement: 'Құрма',
      district: 'Абай ауданы',
      text: 'Қарағанды облысы, Абай ауданы, Құрма селосы, Спасская көшесі, 7',
    },
    {
      fixture: '000-astana-department-and-pscs.txt',
      from: 4,
      to: 4,
      postcode: null,
      settlement: null,
      district: null,
      text: 'Иманбаева көшесі, 16',
    },
    {
      fixture: '001-balkhash-rural-akims.txt',
      from: 39,
      to: 40,
      postcode: null,
      settlement: 'Бырлик',
      district: null,
      text: 'Бырлик, Ботешева көш., 8',
      // No type word: a fallback, counted in the report.
      notes: ['settlement-bare-name'],
    },
  ])('reads $fixture lines $from-$to', ({ fixture, from, to, postcode, settlement, district, text, notes }) => {
    const result = address(fixture, from, to);
    expect(result).toMatchObject({ postcode, settlement, district, address: text });
    expect(result.diagnostics.map((d) => d.code)).toEqual(notes ?? []);
  });

  test.each([
    { input: 'Қарағанды облысы, Жаңаарқа ауданы, Атасу кенті Тәуелсіздік даңғылы, 5', settlement: 'Атасу' },
    { input: 'Астана қаласы Сүйінбай ақын көшесі, 85', settlement: 'Астана' },
    { input: '070900, Үлкен Нарын ауылы, Абылайхан көшесi, 109', settlement: 'Үлкен Нарын' },
    { input: 'а.Ынталы,Абай көш., 4', settlement: 'Ынталы' },
    { input: '040700, Өтеген батыр кентi, Титов көшесi, 3 «а»', settlement: 'Өтеген батыр' },
  ])("finds the settlement '$settlement' in '$input'", ({ input, settlement }) => {
    expect(parseAddress(input, at).settlement).toBe(settlement);
  });
});

describe('parseAddress negative cases', () => {
  test('keeps a seven-digit postcode (002 `1002008`) in the address and flags it', () => {
    const result = parseAddress('1002008, Қарағанды облысы, Жезқазған қаласы', at);
    expect(result.postcode).toBeNull();
    expect(result.address).toBe('1002008, Қарағанды облысы, Жезқазған қаласы');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['postcode-malformed']);
  });

  test.each(['Барақ батыр көшесi, 78', 'Шериаздан көшесi, 61', '4-шағын аудан'])(
    "names no settlement in '%s'",
    (input) => {
      expect(parseAddress(input, at).settlement).toBeNull();
    },
  );

  test('returns a null address for an empty cell', () => {
    expect(parseAddress('  ', at)).toMatchObject({ address: null, postcode: null, settlement: null });
  });
});

describe('parseAddress and micro-districts', () => {
  test('does not read a numbered micro-district (`14 шағын ауданы`, 000:1969) as a district', () => {
    const parsed = parseAddress('Ақтау қаласы, 14 шағын ауданы, 1', { file: '000.txt', line: 1969 });
    expect(parsed.district).toBeNull();
    expect(parsed.settlement).toBe('Ақтау');
  });
});

describe('a street is never the settlement (initials are not `с.`, `қ.`, `а.`)', () => {
  test.each([
    { fixture: '000-satpaev-department.txt', settlement: 'Сәтпаев', street: 'Сәтпаев даңғылы' },
    { fixture: '000-aktogay-department.txt', settlement: 'Ақтоғай', street: 'Бөкейхан даңғылы' },
    { fixture: '000-akmola-regional-department.txt', settlement: 'Көкшетау', street: 'Пушкин атындағы көше' },
    { fixture: '002-zhezkazgan-department.txt', settlement: 'Жезқазған', street: 'Сейфуллин көшесі' },
    { fixture: '002-zhanaarka-department.txt', settlement: 'Атасу', street: 'Тәуелсіздік даңғылы' },
    { fixture: '002-kyzyltau-rural-akim.txt', settlement: 'Қызылтау', street: 'Сейфуллин көшесі' },
  ])('$fixture: the settlement is $settlement, not the street', ({ fixture, settlement, street }) => {
    const result = address(fixture, 2);
    expect(result.settlement).toBe(settlement);
    expect(result.address).toContain(street);
  });

  test.each([
    'С.Сейфуллин көшесі, 39а',
    'Қ.Сәтпаев даңғылы, 111',
    'А.С. Пушкин атындағы көше, 23',
    'К. Қазантаев көшесі, 43',
    'ул.Бейсека, 1.',
  ])("names no settlement in the street-only address '%s'", (input) => {
    expect(parseAddress(input, at).settlement).toBeNull();
  });
});
