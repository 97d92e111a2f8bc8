import { describe, expect, test } from 'vitest';
import { parseReceptionSchedule } from '../../../../scripts/ingest/parse/fields/parse-reception-schedule.ts';
import { cell } from './fixture-cells.ts';

const at = { file: 'fixture.txt', line: 1 };

describe('parseReceptionSchedule on real cells (002 appendix 3)', () => {
  test('reads the Balkhash akim and three deputies (fixture lines 7-26)', () => {
    const { receptions, diagnostics } = parseReceptionSchedule(cell('002-akim-receptions.txt', 7, 26), at);
    expect(receptions).toEqual([
      {
        who: 'Әкім',
        text: 'апта сайын сейсенбі күндері, сағ. 15.00-тен 16.00 дейін',
        rrule: 'FREQ=WEEKLY;BYDAY=TU',
        start: '15:00',
        end: '16:00',
      },
      {
        who: 'Орынбасары',
        text: 'әр айдың 2, 4-ші бейсенбісі, сағ. 16.00-дан 18.00 дейін',
        rrule: 'FREQ=MONTHLY;BYDAY=+2TH,+4TH',
        start: '16:00',
        end: '18:00',
      },
      {
        who: 'Орынбасары',
        text: 'әр айдың 1, 3-ші дүйсенбісі, сағ. 16.00-дан 18.00 дейін',
        rrule: 'FREQ=MONTHLY;BYDAY=+1MO,+3MO',
        start: '16:00',
        end: '18:00',
      },
      {
        who: 'Орынбасары',
        text: 'әр айдың 2, 3-ші сәрсенбісі, сағ. 16.00-дан 18.00 дейін',
        rrule: 'FREQ=MONTHLY;BYDAY=+2WE,+3WE',
        start: '16:00',
        end: '18:00',
      },
    ]);
    expect(diagnostics).toEqual([]);
  });

  test.each([
    // Zhezkazgan (lines 36-50)
    { from: 36, to: 50, index: 0, who: 'Әкім', rrule: 'FREQ=MONTHLY;BYDAY=+2MO,+4MO', start: '18:00', end: '20:00' },
    { from: 36, to: 50, index: 1, who: 'Орынбасары', rrule: 'FREQ=WEEKLY;BYDAY=MO', start: '18:00', end: '20:00' },
    { from: 36, to: 50, index: 2, who: 'Орынбасарлары', rrule: 'FREQ=WEEKLY;BYDAY=WE', start: '18:00', end: '20:00' },
    // Karaganda (lines 60-79): `айына бір рет` (once a month) has no rule; `сағ. 17.00-ден бастап` has no end.
    { from: 60, to: 79, index: 0, who: 'Әкім', rrule: null, start: '17:00', end: null },
    { from: 60, to: 79, index: 1, who: 'Орынбасары', rrule: 'FREQ=WEEKLY;BYDAY=TU', start: '17:00', end: null },
  ])('reads entry $index of lines $from-$to as $rrule', ({ from, to, index, ...expected }) => {
    const receptions = parseReceptionSchedule(cell('002-akim-receptions.txt', from, to), at).receptions;
    expect(receptions[index]).toMatchObject(expected);
  });

  test('reads `әр айдың соңғы бейсенбісі` as the last Thursday (Nura, fixture lines 4-18)', () => {
    const receptions = parseReceptionSchedule(cell('002-nura-akim.txt', 4, 18), at).receptions;
    expect(receptions.map((r) => [r.who, r.rrule, r.start, r.end])).toEqual([
      ['Әкім', 'FREQ=MONTHLY;BYDAY=-1TH', '15:00', '18:00'],
      ['Орынбасары', 'FREQ=WEEKLY;BYDAY=WE', '10:00', '13:00'],
      ['Орынбасары', 'FREQ=WEEKLY;BYDAY=TU', '10:00', '18:00'],
    ]);
  });

  test('reads the 004 clause form `басқарма бастығы - дүйсенбі, бейсенбі сағат …`', () => {
    const text =
      'басқарма бастығы - дүйсенбі, бейсенбі сағат 15.00-ден 18.00-ге дейін; басқарма бастығының орынбасары - сәрсенбі, бейсенбі, сағат 15.00-ден 18.00-ге дейін;';
    expect(parseReceptionSchedule(text, at).receptions.map((r) => [r.who, r.rrule])).toEqual([
      ['басқарма бастығы', 'FREQ=WEEKLY;BYDAY=MO,TH'],
      ['басқарма бастығының орынбасары', 'FREQ=WEEKLY;BYDAY=WE,TH'],
    ]);
  });
});

describe('parseReceptionSchedule negative cases', () => {
  test('gives no rule to two schedules in one entry (Aktogay akim: `әр айдың бірінші аптасы`)', () => {
    const { receptions, diagnostics } = parseReceptionSchedule(cell('002-aktogay-akim.txt', 6, 27), at);
    expect(receptions[0]).toMatchObject({ who: 'Әкім', rrule: null, start: null, end: null });
    expect(receptions.slice(1).map((r) => r.rrule)).toEqual([
      'FREQ=WEEKLY;BYDAY=FR',
      'FREQ=WEEKLY;BYDAY=WE',
      'FREQ=WEEKLY;BYDAY=TU',
    ]);
    expect(diagnostics.map((d) => d.code)).toEqual(['reception-no-rule']);
  });

  test('yields no reception from an empty cell', () => {
    expect(parseReceptionSchedule('\n\n', at)).toEqual({ receptions: [], diagnostics: [] });
  });

  test('warns when an entry names no official', () => {
    const result = parseReceptionSchedule('апта сайын жұма күндері, сағ. 15.00-тен 17.00 дейін', at);
    expect(result.receptions[0]?.rrule).toBe('FREQ=WEEKLY;BYDAY=FR');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['reception-no-who']);
  });
});
