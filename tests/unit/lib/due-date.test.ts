import { describe, expect, test } from 'vitest';
import { dueDate, formatDay, formatDayKk, kazakhstanDate } from '../../../src/lib/hours/due-date.ts';
import { publicHolidays } from '../../../src/lib/hours/opening-hours.ts';
import { formatDate, formatDateKk } from '../../../src/lib/kazakh.ts';

// Kazakhstan's holidays as date-holidays gives them: 2026-03-21..24 is Nauryz with its substitute days.
const holidays = publicHolidays([2026, 2027]);

describe('the due date of an application made today', () => {
  test('Nauryz 2026 and its substitute days are in the holiday list the pages embed', () => {
    expect(holidays).toEqual(expect.arrayContaining(['2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24']));
  });

  test.each([
    { why: 'five working days from Monday end on the next Monday', on: '2026-11-02', n: 5, due: '2026-11-09' },
    { why: 'working days skip Independence Day (Wednesday 16 December)', on: '2026-12-14', n: 3, due: '2026-12-18' },
    { why: 'working days skip the four Nauryz days', on: '2026-03-19', n: 2, due: '2026-03-25' },
    { why: 'an application on Saturday counts from Monday', on: '2026-11-07', n: 1, due: '2026-11-09' },
  ])('$why', ({ on, n, due }) => {
    expect(dueDate(on, n, 'working-day', holidays)).toBe(due);
  });

  test.each([
    { why: 'ten calendar days from a Monday end on a Thursday', on: '2026-11-02', n: 10, due: '2026-11-12' },
    { why: 'a term ending on Saturday ends on Monday', on: '2026-11-04', n: 10, due: '2026-11-16' },
    {
      why: 'a term ending on Nauryz ends on the first working day after it',
      on: '2026-03-11',
      n: 10,
      due: '2026-03-25',
    },
    {
      why: 'a term ending on New Year ends after the holidays and the weekend',
      on: '2026-12-22',
      n: 10,
      due: '2027-01-05',
    },
  ])('$why', ({ on, n, due }) => {
    expect(dueDate(on, n, 'calendar-day', holidays)).toBe(due);
  });

  test('without the holiday list the same term lands on the holiday: the list is what moves it', () => {
    expect(dueDate('2026-12-14', 2, 'working-day', [])).toBe('2026-12-16');
    expect(dueDate('2026-12-14', 2, 'working-day', holidays)).toBe('2026-12-17');
  });
});

describe('today in Kazakhstan', () => {
  test.each([
    { at: '2026-11-23T18:59:00Z', day: '2026-11-23' },
    { at: '2026-11-23T19:00:00Z', day: '2026-11-24' },
  ])('$at is $day in Kazakhstan (UTC+5)', ({ at, day }) => {
    expect(kazakhstanDate(new Date(at))).toBe(day);
  });

  test('the browser-side date reads as the build-time Kazakh date', () => {
    for (const iso of ['2026-01-05', '2026-03-25', '2026-12-16']) expect(formatDayKk(iso)).toBe(formatDateKk(iso));
  });
});

describe("dates in the page's language", () => {
  test.each([
    { iso: '2026-12-17', kk: '2026 ж. 17 желтоқсан', ru: '17 декабря 2026 г.' },
    { iso: '2026-03-25', kk: '2026 ж. 25 наурыз', ru: '25 марта 2026 г.' },
  ])('$iso reads «$kk» and «$ru», the same in the browser as at build time', ({ iso, kk, ru }) => {
    expect(formatDay('kk', iso)).toBe(kk);
    expect(formatDate('kk', iso)).toBe(kk);
    expect(formatDay('ru', iso)).toBe(ru);
    expect(formatDate('ru', iso)).toBe(ru);
  });
});
