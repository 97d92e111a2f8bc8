import { describe, expect, test } from 'vitest';
import { nextDates, receptionsToIcs } from '../../../src/lib/hours/receptions.ts';

const tuesdays = {
  who: 'Әкім',
  text: 'апта сайын сейсенбі күндері, сағ. 15.00-тен 16.00 дейін',
  rrule: 'FREQ=WEEKLY;BYDAY=TU',
  start: '15:00',
  end: '16:00',
};
const secondFourthThursday = {
  who: 'Орынбасары',
  text: 'әр айдың 2, 4-ші бейсенбісі',
  rrule: 'FREQ=MONTHLY;BYDAY=+2TH,+4TH',
  start: '16:00',
  end: '18:00',
};

describe('nextDates', () => {
  test('lists the next Tuesdays after a Monday', () => {
    expect(nextDates(tuesdays, new Date('2026-11-23T10:00:00Z'))).toEqual(['2026-11-24', '2026-12-01', '2026-12-08']);
  });
  test('lists the 2nd and 4th Thursdays of the month', () => {
    expect(nextDates(secondFourthThursday, new Date('2026-11-23T10:00:00Z'))).toEqual([
      '2026-11-26',
      '2026-12-10',
      '2026-12-24',
    ]);
  });
  test('has no dates for a schedule without a rule', () => {
    expect(nextDates({ rrule: null }, new Date('2026-11-23T10:00:00Z'))).toEqual([]);
  });
});

describe('receptionsToIcs', () => {
  const ics = receptionsToIcs(
    {
      id: 'balkash-akim',
      name: 'Балқаш қаласы әкімінің аппараты',
      address: 'Балқаш қаласы, Уәлиханов көшесі, 3',
      receptions: [
        tuesdays,
        secondFourthThursday,
        { who: 'Әкім', text: 'айына бір рет', rrule: null, start: '17:00', end: null },
      ],
    },
    new Date('2026-11-23T10:00:00Z'),
  );
  test('writes one recurring event per reception with a rule, in UTC from Kazakhstan time', () => {
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART:20261124T100000Z');
    expect(ics).toContain('DTEND:20261124T110000Z');
    expect(ics).toContain('RRULE:FREQ=MONTHLY;BYDAY=+2TH,+4TH');
  });
  test('escapes commas and folds long lines with CRLF', () => {
    expect(ics).toContain('Балқаш қаласы\\, Уәлиханов');
    expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  });
});
