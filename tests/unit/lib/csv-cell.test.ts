import { describe, expect, test } from 'vitest';
import { csvCell } from '../../../src/lib/open-data/csv-cell.ts';

describe('csvCell', () => {
  test.each([
    { input: '=HYPERLINK("http://x.kz","a")', output: `"'=HYPERLINK(""http://x.kz"",""a"")"` },
    { input: '+1+2', output: `"'+1+2"` },
    { input: '-2+3', output: `"'-2+3"` },
    { input: '@SUM(A1)', output: `"'@SUM(A1)"` },
    { input: '\t=1', output: `"'\t=1"` },
    { input: '\r=1', output: `"'\r=1"` },
  ])('neutralises $input so no spreadsheet runs it', ({ input, output }) => {
    expect(csvCell(input)).toBe(output);
  });

  test.each([
    { input: 'Ақкөл ауданы', output: 'Ақкөл ауданы' },
    { input: 'a, b', output: '"a, b"' },
    { input: 'say "x"', output: '"say ""x"""' },
    { input: 'a = b', output: 'a = b' },
  ])('leaves $input as RFC 4180 text', ({ input, output }) => {
    expect(csvCell(input)).toBe(output);
  });

  test('keeps valid E.164 numbers in a phone column, one or several', () => {
    expect(csvCell('+77163821048', { phones: true })).toBe('+77163821048');
    expect(csvCell('+77163821048; +77163821049', { phones: true })).toBe('+77163821048; +77163821049');
  });

  test('neutralises anything else in a phone column, and E.164 in other columns', () => {
    expect(csvCell('+7716=1+1', { phones: true })).toBe(`"'+7716=1+1"`);
    expect(csvCell('-32-00-96', { phones: true })).toBe(`"'-32-00-96"`);
    expect(csvCell('+77163821048')).toBe(`"'+77163821048"`);
  });

  test('writes numbers as numbers', () => {
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(null)).toBe('');
  });
});
