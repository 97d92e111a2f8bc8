import { describe, expect, test } from 'vitest';
import { parseComplaintRoute } from '../../../../scripts/ingest/parse/service/parse-complaint-route.ts';
import { sourceFile } from '../../../helpers/source-files.ts';
import { clausesFrom, fixtureClauses } from './helpers.ts';

const F000 = sourceFile('000');
const F004 = sourceFile('004');

describe('parseComplaintRoute', () => {
  test("orders 000's route: department head, higher authority, akim apparatus, court", () => {
    const route = parseComplaintRoute(fixtureClauses('000-complaint-section.txt', F000, 65), F000);
    expect(route.map((s) => [s.step, s.role, s.clause, s.sources[0]?.line])).toEqual([
      [1, 'department-head', '21', 69],
      [2, 'regional-department', '20', 67],
      [3, 'akim-office', '20', 68],
      [4, 'court', '22', 70],
    ]);
    expect(route[3]?.to).toBe('сот');
  });

  test("reads 004's letter-spaced clause 22: the departments, then the regional department", () => {
    const route = parseComplaintRoute(fixtureClauses('004-complaint-section.txt', F004, 225), F004);
    expect(route.map((s) => [s.role, s.clause, s.sources[0]?.line])).toEqual([
      ['department-head', '22', 232],
      ['regional-department', '22', 232],
    ]);
  });

  test('ignores paragraphs that only say who explains the procedure, and clauses outside the section', () => {
    const lines = [
      '5. Шағымдану тәртібі',
      '      21. Бөлімдердің ... шағымдану тәртібін түсіндіруді және шағымды дайындауға жәрдемді жоғары тұрған мемлекеттік органдардан – қалалар мен аудандардың әкім аппараттарынан алуға болады.',
      '6. Байланыс ақпараты',
      '      24. Шағымдар Басқарманың атына беріледі.',
    ].map((text, i) => ({ line: i + 1, raw: text, text }));
    expect(parseComplaintRoute(clausesFrom(lines, 'x.txt'), 'x.txt')).toEqual([]);
  });
});
