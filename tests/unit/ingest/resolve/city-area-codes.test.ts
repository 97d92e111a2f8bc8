/**
 * Numbers written without an area code, completed from the reviewed table of city codes when no row of the
 * data shows one. Expected numbers are read from the source lines here, the code from the public numbering plan.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseCityAreaCodes } from '../../../../scripts/ingest/resolve/city-area-codes.ts';
import type { IngestResult } from '../../../../scripts/ingest/run-ingest.ts';
import { ingestCommittedSources } from '../../../helpers/ingest-inputs.ts';
import { sourceFile } from '../../../helpers/source-files.ts';

const F000 = sourceFile('000');
const line = (n: number) =>
  readFileSync(new URL(`../../../../content/sources/${F000}`, import.meta.url), 'utf8').split(/\r?\n/)[n - 1] ?? '';

let real: IngestResult;
beforeAll(() => {
  real = ingestCommittedSources();
}, 60_000);

describe('city area codes', () => {
  test.each([
    // 000 appendix 2, Almaty's Almaly district centre: seven-digit numbers, Almaty's code 727.
    { at: 1648, written: '378-09-10', e164: '+77273780910' },
    // Pavlodar city's department: six digits, Pavlodar's 7182.
    { at: 1184, written: '32-00-96', e164: '+77182320096' },
    // Aktobe region's centre: six digits, Aktobe's 7132.
    { at: 1564, written: '56-24-53', e164: '+77132562453' },
  ])('«$written» (000 line $at) becomes $e164, citing the table', ({ at, written, e164 }) => {
    const rowText = [line(at), line(at + 1), line(at + 2), line(at + 3)].join(' ');
    expect(rowText).toContain(written);
    const phone = real.offices.flatMap((o) => o.phones).find((p) => p.raw === written);
    expect(phone?.number).toBe(e164);
    expect(phone?.areaCode?.from).toBe('city-table');
    expect(phone?.areaCode?.reference).toMatch(/numbering plan/u);
  });

  test('a code seen in the data still comes first, and says which row showed it', () => {
    const fromRows = real.offices
      .flatMap((o) => o.phones)
      .filter((p) => p.areaCode && p.areaCode.from !== 'city-table');
    expect(fromRows.length).toBeGreaterThan(0);
    for (const p of fromRows) expect(p.areaCode?.source.line, p.raw).toBeGreaterThan(0);
  });

  test('the table agrees with every code the acts write for its cities', () => {
    const table = parseCityAreaCodes(
      JSON.parse(readFileSync(new URL('../../../../content/phone/city-area-codes.json', import.meta.url), 'utf8')),
    );
    expect(table.diagnostics).toEqual([]);
    let checked = 0;
    for (const city of table.cities) {
      const own = real.offices.filter((o) => o.region === city.region && o.settlement === city.city);
      for (const p of own.flatMap((o) => o.phones)) {
        const written = /^\s*8\s*-?\s*\(?\s*(7\d{2,4})\s*\)?/u.exec(p.raw)?.[1];
        if (!written || written.length !== city.code.length) continue;
        checked++;
        expect(written, `${city.city} ${p.raw}`).toBe(city.code);
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  test('every number left without E.164 has one diagnostic with its reason', () => {
    const left = real.offices.flatMap((o) => o.phones.filter((p) => p.number === null).map((p) => ({ o, p })));
    const gaps = real.report.diagnostics.filter((d) => d.code === 'phone-no-e164');
    expect(gaps).toHaveLength(left.length);
    expect(left.length).toBeLessThanOrEqual(23);
  });
});
