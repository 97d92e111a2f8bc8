import { describe, expect, test } from 'vitest';
import {
  isQualityAppendix,
  parseQualityIndicators,
} from '../../../../scripts/ingest/parse/service/parse-quality-indicators.ts';
import { sourceFile } from '../../../helpers/source-files.ts';
import { fixtureAppendix } from './helpers.ts';

const F000 = sourceFile('000');
const F003 = sourceFile('003');
const F004 = sourceFile('004');

const row = (q: ReturnType<typeof parseQualityIndicators>[number]) => [
  q.sources[0]?.line,
  q.normative,
  q.target,
  q.current,
];

describe('parseQualityIndicators', () => {
  test('reads 000 appendix 4: six indicators with empty value cells', () => {
    const a = fixtureAppendix('000-quality-appendix-4.txt', F000, 1838, 4);
    expect(isQualityAppendix(a)).toBe(true);
    const q = parseQualityIndicators(a);
    expect(q.map(row)).toEqual([
      [1852, null, null, null],
      [1859, null, null, null],
      [1866, null, null, null],
      [1871, null, null, null],
      [1878, null, null, null],
      [1885, null, null, null],
    ]);
    // The last name wraps onto an untabbed line: `5.1. Персоналдың сыпайылығына` / `қанағаттанатын ...`.
    expect(q[5]?.name).toMatch(/^Персоналдың сыпайылығына қанағаттанатын тұтынушылардың %-ы \(үлес[іi]\)$/u);
  });

  test('reads 004 appendix 2, whose names wrap past their values and are letter-spaced', () => {
    const q = parseQualityIndicators(fixtureAppendix('004-quality-appendix-2.txt', F004, 649, 2));
    expect(q).toHaveLength(12);
    expect(q.slice(0, 3).map(row)).toEqual([
      [666, '100', '96,2', '90,5'],
      [673, '95', '92,6', '89,6'],
      [685, '95', '91,7', '87,7'],
    ]);
    expect(q[1]?.name).toBe('Қызмет алуды кезекте 40 минуттан аспайтын уақыт күткен тұтынушылардың % ( үлесі)');
    expect(q[2]?.name).toBe('Қызметті ұсыну үдерісінің сапасына қанағаттанған тұтынушылардың % (үлесі)');
    expect(q.slice(11).map(row)).toEqual([[771, '100', '98,4', '97,4']]);
  });

  test('reads 003\'s "1 0 1" as three cells, not as 101', () => {
    const q = parseQualityIndicators(fixtureAppendix('003-quality-appendix-2.txt', F003, 376, 2));
    expect(q).toHaveLength(12);
    expect(q.slice(7, 9).map(row)).toEqual([
      [436, '1', '0', '1'],
      [442, '1', '0', '1'],
    ]);
  });

  test('does not take an office table for a quality table', () => {
    const a = fixtureAppendix('000-documents-clause-11.txt', F000, 35, 1);
    expect(isQualityAppendix(a)).toBe(false);
  });
});
