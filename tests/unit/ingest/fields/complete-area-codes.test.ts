import { describe, expect, test } from 'vitest';
import {
  NO_CITY_AREA_CODES as NO_TABLE,
  parseCityAreaCodes,
} from '../../../../scripts/ingest/resolve/city-area-codes.ts';
import { completeAreaCodes, townKey } from '../../../../scripts/ingest/resolve/complete-area-codes.ts';
import type { Office, Phone } from '../../../../src/schemas/office.ts';
import * as record from '../../../helpers/records.ts';
import { sourceFile } from '../../../helpers/source-files.ts';

const FILE = sourceFile('000');

const office = (id: string, region: string, settlement: string | null, phones: Phone[], line: number): Office =>
  record.office({
    id,
    kind: 'public-service-centre',
    name: id,
    region,
    settlement,
    phones,
    sources: [{ file: FILE, line, act: '2012-1', appendix: '2012-1-1/1' }],
  });

const bare = (raw: string, note: string | null = null): Phone => ({ number: null, raw, type: 'phone', note });

// 000 appendix 1 row 19 (line 194) shows Kokshetau's code; appendix 2 row 1 (line 1558) has none.
const kokshetauDepartment = office(
  'kokshetau-department',
  'Ақмола облысы',
  'Көкшетау',
  [{ number: '+77162319276', raw: '8-7162 31-92-76', type: 'phone', note: null }],
  194,
);

describe('completeAreaCodes', () => {
  test('gives `25-77-16` the code another Kokshetau office shows, and says where it came from', () => {
    const centre = office(
      'akmola-psc',
      'Ақмола облысы',
      'Көкшетау',
      [bare('25-77-16'), bare('40-10-63', 'қабылдау бөлмесі')],
      1558,
    );
    const { offices, diagnostics } = completeAreaCodes([kokshetauDepartment, centre]);
    expect(offices[1]?.phones).toEqual([
      {
        number: '+77162257716',
        raw: '25-77-16',
        type: 'phone',
        note: null,
        areaCode: { code: '7162', from: 'same-town', raw: '8-7162 31-92-76', source: { file: FILE, line: 194 } },
      },
      {
        number: '+77162401063',
        raw: '40-10-63',
        type: 'phone',
        note: 'қабылдау бөлмесі',
        areaCode: { code: '7162', from: 'same-town', raw: '8-7162 31-92-76', source: { file: FILE, line: 194 } },
      },
    ]);
    expect(diagnostics).toEqual([]);
    expect(offices[0]).toBe(kokshetauDepartment);
  });

  test('uses the city a city-region names when the address has no settlement (Astana)', () => {
    const department = office(
      'astana',
      'Астана қаласы',
      null,
      [{ number: '+77172216222', raw: '8-7172 21-62-22', type: 'phone', note: null }],
      1537,
    );
    const centre = office('astana-psc', 'Астана қаласы', 'Астана', [bare('50-13-69')], 1715);
    expect(completeAreaCodes([department, centre]).offices[1]?.phones[0]?.number).toBe('+77172501369');
  });
});

describe('completeAreaCodes negative cases', () => {
  test('invents nothing for Almaty: the 4-digit codes seen do not fit a 7-digit number', () => {
    const department = office(
      'almaty',
      'Алматы қаласы',
      'Алматы',
      [{ number: '+77272998779', raw: '8-7272 99-87-79', type: 'phone', note: null }],
      1481,
    );
    const centre = office('almaly-psc', 'Алматы қаласы', 'Алматы', [bare('378-09-10')], 1651);
    const { offices, diagnostics } = completeAreaCodes([department, centre]);
    expect(offices[1]?.phones[0]).toEqual(bare('378-09-10'));
    expect(diagnostics).toMatchObject([{ code: 'phone-no-e164', file: FILE, line: 1651 }]);
    expect(diagnostics[0]?.message).toMatch(/^no-code-in-data: /);
  });

  test('leaves a number alone when its city has no code in the data', () => {
    const centre = office('aktobe-psc', 'Ақтөбе облысы', 'Ақтөбе', [bare('56-24-53')], 1564);
    const { offices, diagnostics } = completeAreaCodes([kokshetauDepartment, centre]);
    expect(offices[1]?.phones[0]?.number).toBeNull();
    expect(diagnostics.map((d) => d.code)).toEqual(['phone-no-e164']);
  });

  test('does not take a code from a same-named town in another region', () => {
    const centre = office('other', 'Қостанай облысы', 'Көкшетау', [bare('25-77-16')], 2000);
    expect(completeAreaCodes([kokshetauDepartment, centre]).offices[1]?.phones[0]?.number).toBeNull();
  });

  test('never completes a malformed number (`(710412) 20010`)', () => {
    const centre = office('aktas', 'Ақмола облысы', 'Көкшетау', [bare('(710412) 20010')], 2001);
    const { offices, diagnostics, gaps } = completeAreaCodes([kokshetauDepartment, centre]);
    expect(offices[1]?.phones[0]?.number).toBeNull();
    expect(diagnostics[0]?.message).toMatch(/^invalid-area-code: /);
    expect(gaps).toEqual({ 'invalid-area-code': 1 });
  });
});

describe('completeAreaCodes through folded town names', () => {
  // 000 line 1357 writes the Kazakh `Петропавл` with `8-715-2 34-47-18`; line 1638 the Russian `Петропавловск`.
  test('gives `42-69-50` of Петропавловск the code 000 shows for Петропавл', () => {
    const department = office(
      'petropavl',
      'Солтүстік Қазақстан облысы',
      'Петропавл',
      [{ number: '+77152344718', raw: '8-715-2 34-47-18', type: 'phone', note: null }],
      1354,
    );
    const centre = office('sko-psc', 'Солтүстік Қазақстан облысы', 'Петропавловск', [bare('42-69-50')], 1636);
    expect(completeAreaCodes([department, centre]).offices[1]?.phones[0]?.number).toBe('+77152426950');
  });

  test('gives `42-10-90` of `Карағанды` (000 line 1955, a Russian К) the code of Қарағанды', () => {
    const department = office(
      'karagandy',
      'Қарағанды облысы',
      'Қарағанды',
      [{ number: '+77212300169', raw: '8-7212 30-01-69', type: 'phone', note: null }],
      804,
    );
    const akimat = office('karagandy-akimat', 'Қарағанды облысы', 'Карағанды', [bare('42-10-90')], 1951);
    expect(completeAreaCodes([department, akimat]).offices[1]?.phones[0]?.number).toBe('+77212421090');
  });

  test.each([
    ['Петропавл', 'Петропавловск'],
    ['Карағанды', 'Қарағанды'],
    ['Степногор', 'Степногорск'],
  ])('%s and %s are one town', (a, b) => expect(townKey(a)).toBe(townKey(b)));

  test.each([
    ['Ақсу', 'Ақсай'],
    ['Абай', 'Абайыл'],
  ])('%s and %s stay two towns', (a, b) => expect(townKey(a)).not.toBe(townKey(b)));
});

describe("a row's own code before any other", () => {
  // 003 line 532: `Аса ауылы, Абай көшесі 123 8-72633-22328 211535`; 000 line 640 shows 7263 for the same village.
  /** A department of Аса with the town's code 7263, and an akimat whose own row names 72633 beside `digits`. */
  const asa = (digits: string) => [
    office(
      'zhambyl-department',
      'Жамбыл облысы',
      'Аса',
      [{ number: '+77263321756', raw: '8-7263 32-17-56', type: 'phone', note: null }],
      640,
    ),
    office(
      'zhambyl-akimat',
      'Жамбыл облысы',
      'Аса',
      [{ number: '+77263322328', raw: '8-72633-22328', type: 'phone', note: null }, bare(digits)],
      529,
    ),
  ];

  test('leaves `211535` without E.164 rather than give it the 7263 of another row', () => {
    const { offices, diagnostics, gaps } = completeAreaCodes(asa('211535'));
    expect(offices[1]?.phones[1]?.number).toBeNull();
    expect(diagnostics[0]?.message).toMatch(/^own-code-does-not-fit: /);
    expect(gaps).toEqual({ 'own-code-does-not-fit': 1 });
  });

  test("uses the row's own code when it fits, even where the town shows another", () => {
    const completed = completeAreaCodes(asa('21153')).offices[1]?.phones[1];
    expect(completed?.number).toBe('+77263321153');
    expect(completed?.areaCode).toMatchObject({ code: '72633', from: 'same-office' });
  });
});

describe('completeAreaCodes within the phone own act', () => {
  // 000 writes Талдықорған's centre (line 1570) as `24-31-10`; 001 writes the centre's `8-7282 24-24-39`
  // (row at line 10784) and the city department's number as `8-72822 1-04-91` (line 516), which 000 writes
  // `8-7282 210491` (row at line 415). Another act's number never completes this act's phone (issue 19).
  const otherAct = record.office({
    id: 'taldykorgan-psc-001',
    kind: 'public-service-centre',
    name: 'taldykorgan-psc-001',
    region: 'Алматы облысы',
    settlement: 'Талдықорған',
    phones: [{ number: '+77282242439', raw: '8-7282 24-24-39', type: 'phone', note: null }],
    sources: [{ file: sourceFile('001'), line: 10784, act: '2012-349', appendix: '2012-349-7/1' }],
  });
  const centre = office('almaty-oblysy-khko', 'Алматы облысы', 'Талдықорған', [bare('24-31-10')], 1570);

  test('leaves `24-31-10` without a code when only another act shows its town’s code', () => {
    const { offices, gaps } = completeAreaCodes([otherAct, centre]);
    expect(offices[1]?.phones[0]?.number).toBeNull();
    expect(gaps).toEqual({ 'no-code-in-data': 1 });
  });

  test('completes it from the reviewed table instead, citing the table', () => {
    const table = parseCityAreaCodes({
      about: 'test',
      source: 'National numbering plan of the Republic of Kazakhstan',
      cities: [{ city: 'Талдықорған', region: 'Алматы облысы', code: '7282', subscriberDigits: 6, districts: [] }],
    });
    const phone = completeAreaCodes([otherAct, centre], table).offices[1]?.phones[0];
    expect(phone?.number).toBe('+77282243110');
    expect(phone?.areaCode).toEqual({
      code: '7282',
      from: 'city-table',
      source: { file: 'content/phone/city-area-codes.json', line: 1 },
      reference: 'National numbering plan of the Republic of Kazakhstan',
    });
  });

  test('reads a merged office’s codes from its own act’s row, as that act writes the number', () => {
    const row = (file: string, line: number, raw: string) =>
      record.office({
        id: 'taldykorgan-department',
        kind: 'employment-department',
        name: 'taldykorgan-department',
        region: 'Алматы облысы',
        settlement: 'Талдықорған',
        phones: [{ number: '+77282210491', raw, type: 'phone', note: null }],
        sources: [{ file, line, act: file.slice(0, 3), appendix: `${file.slice(0, 3)}-1/1` }],
      });
    const in000 = row(FILE, 415, '8-7282 210491');
    const in001 = row(sourceFile('001'), 516, '8-72822 1-04-91');
    // Merged, the office shows 001's spelling, whose code 72822 leaves six digits no room.
    const merged = { ...in001, sources: [...in000.sources, ...in001.sources] };
    const phone = completeAreaCodes([merged, centre], NO_TABLE, [in000, in001, centre]).offices[1]?.phones[0];
    expect(phone?.areaCode).toEqual({
      code: '7282',
      from: 'same-town',
      raw: '8-7282 210491',
      source: { file: FILE, line: 415 },
    });
    // Without 001 the same row gives the same code: nothing of 000's phone depends on 001.
    const alone = completeAreaCodes([in000, centre]).offices[1]?.phones[0];
    expect(alone).toEqual(phone);
  });
});
