import { describe, expect, test } from 'vitest';
import { checkClauseNumbers } from '../../../../scripts/ingest/segment/check-segments.ts';
import { segmentClauses } from '../../../../scripts/ingest/segment/segment-clauses.ts';
import { FILES, foldI, normalise, readFixture, segmentedSource } from './load.ts';

const range = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

describe('segmentClauses', () => {
  // Fixture: 000 lines 1-82, the stamp, the title, the whole body and the head of appendix 1.
  const lines000 = normalise('000', readFixture('segment/000-body-and-first-appendix.txt')).lines;
  const body000 = lines000.filter((l) => l.line >= 8 && l.line <= 74);
  const clauses000 = segmentClauses(body000, FILES['000']);

  test('cuts the 25 clauses of 000, numbered 1 to 25', () => {
    expect(clauses000.map((c) => c.number)).toEqual(range(1, 25));
  });

  test.each([
    { number: '1', section: '1. Жалпы ережелер', line: 9, endLine: 9 },
    { number: '7', section: '1. Жалпы ережелер', line: 15, endLine: 23 },
    { number: '11', section: '2. Мемлекеттік қызмет көрсетудің тәртібі', line: 35, endLine: 41 },
    { number: '19', section: '5. Шағымдану тәртібі', line: 66, endLine: 66 },
    { number: '25', section: '5. Шағымдану тәртібі', line: 73, endLine: 73 },
  ])('puts clause $number of 000 under «$section» at lines $line-$endLine', ({ number, section, line, endLine }) => {
    const clause = clauses000.find((c) => c.number === number);
    expect(foldI(clause?.section ?? '')).toBe(section);
    expect(clause?.span).toEqual({ file: FILES['000'], line, endLine });
  });

  test('joins the sub-items and the unnumbered paragraph into clause 7 of 000', () => {
    const clause = clauses000.find((c) => c.number === '7');
    expect(clause?.lines.map((l) => l.line)).toEqual(range(15, 23).map(Number));
    const text = foldI(clause?.text ?? '');
    expect(text.startsWith('7. Мемлекеттік қызмет көрсету мерзімдері:')).toBe(true);
    expect(text).toContain('Уәкілетті органға өтініш білдірген жағдайда:');
    expect(text).toContain('Орталыққа барған кезде тұтынушы қажетті құжаттарды тапсырған сәттен бастап');
    expect(text.endsWith('рұқсат берілген ең көп уақыты - 30 минут.')).toBe(true);
  });

  test('cuts the 25 clauses of 003 document 2 and reads the heading glued to its title', () => {
    const doc = segmentedSource('003').documents[1];
    expect(doc?.clauses.map((c) => c.number)).toEqual(range(1, 25));
    expect(doc?.clauses[0]?.section).toBe('1. Жалпы ережелер');
    expect(doc?.clauses[11]?.section).toBe('2. Мемлекеттік қызмет көрсету тәртібі');
  });

  test('reads 003 clause 12.1 even when its number is letter-spaced (`1 2 . 1 .  Б е л г і ...`)', () => {
    const numbers = segmentedSource('003').documents[0]?.clauses.map((c) => c.number);
    expect(numbers?.slice(11, 16)).toEqual(['12', '12.1', '12.2', '12.3', '12.4']);
    expect(numbers).toHaveLength(29);
  });

  test('keeps both clauses numbered 11 in 001 document 7 and reports the second', () => {
    // Fixture: 001 lines 6938-7020, section 3 of the last regulation to the start of section 4.
    const lines = normalise('001', readFixture('segment/001-duplicate-clause-11.txt')).lines.map((l) => ({
      ...l,
      line: l.line + 6937,
    }));
    const clauses = segmentClauses(lines, FILES['001']);
    expect(clauses.map((c) => c.number)).toEqual(['8', '9', '10', '11', '11', '12', '13']);
    expect(clauses[3]?.span).toEqual({ file: FILES['001'], line: 6953, endLine: 7010 });
    expect(clauses[4]?.span).toEqual({ file: FILES['001'], line: 7011, endLine: 7012 });
    expect(clauses[5]?.section).toBe(
      '4. Мемлекеттік қызмет көрсету барысында әрекет ету (өзара әрекеттесу) тәртібінің сипаттамасы',
    );
    // The fragment opens at clause 8, which the check also notes as a gap after nothing.
    const diagnostics = checkClauseNumbers(FILES['001'], 7, clauses).filter((d) => d.severity === 'warning');
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['duplicate-clause-number', 7011]]);
  });

  test('counts 18 clauses in 001 document 7, the duplicate 11 included', () => {
    expect(segmentedSource('001').documents[6]?.clauses).toHaveLength(18);
  });

  test('reads `4.Көрсетілетін` (no space after the dot) as clause 4 of 001 document 5', () => {
    const clause = segmentedSource('001').documents[4]?.clauses.find((c) => c.number === '4');
    expect(clause?.span.line).toBe(2685);
  });
});

describe('segmentClauses negative cases', () => {
  const line = (n: number, text: string) => ({ line: n, raw: text, text });

  test.each([
    { text: '      9.00-ден 18.00-ге дейін', why: 'a time is no clause number' },
    { text: '\t1.1. Құжаттарды тапсырған сәттен бастап', why: 'a tab-led line is a table cell' },
    { text: '      9 . 0 0 - д е н', why: 'a letter-spaced time is no clause number' },
  ])('does not start a clause at «$text» ($why)', ({ text }) => {
    const clauses = segmentClauses([line(1, '      5. Бесінші тармақ.'), line(2, text)], 'x.txt');
    expect(clauses.map((c) => [c.number, c.lines.length])).toEqual([['5', 2]]);
  });

  test('keeps a margin line starting with a number that is not the next section as text', () => {
    const clauses = segmentClauses(
      [line(1, '1. Жалпы ережелер'), line(2, '      1. Бірінші тармақ'), line(3, '5. Бесінші жол сияқты мәтін')],
      'x.txt',
    );
    expect(clauses.map((c) => [c.number, c.section, c.span.endLine])).toEqual([['1', '1. Жалпы ережелер', 3]]);
  });

  test('returns no clause for an empty or blank body', () => {
    expect(segmentClauses([], 'x.txt')).toEqual([]);
    expect(segmentClauses([line(1, ''), line(2, '   ')], 'x.txt')).toEqual([]);
  });
});
