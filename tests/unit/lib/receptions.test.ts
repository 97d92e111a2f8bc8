import { describe, expect, test } from 'vitest';
import { nextDates, receptionPeriod, receptionsToIcs } from '../../../src/lib/hours/receptions.ts';
import type { Act } from '../../../src/schemas/act.ts';
import type { Reception } from '../../../src/schemas/office.ts';

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

/** An act made up for the test: adopted 1 Nov 2026, repealed 10 Jan 2027, so its receptions span 16-17 Dec and 1 Jan. */
const act = {
  id: '2026-1',
  title: 'Test',
  issuer: 'Қарағанды облысының әкімдігі',
  date: '2026-11-01',
  number: '1',
  registration: null,
  status: 'repealed',
  repealedBy: { issuer: 'Қарағанды облысының әкімдігі', date: '2027-01-10', number: '2' },
  documents: [],
  file: '002.txt',
  region: null,
  amendments: [],
  flags: [],
  sources: [{ file: '002.txt', line: 1 }],
} satisfies Act;
const basis = { act, source: { file: '002.txt', line: 1033 }, site: 'https://qyzmet.kz' };
const office = (receptions: Reception[]) => ({
  id: 'balkash-akim',
  name: 'Балқаш қаласы әкімінің аппараты',
  address: 'Балқаш қаласы, Уәлиханов көшесі, 3',
  receptions,
});
/** The ICS text with its folded lines joined again. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '');

describe('receptionsToIcs', () => {
  const ics = receptionsToIcs(
    office([
      tuesdays,
      secondFourthThursday,
      { who: 'Әкім', text: 'айына бір рет', rrule: null, start: '17:00', end: null },
    ]),
    new Date('2026-11-23T10:00:00Z'),
    basis,
  );
  test("writes one recurring event per reception with a rule, from the act's date, in UTC from Kazakhstan time", () => {
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    // The first Tuesday on or after 1 Nov 2026 is 3 Nov; 15:00 in Kazakhstan is 10:00 UTC.
    expect(ics).toContain('DTSTART:20261103T100000Z');
    expect(ics).toContain('DTEND:20261103T110000Z');
  });
  test("ends every rule at the act's repeal (10 Jan 2027, 00:00 in Kazakhstan)", () => {
    expect(ics).toContain('RRULE:FREQ=MONTHLY;BYDAY=+2TH,+4TH;UNTIL=20270109T190000Z');
    expect(ics.match(/^RRULE:/gm)).toHaveLength(2);
    expect(ics.match(/^RRULE:.*UNTIL=/gm)).toHaveLength(2);
  });
  test('gives the act, its status and the source line in the description', () => {
    const text = unfold(ics);
    expect(text).toContain('2027 ж. 10 қаңтар');
    expect(text).toContain('Дереккөз: 002.txt\\, 1033-жол: https://qyzmet.kz/acts/2026-1/#L1033');
    expect(text).toContain('URL:https://qyzmet.kz/acts/2026-1/#L1033');
  });
  test('escapes commas and folds long lines with CRLF', () => {
    expect(ics).toContain('Балқаш қаласы\\, Уәлиханов');
    expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  });
});

describe('the days off a reception calendar leaves out', () => {
  const weekly = (day: string) => ({
    who: 'Әкім',
    text: day,
    rrule: `FREQ=WEEKLY;BYDAY=${day}`,
    start: '15:00',
    end: '16:00',
  });
  const exdates = (day: string) =>
    receptionsToIcs(office([weekly(day)]), new Date('2026-11-23T10:00:00Z'), basis)
      .split('\r\n')
      .filter((l) => l.startsWith('EXDATE:'));
  test('Independence Day, Wednesday 16 Dec 2026, and New Year, Friday 1 Jan 2027', () => {
    expect(exdates('WE')).toEqual(['EXDATE:20261216T100000Z']);
    expect(exdates('FR')).toEqual(['EXDATE:20270101T100000Z']);
  });
  test('not Thursday 17 Dec 2026, a working day; Thursday 7 Jan 2027 (Orthodox Christmas) is off', () => {
    expect(exdates('TH')).toEqual(['EXDATE:20270107T100000Z']);
  });
});

describe('an act whose end the data do not give', () => {
  test('ends its rules with the last year whose days off are known, never repeating forever', () => {
    const unknown = { ...act, status: 'unknown' as const, repealedBy: null };
    expect(receptionPeriod(unknown, 2026)).toEqual({ from: '2026-11-01', until: '2027-01-01' });
    const ics = receptionsToIcs(
      office([tuesdays]),
      new Date('2026-11-23T10:00:00Z'),
      { ...basis, act: unknown },
      undefined,
      2026,
    );
    expect(ics).toContain(';UNTIL=20261231T190000Z');
    expect(unfold(ics)).toContain('мәртебесі белгісіз');
  });
});
