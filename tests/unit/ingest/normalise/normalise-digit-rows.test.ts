import { describe, expect, test } from 'vitest';
import { normaliseLine } from '../../../../scripts/ingest/normalise/index.ts';
import type { LineNote } from '../../../../scripts/ingest/normalise/line-rule.ts';
import { repairDigitRow } from '../../../../scripts/ingest/normalise/normalise-digit-rows.ts';
import { normaliseFixture } from './helpers.ts';

const lineOf = (fixture: ReturnType<typeof normaliseFixture>, n: number): string => fixture.lines[n - 1]?.text ?? '';
const codesAt = (fixture: ReturnType<typeof normaliseFixture>) =>
  fixture.diagnostics.filter((d) => d.code.includes('digits')).map((d) => [d.line, d.code]);

describe('a line of single digits, decided by the line above', () => {
  // Real pairs (line above, digit row) from content/sources, normalised line above as the rule sees it.
  test.each([
    { at: '001:345', previous: 'Абылайхан көшесі,', body: '2 1 5', output: '215' },
    { at: '001:493', previous: 'Нысанбаев көшесі,', body: '1 0 4', output: '104' },
    { at: '001:463', previous: '2-14-91', body: '1 5', output: '15' },
    { at: '003:702', previous: '8-7262-345124,', body: '3 4 2 8 7 9', output: '342879' },
    { at: '003:726', previous: '8-72637-21971,', body: '2 2 3 3 8', output: '22338' },
    { at: '001:332', previous: '2-47-51', body: '1 2 3 4 5', output: '1 2 3 4 5' },
    { at: '001:199', previous: 'кестесі', body: '1 2 3 4 5', output: '1 2 3 4 5' },
    { at: '001:583', previous: 'көлемінің) №', body: '1 2 3', output: '1 2 3' },
    { at: '001:11056', previous: 'нөмірі', body: '4 5 6', output: '4 5 6' },
    { at: '003:440', previous: 'негізделген шағымдардың % (үлесі)', body: '1 0 1', output: '1 0 1' },
    { at: '003:1006', previous: 'үлесі)', body: '0 0 0', output: '0 0 0' },
  ])("$at: reads '$body' after '$previous' as '$output'", ({ previous, body, output }) => {
    expect(repairDigitRow(body, [], { previous, sourceIsNfc: true })).toBe(output);
  });

  test.each([
    { why: 'house number', body: '2 1 5', code: 'letter-spaced-digits-joined' },
    { why: 'row number', body: '1 5', code: 'letter-spaced-digits-joined' },
  ])('reports a $why joined from context as an info note', ({ body, code }) => {
    const notes: LineNote[] = [];
    repairDigitRow(body, notes, { previous: body === '1 5' ? '2-14-91' : 'Абылайхан көшесі,', sourceIsNfc: true });
    expect(notes.map((n) => n.code)).toEqual([code]);
  });

  test('keeps column numbers apart without a note: they are certain', () => {
    const notes: LineNote[] = [];
    expect(repairDigitRow('1 2 3 4 5', notes, { previous: '2-47-51', sourceIsNfc: true })).toBe('1 2 3 4 5');
    expect(notes).toEqual([]);
  });

  test('an address left open by a comma outweighs an ascending row: `көшесі ,` / `1 2 3` is house 123', () => {
    expect(repairDigitRow('1 2 3', [], { previous: 'Абылайхан көшесі,', sourceIsNfc: true })).toBe('123');
  });

  test('without a line above, a short row is kept apart and reported as unsure', () => {
    const notes: LineNote[] = [];
    expect(repairDigitRow('2 1 5', notes)).toBe('2 1 5');
    expect(notes.map((n) => n.code)).toEqual(['letter-spaced-digits-kept']);
    expect(normaliseLine('1 5')).toBe('1 5');
  });
});

describe('digit rows in real excerpts', () => {
  test('joins the house number of Қарасай (001:345) and keeps the column numbers above it (001:332)', () => {
    const n = normaliseFixture('001-spaced-house-number.txt'); // source lines 329-350
    expect(lineOf(n, 4)).toBe('1 2 3 4 5');
    expect(lineOf(n, 16)).toBe('Абылайхан көшесі,');
    expect(lineOf(n, 17)).toBe('215');
    expect(codesAt(n)).toEqual([[17, 'normalise:letter-spaced-digits-joined']]);
  });

  test('reads row 15 after Сарқан phones (001:463) and Ұйғыр house number 104 (001:493)', () => {
    const n = normaliseFixture('001-row-number-fifteen.txt'); // source lines 455-494
    expect(lineOf(n, 9)).toBe('15');
    expect(lineOf(n, 28)).toBe('16');
    expect(lineOf(n, 39)).toBe('104');
    expect(codesAt(n)).toEqual([
      [9, 'normalise:letter-spaced-digits-joined'],
      [39, 'normalise:letter-spaced-digits-joined'],
    ]);
  });

  test('keeps the three quality-indicator cells «1 0 1» apart and reports both (003:440, 003:446)', () => {
    const n = normaliseFixture('003-quality-cells.txt'); // source lines 432-447
    expect([lineOf(n, 9), lineOf(n, 15)]).toEqual(['1 0 1', '1 0 1']);
    expect(lineOf(n, 1)).toBe('100 100 100');
    expect(codesAt(n)).toEqual([
      [9, 'normalise:letter-spaced-digits-kept'],
      [15, 'normalise:letter-spaced-digits-kept'],
    ]);
  });
});

describe('digits inside a letter-spaced line', () => {
  // A double space separates words; a single-spaced digit run inside one word slot is one number.
  test.each([
    { at: '001:5365', input: '3 0  л е т  П о б е д ы ,  2 1 .', output: '30 лет Победы, 21.' },
    { at: '001:4187', input: 'ү й  3  п ә т е р  2 6', output: 'үй 3 пәтер 26' },
    { at: '001:310', input: 'к ө ш е с і ,  2 6 1', output: 'көшесі, 261' },
  ])("$at: normalises '$input' to '$output'", ({ input, output }) => {
    expect(normaliseLine(input)).toBe(output);
  });

  // The row number shares the first word slot with the name: a space stays between them.
  test.each([
    { at: '001:4057', input: '9 Қ а р а с у  с е л о л ы қ', output: '9 Қарасу селолық' },
    { at: '001:4231', input: '6 Ж а й п а қ  с е л о л ы қ', output: '6 Жайпақ селолық' },
    { at: '001:5821', input: '4 Б а л п ы қ  с е л о л ы қ', output: '4 Балпық селолық' },
    { at: '001:5331', input: '5 Ж е т ы г е н с к и й', output: '5 Жетыгенский' },
    { at: '001:8921', input: '8 М е ж д у р е ч е н с к', output: '8 Междуреченск' },
    { at: '001:10104', input: '1 Ч у н д ж а  с е л о л ы қ', output: '1 Чунджа селолық' },
  ])("$at: keeps the row number apart in '$output'", ({ input, output }) => {
    expect(normaliseLine(input)).toBe(output);
  });

  // One letter after the digits is a house-number letter, written on as 000 and 002 write `31а`.
  test.each([
    { at: '001:5103', input: 'Ж а м б ы л  5 0 а', output: 'Жамбыл 50а' },
    { at: '001:5285', input: 'М о с к о в с к а я ,  2 а .', output: 'Московская, 2а.' },
    { at: '001:6043', input: 'Б . А т ы х а н у л ы  9 а', output: 'Б. Атыханулы 9а' },
  ])("$at: keeps the house letter on in '$output'", ({ input, output }) => {
    expect(normaliseLine(input)).toBe(output);
  });

  test('no normalised line of 001 glues a number to a word any more', () => {
    const n = normaliseFixture('001-ile-rural-rows.txt'); // source lines 5331-5368
    expect(lineOf(n, 1)).toBe('5 Жетыгенский');
    expect(n.lines.filter((l) => /\d\p{Script=Cyrillic}{2}/u.test(l.text)).map((l) => l.text)).toEqual([]);
  });
});
