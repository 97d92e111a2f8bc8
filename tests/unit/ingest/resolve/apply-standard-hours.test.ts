/**
 * Hours that are true: which sentences of a schedule clause name a kind of office or the service, which
 * offices they reach, and the readings kept when the acts disagree. Clauses cut byte-identical from the acts.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { normaliseSource } from '../../../../scripts/ingest/normalise/index.ts';
import {
  applyStandardHours,
  CONTESTED_MESSAGE,
  type HoursEvidence,
  rowKey,
} from '../../../../scripts/ingest/resolve/apply-standard-hours.ts';
import { type ClauseReading, scheduleReadings } from '../../../../scripts/ingest/resolve/hours/schedule-readings.ts';
import type { IngestResult } from '../../../../scripts/ingest/run-ingest.ts';
import type { Hours, Office } from '../../../../src/schemas/office.ts';
import { ingestCommittedSources } from '../../../helpers/ingest-inputs.ts';
import * as record from '../../../helpers/records.ts';

const root = new URL('../../../../', import.meta.url);

/** The clause body as the parser gives it: normalised lines joined, the clause number dropped. */
function clause(fixture: string): string {
  const text = readFileSync(new URL(`tests/fixtures/service/${fixture}`, root), 'utf8');
  return normaliseSource({ file: fixture, text })
    .lines.map((l) => l.text.trim())
    .filter(Boolean)
    .join(' ')
    .replace(/^\d+\.\s*/u, '');
}

const readingsOf = (fixture: string, line: number) =>
  scheduleReadings(clause(fixture), { file: fixture, line }).readings.map(({ about, kinds, osm }) => ({
    about,
    kinds,
    osm,
  }));

describe('scheduleReadings', () => {
  test("000 clause 9: the authorised body's hours and the centre's, each for its own kind", () => {
    const readings = readingsOf('000-schedule-clause-9.txt', 25);
    // `Уәкiлеттi органның жұмыс кестесi: демалыс (сенбi, жексенбi) ... 13.00-ден 14.00-ге ... 9.00-ден 18.00-ге`
    expect(readings[0]).toEqual({
      about: 'office-kind',
      kinds: ['employment-department', 'regional-department'],
      osm: 'Mo-Fr 09:00-13:00,14:00-18:00',
    });
    expect(readings[1]).toMatchObject({ about: 'office-kind', kinds: ['public-service-centre'] });
    // The sentences on staff boards and the queue state no times: no reading.
    expect(readings).toHaveLength(2);
  });

  test('003 clause 10: `Бөлімдердің жұмыс кестесі` names the departments', () => {
    expect(readingsOf('003-schedule-clause-10.txt', 72)).toEqual([
      { about: 'office-kind', kinds: ['employment-department'], osm: 'Mo-Fr 09:00-13:00,14:00-18:00' },
    ]);
  });

  test.each([
    // `Мемлекеттік қызмет жұма, сенбі және жексенбіден басқа күндері ... 9.00-ден 18.00-ге ...`
    { fixture: '002-schedule-standard-5.txt', line: 4274, osm: 'Mo-Th 09:00-13:00,14:00-18:00' },
    // `Мемлекеттік қызмет күн сайын (сенбі және жексенбі күндерінен басқа күндері) ...`
    { fixture: '002-schedule-standard-11.txt', line: 11187, osm: 'Mo-Fr 09:00-13:00,14:00-18:00' },
  ])('$fixture says when the service is given ($osm), naming no office', ({ fixture, line, osm }) => {
    expect(readingsOf(fixture, line)).toEqual([{ about: 'service', kinds: [], osm }]);
  });

  test('004 clause 10 is about the service too', () => {
    expect(readingsOf('004-schedule-clause-10.txt', 129).map((r) => r.about)).toEqual(['service']);
  });

  test('no clause, no readings', () => {
    expect(scheduleReadings(null, { file: 'x', line: 1 }).readings).toEqual([]);
  });
});

const src = (act: string, appendix: string, line: number) => ({ file: `${act}.txt`, line, act, appendix });

const office = (id: string, kind: Office['kind'], sources: Office['sources']): Office =>
  record.office({ id, kind, name: id, sources });

const MON_THU = 'Mo-Th 09:00-13:00,14:00-18:00';
const MON_FRI = 'Mo-Fr 09:00-13:00,14:00-18:00';
const reading = (osm: string, about: ClauseReading['about'], kinds: ClauseReading['kinds'], line: number) => ({
  text: `clause ${osm}`,
  osm,
  about,
  kinds,
  line,
});

/** Two standards of one act: 5 says Monday-Thursday for the service, 11 Monday-Friday; 1 names departments. */
const EVIDENCE: HoursEvidence = {
  rowHours: new Map<string, Hours>([
    [rowKey(src('a', 'a-1/1', 10)), { text: 'аптасына бес күн 9-00 бастап 18-00', osm: MON_FRI, from: 'group' }],
  ]),
  clauses: new Map([
    ['a-5', { file: 'a.txt', readings: [reading(MON_THU, 'service', [], 50)] }],
    ['a-11', { file: 'a.txt', readings: [reading(MON_FRI, 'service', [], 110)] }],
    ['a-1', { file: 'a.txt', readings: [reading('Mo-Fr 08:00-17:00', 'office-kind', ['employment-department'], 5)] }],
  ]),
  actDates: { a: '2008-11-25' },
};

describe('applyStandardHours', () => {
  const run = (offices: Office[]) => applyStandardHours(offices, EVIDENCE);

  test('rural akims of two standards that disagree: both readings kept, flagged, no hours of their own', () => {
    const akim = office('akim', 'rural-akim', [src('a', 'a-5/2', 60), src('a', 'a-11/2', 120)]);
    const [out] = run([akim]).offices;
    expect(out?.hours).toBeNull();
    expect(out?.hoursReadings?.map((r) => [r.osm, r.about, r.sources.map((s) => s.line)])).toEqual([
      [MON_THU, 'service', [50]],
      [MON_FRI, 'service', [110]],
    ]);
    expect(out?.flags).toEqual([
      {
        code: 'hours-contested',
        message: CONTESTED_MESSAGE,
        sources: [
          { file: 'a.txt', line: 50 },
          { file: 'a.txt', line: 110 },
        ],
      },
    ]);
  });

  test("an akim's apparatus that only takes complaints borrows no clause", () => {
    const result = run([office('apparatus', 'akim-office', [src('a', 'a-5/3', 70), src('a', 'a-1/3', 20)])]);
    expect(result.offices[0]?.hours).toBeNull();
    expect(result.offices[0]?.hoursReadings).toEqual([]);
    expect(result.totals['hours:lost-borrowed-clause:akim-office']).toBe(1);
  });

  test("a department: its group's cell first, the clause naming departments kept as another reading", () => {
    const dept = office('dept', 'employment-department', [src('a', 'a-1/1', 10)]);
    const [out] = run([dept]).offices;
    expect(out?.hours).toEqual({ text: 'аптасына бес күн 9-00 бастап 18-00', osm: MON_FRI, from: 'group' });
    expect(out?.hoursReadings?.map((r) => [r.from, r.osm])).toEqual([
      ['group', MON_FRI],
      ['standard', 'Mo-Fr 08:00-17:00'],
    ]);
    expect(out?.flags.map((f) => f.code)).toEqual(['hours-contested']);
  });

  test('the choice does not depend on the order of the rows', () => {
    const a = office('x', 'employment-department', [
      src('a', 'a-5/1', 61),
      src('a', 'a-11/1', 121),
      src('a', 'a-1/1', 10),
    ]);
    const b = { ...a, sources: [...a.sources].reverse() };
    const [x] = run([a]).offices;
    const [y] = run([b]).offices;
    expect(x?.hours).toEqual(y?.hours);
    expect(x?.hoursReadings).toEqual(y?.hoursReadings);
    expect(x?.hours?.from).toBe('group');
  });

  test('readings that agree are one reading with every source: no flag', () => {
    const akim = office('one', 'rural-akim', [src('a', 'a-11/2', 120)]);
    const dept = office('two', 'employment-department', [src('a', 'a-11/1', 121), src('a', 'a-1/1', 10)]);
    const { offices } = applyStandardHours([akim, dept], {
      ...EVIDENCE,
      clauses: new Map([['a-11', { file: 'a.txt', readings: [reading(MON_FRI, 'service', [], 110)] }]]),
    });
    expect(offices[0]?.flags).toEqual([]);
    expect(offices[1]?.hoursReadings?.map((r) => r.sources.length)).toEqual([2]);
    expect(offices[1]?.flags).toEqual([]);
  });
});

describe('hours on the five acts', () => {
  let result: IngestResult;
  beforeAll(() => {
    result = ingestCommittedSources();
  }, 60_000);

  test('no akim apparatus takes a clause written for departments, centres or the service', () => {
    const apparatuses = result.offices.filter((o) => o.kind === 'akim-office');
    // 000 appendix 5 (16), 002 appendix 3 (18), 003 appendix 3 (11); none has hours in its row.
    expect(apparatuses).toHaveLength(45);
    for (const o of apparatuses) expect(o.hours).toBeNull();
  });

  test("Karaganda's rural akims: 002 standards 5 and 12 say Monday-Thursday, 11 says Monday-Friday", () => {
    const akims = result.offices.filter((o) => o.kind === 'rural-akim' && o.region === 'Қарағанды облысы');
    // 195 rows per table of 002 (see resolve-real-data.test.ts).
    expect(akims).toHaveLength(195);
    for (const o of akims) {
      expect(o.flags.map((f) => f.code)).toContain('hours-contested');
      // Clause 10 of standards 5, 12 (lines 4274, 12663) and 11 (line 11187).
      expect(o.hoursReadings?.map((r) => [r.osm, r.sources.map((s) => s.line)])).toEqual([
        [MON_THU, [4274, 12663]],
        [MON_FRI, [11187]],
      ]);
    }
  });

  test('public service centres of 000 take the sentence on the centre, not the one on the authorised body', () => {
    const centre = result.offices.find((o) => o.kind === 'public-service-centre' && o.hours?.from === 'standard');
    expect(centre?.hours?.text).toMatch(/^Орталықтың жұмыс кестесі/u);
  });
});
