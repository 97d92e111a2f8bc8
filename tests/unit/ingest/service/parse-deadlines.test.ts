import { describe, expect, test } from 'vitest';
import { findFigures } from '../../../../scripts/ingest/parse/service/deadline-figures.ts';
import { matchText } from '../../../../scripts/ingest/parse/service/match-text.ts';
import { parseDeadlines } from '../../../../scripts/ingest/parse/service/parse-deadlines.ts';
import { sourceFile } from '../../../helpers/source-files.ts';
import { fixtureClauses } from './helpers.ts';

const F000 = sourceFile('000');
const F002 = sourceFile('002');
const F003 = sourceFile('003');
const F004 = sourceFile('004');

const brief = (ds: ReturnType<typeof parseDeadlines>) =>
  ds.map((d) => [d.sources[0]?.line, d.channel, d.kind, d.value, d.unit]);

describe('parseDeadlines', () => {
  test('reads both channels of 000 clause 7: the authority and the public service centre', () => {
    const clauses = fixtureClauses('000-deadlines-clause-7.txt', F000, 15);
    expect(brief(parseDeadlines({ file: F000, clauses }))).toEqual([
      [17, 'authority', 'service-term', 10, 'minute'],
      [18, 'authority', 'queue-wait-collect', 10, 'minute'],
      [19, 'authority', 'service-time', 15, 'minute'],
      [20, 'public-service-centre', 'service-term', 3, 'working-day'],
      [21, 'public-service-centre', 'queue-wait-submit', 30, 'minute'],
      [22, 'public-service-centre', 'queue-wait-collect', 30, 'minute'],
      [23, 'public-service-centre', 'service-time', 30, 'minute'],
    ]);
  });

  test('reads 003\'s letter-spaced "1 0  к ү н" as 10 days', () => {
    const clauses = fixtureClauses('003-deadlines-letter-spaced.txt', F003, 58);
    const ds = parseDeadlines({ file: F003, clauses });
    expect(brief(ds)).toEqual([
      [60, 'any', 'service-term', 10, 'day'],
      [62, 'any', 'queue-wait-submit', 30, 'minute'],
      [64, 'any', 'queue-wait-collect', 10, 'minute'],
    ]);
    expect(ds[0]?.raw).toContain('қызмет көрсету мерзімі');
  });

  test("keeps 002's two service terms, at the department and at the rural akim, with their conditions", () => {
    const clauses = fixtureClauses('002-deadlines-two-channels.txt', F002, 4252);
    const ds = parseDeadlines({ file: F002, clauses });
    expect(brief(ds)).toEqual([
      [4256, 'authority', 'service-term', 10, 'calendar-day'],
      [4258, 'authority', 'service-term', 30, 'calendar-day'],
      [4260, 'any', 'queue-wait-submit', 40, 'minute'],
      [4262, 'any', 'queue-wait-collect', 40, 'minute'],
    ]);
    expect(ds[1]?.label).toBe(
      'Қызмет көрсету мерзімі (тұрғылықты жері бойынша ауыл (село), ауылдық (селолық) округ, кент әкіміне өтініш білдіргенде)',
    );
  });

  test("marks the one-month extension in 002's second standard as another limit", () => {
    const clauses = fixtureClauses('002-deadlines-extension.txt', F002, 1115);
    expect(brief(parseDeadlines({ file: F002, clauses }))).toEqual([
      [1117, 'any', 'service-term', 20, 'day'],
      [1117, 'any', 'other', 1, 'month'],
      [1119, 'any', 'queue-wait-submit', 40, 'minute'],
      [1121, 'any', 'queue-wait-collect', 40, 'minute'],
    ]);
  });

  test('finds limits outside the deadline clause (004 clause 5)', () => {
    const clauses = fixtureClauses('004-result-with-limits.txt', F004, 69);
    expect(brief(parseDeadlines({ file: F004, clauses }))).toEqual([
      [69, 'any', 'other', 10, 'working-day'],
      [75, 'any', 'other', 10, 'day'],
    ]);
  });

  test.each([
    { input: 'сағат 9.00-ден 18.00-ге дейін, түскі үзіліс сағат 13.00-ден', figures: [] },
    { input: 'Стандарттың 7 тармағында к ө р с е т і л г е н .', figures: [] },
    { input: 'қаулы 2001 жылғы 23 қаңтардағы', figures: [] },
    { input: 'осы жағдайда', figures: [] },
    { input: 'үш жұмыс күнi', figures: ['3 working-day'] },
    { input: 'бір айдан аспайтын', figures: ['1 month'] },
    { input: '9  күнтізбелік күнге дейін', figures: ['9 calendar-day'] },
  ])('finds figures $figures in "$input"', ({ input, figures }) => {
    expect(findFigures(matchText(input)).map((f) => `${f.value} ${f.unit}`)).toEqual(figures);
  });
});
