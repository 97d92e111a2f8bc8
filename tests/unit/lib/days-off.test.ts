/**
 * The reviewed days-off table: well-formed, each correction inside its year, and 2026 corrected to exactly
 * the weekdays off the published calendar lists (hand-copied here from the e-government calendar for 2026,
 * less 31 August, cancelled with Constitution Day's move by the referendum of 15 March 2026).
 */
import { describe, expect, test } from 'vitest';
import { daysOffTable, officialDaysOff } from '../../../src/lib/hours/days-off.ts';

const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

describe('content/calendar/days-off.json', () => {
  test('every correction lies in its own year and names its source', () => {
    for (const y of daysOffTable.years) {
      for (const c of [...y.add, ...y.remove]) {
        expect(c.date.startsWith(`${y.year}-`), c.date).toBe(true);
        expect(c.source.length).toBeGreaterThan(10);
      }
    }
  });

  test('2026: the weekdays off are exactly the published ones', () => {
    const weekdaysOff = officialDaysOff([2026]).filter((d) => weekday(d) !== 0 && weekday(d) !== 6);
    expect(weekdaysOff).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-01-07',
      '2026-03-09',
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-05-01',
      '2026-05-07',
      '2026-05-11',
      '2026-05-27',
      '2026-07-06',
      '2026-10-26',
      '2026-12-16',
    ]);
  });

  test('2027: Constitution Day on Monday 15 March, and Nauryz moved off Sunday 21 March to Wednesday 24', () => {
    const off = officialDaysOff([2027]);
    expect(off).toEqual(expect.arrayContaining(['2027-03-15', '2027-03-22', '2027-03-23', '2027-03-24']));
    expect(off).not.toContain('2027-08-30');
    expect(off).not.toContain('2027-12-17');
  });
});
