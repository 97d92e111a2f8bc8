import { describe, expect, test } from 'vitest';
import { countingOf, formatDay, formatDayKk, kazakhstanDate, readyByDate } from '../../../src/lib/hours/due-date.ts';
import { publicHolidays } from '../../../src/lib/hours/opening-hours.ts';
import { formatDate, formatDateKk } from '../../../src/lib/kazakh.ts';

// Kazakhstan's official days off: date-holidays corrected by content/calendar/days-off.json.
const holidays = publicHolidays([2026, 2027]);
/** 000 clause 7 (centre channel): three working days, the days of acceptance and issue not counted. */
const workingIssueAfter = { days: 'working', issueDayAfterTerm: true } as const;
const working = { days: 'working', issueDayAfterTerm: false } as const;
const calendar = { days: 'calendar', issueDayAfterTerm: false } as const;

describe('the official days off the ready-by dates skip', () => {
  test('2026: Nauryz moved from the weekend to Tuesday 24 and Wednesday 25 March', () => {
    expect(holidays).toEqual(expect.arrayContaining(['2026-03-23', '2026-03-24', '2026-03-25']));
  });

  test('2026 has no Constitution Day on 15-16 March (from 2027) nor on 30-31 August (the referendum)', () => {
    for (const d of ['2026-03-16', '2026-08-31']) expect(holidays).not.toContain(d);
    expect(publicHolidays([2027])).toContain('2027-03-15');
  });

  test('Independence Day is 16 December only: 17 December is a working day', () => {
    expect(holidays).toContain('2026-12-16');
    expect(holidays).not.toContain('2026-12-17');
  });
});

// Every expected date below is counted by hand on the 2026 calendar (Sunday 6 December 2026, etc.).
describe('ready-by dates, per counting rule', () => {
  test.each([
    {
      why: 'issue 18: papers brought on Sunday 6 Dec are accepted Monday 7; Tue-Thu count; issued Friday 11',
      on: '2026-12-06',
      due: '2026-12-11',
    },
    {
      why: 'a Friday before a holiday: accepted Fri 11 Dec; Mon 14, Tue 15, Thu 17 count (16 is off); issued Fri 18',
      on: '2026-12-11',
      due: '2026-12-18',
    },
    {
      why: '16-17 December: accepted Mon 14; Tue 15, Thu 17, Fri 18 count; issued on Monday 21 after the weekend',
      on: '2026-12-14',
      due: '2026-12-21',
    },
    {
      why: 'Friday 6 March before the moved 8 March (Mon 9): Tue 10-Thu 12 count; issued Friday 13',
      on: '2026-03-06',
      due: '2026-03-13',
    },
    {
      why: 'Friday 20 March before Nauryz: 23-25 March are off; Thu 26, Fri 27, Mon 30 count; issued Tuesday 31',
      on: '2026-03-20',
      due: '2026-03-31',
    },
  ])('working days, acceptance and issue not counted: $why', ({ on, due }) => {
    expect(readyByDate(on, 3, workingIssueAfter, holidays)).toBe(due);
  });

  test.each([
    { why: 'five working days from Monday 2 Nov end on Monday 9 Nov', on: '2026-11-02', n: 5, due: '2026-11-09' },
    {
      why: 'papers brought on Saturday 7 Nov are accepted Monday 9: one working day ends Tuesday 10',
      on: '2026-11-07',
      n: 1,
      due: '2026-11-10',
    },
    {
      why: 'two working days from Monday 14 Dec skip Wednesday 16: Thursday 17',
      on: '2026-12-14',
      n: 2,
      due: '2026-12-17',
    },
  ])('working days, the day of issue inside the term: $why', ({ on, n, due }) => {
    expect(readyByDate(on, n, working, holidays)).toBe(due);
  });

  test.each([
    { why: 'ten days from Monday 2 Nov end on Thursday 12 Nov', on: '2026-11-02', n: 10, due: '2026-11-12' },
    { why: 'a term ending on Saturday 14 Nov ends on Monday 16 Nov', on: '2026-11-04', n: 10, due: '2026-11-16' },
    {
      why: 'papers brought on Sunday 6 Dec count from Monday 7: ten days end Thursday 17 Dec',
      on: '2026-12-06',
      n: 10,
      due: '2026-12-17',
    },
    {
      why: 'fifteen days from Tuesday 1 Dec end on 16 Dec, a day off: Thursday 17',
      on: '2026-12-01',
      n: 15,
      due: '2026-12-17',
    },
    {
      why: 'ten days from Friday 6 Mar end on Monday 16 Mar, a working day in 2026',
      on: '2026-03-06',
      n: 10,
      due: '2026-03-16',
    },
    {
      why: 'papers brought on Sunday 15 Mar count from Monday 16: ten days end Thursday 26',
      on: '2026-03-15',
      n: 10,
      due: '2026-03-26',
    },
    { why: 'ten days from Friday 11 Dec end on Monday 21 Dec', on: '2026-12-11', n: 10, due: '2026-12-21' },
    {
      why: 'a term ending on 1 Jan 2027 skips Sat 2 (New Year), Sun 3 and Mon 4 (the day off moved from Sat 2)',
      on: '2026-12-22',
      n: 10,
      due: '2027-01-05',
    },
  ])('calendar days: $why', ({ on, n, due }) => {
    expect(readyByDate(on, n, calendar, holidays)).toBe(due);
  });

  test('without the reviewed table the 2026 dates go wrong: 15-16 March off, 25 March working', () => {
    const uncorrected = ['2026-03-09', '2026-03-15', '2026-03-16', '2026-03-23', '2026-03-24'];
    expect(readyByDate('2026-03-15', 10, calendar, uncorrected)).toBe('2026-03-27');
    expect(readyByDate('2026-03-15', 10, calendar, holidays)).toBe('2026-03-26');
  });

  test('without the holiday list the same term lands on the holiday: the list is what moves it', () => {
    expect(readyByDate('2026-12-14', 2, working, [])).toBe('2026-12-16');
    expect(readyByDate('2026-12-14', 2, working, holidays)).toBe('2026-12-17');
  });
});

describe('the counting a page uses for a deadline', () => {
  test("the act's rules when the ingest read them; none when they leave the term undated; the unit for older records", () => {
    expect(countingOf({ unit: 'working-day', readyBy: { days: 'working', issueDayAfterTerm: true } })).toEqual(
      workingIssueAfter,
    );
    expect(countingOf({ unit: 'day', readyBy: { days: null, issueDayAfterTerm: false } })).toBeNull();
    expect(countingOf({ unit: 'calendar-day' })).toEqual(calendar);
    expect(countingOf({ unit: 'day' })).toBeNull();
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
