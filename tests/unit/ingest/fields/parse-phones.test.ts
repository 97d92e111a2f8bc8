import { describe, expect, test } from 'vitest';
import { parsePhones } from '../../../../scripts/ingest/parse/fields/parse-phones.ts';
import { splitPhones } from '../../../../scripts/ingest/parse/fields/split-cell.ts';
import { sourceFile } from '../../../helpers/source-files.ts';
import { cell } from './fixture-cells.ts';

const at = { file: 'fixture.txt', line: 1 };

/** Numbers, in order, that a cell yields; expected values counted by hand from the source lines. */
function numbers(text: string, inherited: string | null = null): (string | null)[] {
  return parsePhones(text, at, inherited).phones.map((p) => p.number);
}

describe('parsePhones on real cells', () => {
  test.each([
    // 000 (tab-delimited, national act)
    { fixture: '000-akmola-departments.txt', from: 3, to: 3, expected: ['+77163821048'] },
    { fixture: '000-akmola-departments.txt', from: 99, to: 99, expected: ['+77163642768'] }, // 8-716-36 4-27-68
    { fixture: '000-akmola-departments.txt', from: 105, to: 105, expected: ['+77164562633', '+77164562030'] },
    { fixture: '000-akmola-departments.txt', from: 111, to: 111, expected: ['+77162319276', '+77162319278'] },
    { fixture: '000-kostanay-departments.txt', from: 5, to: 5, expected: ['+77144534120'] }, // 34-1-20
    { fixture: '000-kostanay-departments.txt', from: 35, to: 35, expected: ['+77143523370'] }, // trailing comma
    { fixture: '000-kyzylorda-departments.txt', from: 4, to: 4, expected: ['+77242274279', '+77242270259'] },
    { fixture: '000-kyzylorda-departments.txt', from: 16, to: 16, expected: ['+77243821250', '+77243822263'] },
    // Baikonur keeps a Russian number under +7 336 22.
    { fixture: '000-kyzylorda-departments.txt', from: 28, to: 28, expected: ['+73362256220', '+73362256221'] },
    {
      fixture: '000-north-kazakhstan-department.txt',
      from: 5,
      to: 5,
      expected: ['+77152344718', '+77152340801', '+77152344389'],
    },
    // Astana: a 4-digit code, so 21-62-22 and 21-09-41 are two 6-digit numbers, not three.
    { fixture: '000-astana-department-and-pscs.txt', from: 5, to: 5, expected: ['+77172216222', '+77172210941'] },
    { fixture: '000-astana-department-and-pscs.txt', from: 29, to: 29, expected: [null] }, // 25-77-16
    { fixture: '000-regional-departments.txt', from: 6, to: 6, expected: [null, null, null] },
    // 002 (Karaganda): labelled phones, codes in brackets, a trunk 8 inside them.
    { fixture: '002-karaganda-departments.txt', from: 5, to: 7, expected: ['+77212300169', '+77212300229'] },
    { fixture: '002-karaganda-departments.txt', from: 44, to: 46, expected: ['+77213726208', '+77213726208'] },
    {
      fixture: '002-karaganda-departments.txt',
      from: 63,
      to: 65,
      expected: ['+77215652578', '+77215642893', '+77215655532'],
    },
    { fixture: '002-karaganda-departments.txt', from: 73, to: 73, expected: ['+77102765670'] },
    { fixture: '002-akim-receptions.txt', from: 57, to: 59, expected: ['+77212420220', '+77212419470'] },
    // 003 (Zhambyl): `8-CODE-NUMBER`, siblings after a comma or a space, a whole number in one group.
    { fixture: '003-taraz-baizak-departments.txt', from: 11, to: 11, expected: ['+77262345124', '+77262342879'] },
    { fixture: '003-taraz-baizak-departments.txt', from: 28, to: 28, expected: ['+77263721971', '+77263722338'] },
    { fixture: '003-taraz-department-letter-spaced.txt', from: 14, to: 15, expected: ['+77262345124', '+77262342879'] },
    { fixture: '003-akimats.txt', from: 49, to: 49, expected: ['+77263461437', '+77263463281'] },
    // 004 (Akmola): `8-(CODE)-N`, and a wrapped pair `6-26-336-` / `20-30`.
    { fixture: '004-akkol-arshaly-departments.txt', from: 33, to: 33, expected: ['+77163821048'] },
    { fixture: '004-stepnogorsk-kokshetau-departments.txt', from: 9, to: 9, expected: ['+77163642768'] },
    {
      fixture: '004-stepnogorsk-kokshetau-departments.txt',
      from: 24,
      to: 25,
      expected: ['+77164562633', '+77164562030'],
    },
    // 001 (Almaty region): code and number on two lines, `872773 91645`, letter-spaced digits.
    { fixture: '001-aksu-department.txt', from: 20, to: 21, expected: ['+77283221143'] },
    { fixture: '001-balkhash-rural-akims.txt', from: 10, to: 10, expected: ['+77277391645'] },
    {
      fixture: '001-ile-psc-branch.txt',
      from: 15,
      to: 18,
      expected: ['+77277023168', '+77277023090', '+77277023097'],
    },
    {
      fixture: '001-taldykorgan-psc.txt',
      from: 18,
      to: 21,
      expected: ['+77282242439', '+77282244043', '+77282240446'],
    },
  ])('reads $fixture lines $from-$to as $expected', ({ fixture, from, to, expected }) => {
    expect(numbers(cell(fixture, from, to))).toEqual(expected);
  });
});

describe('parsePhones on the shapes the issue names', () => {
  test.each([
    { input: '8-71638 2-10-48', expected: ['+77163821048'] },
    { input: '(7212) 300169', expected: ['+77212300169'] },
    { input: '872832 21732', expected: ['+77283221732'] },
    { input: 'тел. (72156) 52578, 42893', expected: ['+77215652578', '+77215642893'] },
    { input: '8-7262-345124, 342879', expected: ['+77262345124', '+77262342879'] },
    { input: '8-72637-21971, 22338', expected: ['+77263721971', '+77263722338'] },
    { input: '87263461437 63281', expected: ['+77263461437', '+77263463281'] },
    { input: '8-7172 21-62-22 21-09-41', expected: ['+77172216222', '+77172210941'] },
    { input: '(87212) 420220', expected: ['+77212420220'] },
  ])("normalises '$input' to $expected", ({ input, expected }) => {
    expect(numbers(input)).toEqual(expected);
  });

  test('gives `факс 64418` the area code the row named before it', () => {
    const [fax] = parsePhones('факс 64418', at, '72153').phones;
    expect(fax).toEqual({ number: '+77215364418', raw: '64418', type: 'fax', note: null });
  });

  test('reads a phone and a fax cut from the end of a 002 address cell', () => {
    const moved = splitPhones(cell('002-kurma-rural-akim.txt', 3)).moved ?? '';
    const phones = parsePhones(moved, at).phones;
    expect(phones.map((p) => [p.number, p.type, p.raw])).toEqual([
      ['+77215350566', 'phone', '(72153) 50 566'],
      ['+77215350574', 'fax', '50574'],
    ]);
  });

  test('reads the phones cut from a one-line 003 row (name, address, phones and website on one line)', () => {
    const moved = splitPhones(cell('003-akimats.txt', 6)).moved ?? '';
    expect(numbers(moved)).toEqual(['+77262454814', '+77262430846']);
  });

  test('types `тел/факс` as phone-fax and keeps the number as written in raw', () => {
    const moved = splitPhones(cell('002-rural-akims.txt', 7)).moved ?? '';
    expect(parsePhones(moved, at).phones).toEqual([
      { number: '+77102760043', raw: '(87102) 760043', type: 'phone-fax', note: null },
    ]);
  });

  test('keeps `қабылдау бөлмесi` as the note of both numbers before it', () => {
    const phones = parsePhones('41-63-10 42-09-10 қабылдау бөлмесi', at).phones;
    expect(phones.map((p) => [p.raw, p.number, p.note])).toEqual([
      ['41-63-10', null, 'қабылдау бөлмесi'],
      ['42-09-10', null, 'қабылдау бөлмесi'],
    ]);
  });

  test('drops an area code typed twice (`872839 872839 21349`) and says so', () => {
    const result = parsePhones('872839 872839 21349', at);
    expect(result.phones.map((p) => p.number)).toEqual(['+77283921349']);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['phone-code-repeated']);
  });

  test('returns the area code for the next cell of the row', () => {
    expect(parsePhones('тел. (71036) 42648,', at).areaCode).toBe('71036');
    expect(parsePhones('25-77-16', at).areaCode).toBeNull();
  });
});

describe('parsePhones negative cases', () => {
  test('writes no number for `25-77-16` and reports the missing area code at the row line', () => {
    const result = parsePhones('25-77-16', { file: sourceFile('000'), line: 1561 });
    expect(result.phones).toEqual([{ number: null, raw: '25-77-16', type: 'phone', note: null }]);
    expect(result.diagnostics).toMatchObject([
      { code: 'phone-no-area-code', file: sourceFile('000'), line: 1561, severity: 'info' },
    ]);
  });

  test('refuses the six-digit code `(710412)` (002 line 5246) and keeps the text', () => {
    const moved = splitPhones(cell('002-aktas-rural-akim.txt', 3)).moved ?? '';
    const result = parsePhones(moved, at);
    expect(result.phones).toEqual([{ number: null, raw: '(710412) 20010', type: 'phone-fax', note: null }]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['phone-area-code']);
  });

  test('keeps the good number of `8-72633-22328 211535` and rejects the six-digit one', () => {
    const result = parsePhones('8-72633-22328 211535', at);
    expect(result.phones.map((p) => [p.number, p.raw])).toEqual([
      ['+77263322328', '8-72633-22328'],
      [null, '211535'],
    ]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['phone-digits']);
  });

  test.each(['Демалыс және мереке күндерiн қоспағанда', 'sobes-taraz@mail.ru', '', 'тел.'])(
    "finds no phone in '%s'",
    (input) => {
      expect(parsePhones(input, at).phones).toEqual([]);
    },
  );
});

describe('digits split by spaces', () => {
  test('rejoins `8 72838 33803` (001 line 5801) into one number, not three junk entries', () => {
    const result = parsePhones(cell('001-koksu-ainabulak-rural-akim.txt', 7), at);
    expect(result.phones.map((p) => [p.number, p.raw])).toEqual([['+77283833803', '8 72838 33803']]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['phone-spaced-digits-joined']);
  });

  test.each([
    // One digit short: together they are no valid number, so nothing is joined or invented.
    { input: '8 72838 3380', numbers: [null, null, null] },
    // Two numbers sharing a code are not one long number.
    { input: '8-7172 21-62-22 21-09-41', numbers: ['+77172216222', '+77172210941'] },
  ])('does not join `$input`', ({ input, numbers: expected }) => {
    expect(numbers(input)).toEqual(expected);
    expect(parsePhones(input, at).diagnostics.map((d) => d.code)).not.toContain('phone-spaced-digits-joined');
  });
});
