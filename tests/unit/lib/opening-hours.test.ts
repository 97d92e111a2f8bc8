import { describe, expect, test } from 'vitest';
import { openState } from '../../../src/lib/hours/open-now.ts';
import { isOpenAt, publicHolidays, weeklyIntervals, weeklyTable } from '../../../src/lib/hours/opening-hours.ts';

const weekdays = weeklyIntervals('Mo-Fr 09:00-13:00,14:00-18:00');

describe('weekly intervals', () => {
  test('turn a weekday schedule with a lunch break into ten intervals', () => {
    expect(weekdays).toHaveLength(10);
    expect(weekdays[0]).toEqual([540, 780]);
    expect(weekdays[1]).toEqual([840, 1080]);
  });

  test('read as a table for people, weekend as a day off', () => {
    const table = weeklyTable(weekdays);
    expect(table[0]).toEqual({ day: 'Дүйсенбі', hours: '09:00–13:00, 14:00–18:00' });
    expect(table[5]).toEqual({ day: 'Сенбі', hours: 'Демалыс' });
  });
});

describe('open now, in Kazakhstan time', () => {
  const holidays = publicHolidays([2026]);
  test.each([
    { at: '2026-11-24T05:30:00Z', open: true, why: 'Tuesday 10:30 in Almaty' },
    { at: '2026-11-24T08:30:00Z', open: false, why: 'Tuesday 13:30, lunch break' },
    { at: '2026-11-24T13:30:00Z', open: false, why: 'Tuesday 18:30, closed' },
    { at: '2026-11-28T05:30:00Z', open: false, why: 'Saturday 10:30' },
    { at: '2026-12-16T05:30:00Z', open: false, why: 'Wednesday 10:30, Independence Day' },
    { at: '2026-11-23T23:30:00Z', open: false, why: 'Monday 23:30 UTC is Tuesday 04:30 in Almaty' },
  ])('$why -> open: $open', ({ at, open }) => {
    expect(isOpenAt(weekdays, holidays, new Date(at))).toBe(open);
  });

  test('knows Kazakhstan public holidays from date-holidays', () => {
    expect(holidays).toContain('2026-03-22');
    expect(holidays).toContain('2026-12-16');
  });
});

describe('open-now when the acts give different hours', () => {
  const holidays = publicHolidays([2026]);
  // Karaganda's rural akims: Monday-Friday in one standard, «жұма, сенбі және жексенбіден басқа» in another.
  const monToFri = weeklyIntervals('Mo-Fr 09:00-18:00');
  const monToThu = weeklyIntervals('Mo-Th 09:00-18:00');
  test.each([
    { at: '2026-11-27T05:30:00Z', state: 'contested', why: 'Friday 10:30: one act says open, the other closed' },
    { at: '2026-11-26T05:30:00Z', state: 'open', why: 'Thursday 10:30: both acts say open' },
    { at: '2026-11-26T14:30:00Z', state: 'closed', why: 'Thursday 19:30: both acts say closed' },
    { at: '2026-11-28T05:30:00Z', state: 'closed', why: 'Saturday 10:30: both acts say closed' },
    { at: '2026-12-16T05:30:00Z', state: 'closed', why: 'Independence Day: a holiday whatever the acts say' },
  ])('$why -> $state', ({ at, state }) => {
    expect(openState([monToFri, monToThu], holidays, new Date(at))).toBe(state);
  });

  test('one reading is never contested', () => {
    expect(openState([monToFri], holidays, new Date('2026-11-27T05:30:00Z'))).toBe('open');
  });
});
