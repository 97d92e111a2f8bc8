import { describe, expect, test } from 'vitest';
import { foldHomoglyphs } from '../../../../scripts/ingest/parse/service/match-text.ts';
import { parseCost } from '../../../../scripts/ingest/parse/service/parse-cost.ts';
import { parseForm } from '../../../../scripts/ingest/parse/service/parse-form.ts';
import { parseTextFacts } from '../../../../scripts/ingest/parse/service/parse-text-facts.ts';
import type { ClauseSegment } from '../../../../scripts/ingest/types.ts';
import { sourceFile } from '../../../helpers/source-files.ts';
import { clausesFrom, fixtureClauses } from './helpers.ts';

const F000 = sourceFile('000');

/** One clause from one source-like line (indented, as in the acts). */
function clause(text: string): ClauseSegment[] {
  return clausesFrom([{ line: 1, raw: `      ${text}`, text: `      ${text}` }], 'x.txt');
}

describe('parseCost', () => {
  test.each([
    { input: '8. Мемлекеттiк қызмет тегiн көрсетiледi.', free: true },
    { input: '8. Мемлекеттік қызмет көрсету ақысыз жүзеге асырылады.', free: true },
    { input: '8. Жұмыссыз азаматтарға анықтама беру бойынша анықтамалар тегін беріледі', free: true },
    { input: '8. Мемлекеттік қызмет ақылы негізде көрсетіледі.', free: false },
  ])('reads "$input" as free: $free', ({ input, free }) => {
    expect(parseCost(clause(input))?.cost.free).toBe(free);
  });

  test.each([
    '13. Белгіленген үлгідегі өтініштің және басқа да құжаттардың бланкілері бөлімдерде тегін беріледі.',
    '9. Мемлекеттік қызмет көрсетудің мерзімдері Стандарттың 7 тармағында көрсетілген.',
  ])('finds no cost in "%s"', (input) => {
    expect(parseCost(clause(input))).toBeNull();
  });
});

describe('parseForm', () => {
  test.each([
    {
      input: '2. Көрсетiлетiн мемлекеттiк қызметтiң нысаны: iшiнара автоматтандырылмаған.',
      value: 'partly-automated',
      flags: 1,
    },
    { input: '4. Көрсетілетін мемлекеттік қызметтің түрі: автоматтандырылмаған.', value: 'not-automated', flags: 0 },
    {
      input: '2. Көрсетілетін мемлекеттік қызметтің нысаны: жартылай автоматтандырылған.',
      value: 'partly-automated',
      flags: 0,
    },
    { input: '2. Көрсетілетін мемлекеттік қызметтің нысаны: толық автоматтандырылған.', value: 'automated', flags: 0 },
    {
      input: '2. Көрсетілетін мемлекеттік қызмет нысаны – ішінара автоматтандырылған.',
      value: 'partly-automated',
      flags: 0,
    },
  ])('reads "$input" as $value', ({ input, value, flags }) => {
    const form = parseForm(clause(input), 'x.txt');
    expect(form?.form.value).toBe(value);
    expect(form?.flags).toHaveLength(flags);
  });

  test("keeps 000's wording as written in the text", () => {
    expect(
      parseForm(clause('2. Көрсетiлетiн мемлекеттiк қызметтiң нысаны: iшiнара автоматтандырылмаған.'), 'x.txt')?.form
        .text,
    ).toBe('iшiнара автоматтандырылмаған');
  });
});

describe('parseTextFacts', () => {
  test('reads provider, legal basis, result and recipients from 000 clauses 1-6', () => {
    const facts = parseTextFacts(fixtureClauses('000-general-clauses.txt', F000, 8));
    expect(facts.provider?.line).toBe(9);
    expect(facts.legalBasis?.line).toBe(11);
    expect(facts.legalBasis?.text).toContain('Заңының 8-бабына сәйкес');
    expect(facts.result?.line).toBe(13);
    expect(facts.recipients?.line).toBe(14);
    // The normaliser may or may not have folded 000's Latin `i` yet: compare folded.
    expect(foldHomoglyphs(facts.recipients?.text ?? '')).toMatch(
      /^Мемлекеттік қызмет Қазақстан Республикасының азаматтарына, оралмандарға/u,
    );
  });

  test('finds nothing in clauses that state none of these facts', () => {
    const facts = parseTextFacts(
      clause(
        '12. Уәкілетті органға мемлекеттік қызмет көрсетуге өтініш қабылдайтын тұлғалардың минималды саны бір қызметкерді құрайды.',
      ),
    );
    expect(Object.values(facts).every((f) => f === null)).toBe(true);
  });
});
