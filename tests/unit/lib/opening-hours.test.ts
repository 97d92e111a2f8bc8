import { describe, expect, test } from 'vitest';
import { isOpenAt, publicHolidays, weeklyIntervals, weeklyTable } from '../../../src/lib/opening-hours.ts';

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
