import { describe, expect, test } from 'vitest';
import { parseWorkingHours } from '../../../../scripts/ingest/parse/fields/parse-working-hours.ts';
import { splitSchedule } from '../../../../scripts/ingest/parse/fields/split-cell.ts';
import { cell } from './fixture-cells.ts';

const at = { file: 'fixture.txt', line: 1 };
const WEEKDAYS_WITH_LUNCH = 'Mo-Fr 09:00-13:00,14:00-18:00';

describe('parseWorkingHours on real cells', () => {
  test.each([
    { fixture: '000-akmola-departments.txt', from: 4, to: 4, osm: WEEKDAYS_WITH_LUNCH },
    { fixture: '000-kostanay-departments.txt', from: 6, to: 6, osm: WEEKDAYS_WITH_LUNCH },
    { fixture: '000-kyzylorda-departments.txt', from: 5, to: 5, osm: WEEKDAYS_WITH_LUNCH },
    { fixture: '000-astana-department-and-pscs.txt', from: 6, to: 6, osm: WEEKDAYS_WITH_LUNCH },
    // 001: letter-spaced over fifteen lines (`1 8 - 0 0`, `д е й і н ,`).
    { fixture: '001-aksu-department.txt', from: 23, to: 37, osm: WEEKDAYS_WITH_LUNCH },
    // 001 centre branches: no lunch break (`үзіліссіз`), Saturday until 15:00, Sunday off.
    { fixture: '001-ile-psc-branch.txt', from: 20, to: 25, osm: 'Mo-Fr 09:00-20:00; Sa 09:00-15:00' },
    // 003: the schedule sits in the head cell, `сенбі және жексенбіні қоспағанда, күн сайын`.
    { fixture: '003-taraz-department-letter-spaced.txt', from: 3, to: 7, osm: WEEKDAYS_WITH_LUNCH },
    { fixture: '003-taraz-department-letter-spaced.txt', from: 27, to: 31, osm: WEEKDAYS_WITH_LUNCH },
    // 004: `күн сайын` (every day) with no day excluded: the days are not said, so no OSM string.
    { fixture: '004-akkol-arshaly-departments.txt', from: 25, to: 31, osm: null },
    { fixture: '004-stepnogorsk-kokshetau-departments.txt', from: 18, to: 22, osm: null },
  ])('reads $fixture lines $from-$to as $osm', ({ fixture, from, to, osm }) => {
    const text = cell(fixture, from, to);
    const schedule = splitSchedule(text).moved ?? text;
    expect(parseWorkingHours(schedule, at).hours?.osm).toBe(osm);
  });

  test('keeps the schedule as written (normalised) in text', () => {
    const hours = parseWorkingHours(cell('001-aksu-department.txt', 23, 37), at).hours;
    expect(hours?.text).toBe(
      'Демалыс және мереке күндерін қоспағанда, аптасына бес күн сағат 9-00 бастап 18-00 дейін, түскі үзіліс сағат 13-00 бастап 14-00 дейін',
    );
  });

  test('reads the break written before the working day (000 clause 9: `сағат 13.00-ден … түскi үзiлiспен күн сайын …`)', () => {
    const text =
      'демалыс (сенбi, жексенбi) және мереке күндерiн қоспағанда, сағат 13.00-ден сағат 14.00-ге дейiн түскi үзiлiспен күн сайын сағат 9.00-ден 18.00-ге дейiн.';
    expect(parseWorkingHours(text, at).hours?.osm).toBe(WEEKDAYS_WITH_LUNCH);
  });

  test('reads `Cағат` typed with a Latin C', () => {
    const text =
      'Демалыс және мереке күндерiн қоспағанда аптасына бес күн Cағат 9-00 бастап 18-00 дейiн, түскi үзiлiс сағат 13-00 бастап 14-00 дейiн';
    expect(parseWorkingHours(text, at).hours?.osm).toBe(WEEKDAYS_WITH_LUNCH);
  });
});

describe('parseWorkingHours negative cases', () => {
  test('says why `күн сайын` alone gives no OSM string', () => {
    const result = parseWorkingHours('күн сайын 9.00-ден 18.00-ге дейін, үзіліс сағат 13.00-ден 14.00-ге дейін', at);
    expect(result.hours?.osm).toBeNull();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['hours-not-expressed']);
  });

  test.each(['Демалыс және мереке күндерiн қоспағанда', 'сағат 9-00 бастап'])(
    "expresses no OSM string for '%s'",
    (input) => {
      expect(parseWorkingHours(input, at).hours).toEqual({ text: input, osm: null });
    },
  );

  test('returns no hours for an empty cell', () => {
    expect(parseWorkingHours(' \n ', at)).toEqual({ hours: null, diagnostics: [] });
  });
});

describe('standards that state their own general schedule', () => {
  test.each([
    {
      // 002 standard 5 (line 4329): a four-day week.
      text: 'Мемлекеттік қызмет жұма, сенбі және жексенбіден басқа күндері күн сайын сағат 9.00-ден 18.00-ге дейін, сағат 13.00-ден 14.00-ге дейін үзілісімен көрсетіледі.',
      osm: 'Mo-Th 09:00-13:00,14:00-18:00',
    },
    {
      // 002 standard 1: the common Monday-to-Friday wording.
      text: 'Мемлекеттік қызмет күн сайын (сенбі және жексенбі күндерінен басқа күндері) сағат 13.00-ден 14.00-ге дейінгі түскі ас үзілісімен, сағат 9.00-ден 18.00-ге дейін ұсынылады.',
      osm: WEEKDAYS_WITH_LUNCH,
    },
  ])('reads «$text» as $osm', ({ text, osm }) => {
    expect(parseWorkingHours(text, at).hours?.osm).toBe(osm);
  });
});
