/**
 * The reviewed district centres (content/geo/district-centres.json, issue 19): every entry names a
 * gazetteer place and, when an office gave it, rows that really name that settlement; a district the
 * list lacks is told, never placed silently; and an office's point depends on the list, not on which
 * other offices are geocoded with it.
 */
import { describe, expect, test } from 'vitest';
import {
  districtKey,
  parseDistrictCentres,
  pinDistrictCentres,
} from '../../../../scripts/ingest/resolve/geocode/district-centres.ts';
import { findRegion, indexGazetteer } from '../../../../scripts/ingest/resolve/geocode/gazetteer-index.ts';
import { matchPlace } from '../../../../scripts/ingest/resolve/geocode/match-place.ts';
import { rowPlaceNames } from '../../../../scripts/ingest/resolve/geocode/row-place-names.ts';
import { geocodeOffices } from '../../../../scripts/ingest/resolve/geocode-offices.ts';
import type { DistrictCentreEntry } from '../../../../src/schemas/district-centre.ts';
import { committedInputs, ingestCommittedSources } from '../../../helpers/ingest-inputs.ts';
import { office } from '../../../helpers/records.ts';
import { sourceFile } from '../../../helpers/source-files.ts';

const { gazetteer, districtCentres } = committedInputs();
const entries = districtCentres.entries;

describe('the committed list', () => {
  test('reads without a diagnostic, every centre found in the gazetteer', () => {
    expect(districtCentres.diagnostics).toEqual([]);
    expect(pinDistrictCentres(entries, indexGazetteer(gazetteer)).diagnostics).toEqual([]);
    expect(entries.length).toBeGreaterThan(200);
  });

  test("an office's centre is the place the rows it cites name, in the entry's region", () => {
    const index = indexGazetteer(gazetteer);
    const { centres } = pinDistrictCentres(entries, index);
    const rows = new Map(
      ingestCommittedSources().offices.flatMap((o) => o.sources.map((s) => [`${s.file}:${s.line}`, o] as const)),
    );
    const cited = entries.filter((e) => e.from === 'office');
    expect(cited.length).toBeGreaterThan(150);
    const wrong = cited.flatMap((e) => {
      const region = findRegion(index, e.region);
      const place = region ? centres.get(districtKey(region, e.district))?.place : undefined;
      // A city of regional significance is its own centre; a district's is its department's settlement,
      // in the spelling of any of the office's rows (the merged record shows the newest act's).
      const city = e.district.match(/^(.+) қаласы$/u)?.[1];
      return (e.sources ?? []).flatMap((s) => {
        const o = rows.get(`${s.file}:${s.line}`);
        const written = (o?.alternatives ?? []).filter((a) => a.field === 'settlement' || a.field === 'address');
        const names = city
          ? [city]
          : o
            ? [o, ...written.map((a) => ({ ...o, settlement: null, address: a.value }))].flatMap(
                (r) => rowPlaceNames(r).settlements,
              )
            : [];
        const found = names.some((n) => {
          const match = region ? matchPlace(index, n, region, { centre: null, others: [] }) : null;
          return match?.status === 'found' && match.place === place;
        });
        return o?.region === e.region && found ? [] : [`${e.district}: ${s.file}:${s.line}`];
      });
    });
    expect(wrong).toEqual([]);
    expect(cited.filter((e) => (e.sources ?? []).length === 0)).toEqual([]);
  });
});

describe('an entry the list cannot use', () => {
  const base: DistrictCentreEntry = {
    region: 'Алматы облысы',
    district: 'Ұйғыр ауданы',
    centre: { geonames: 1, name: 'Nowhere', lat: 43, lon: 79 },
    from: 'office',
  };

  test('a centre not in the gazetteer is an error naming the entry', () => {
    const { diagnostics } = pinDistrictCentres([base], indexGazetteer(gazetteer));
    expect(diagnostics.map((d) => [d.severity, d.code, d.file])).toEqual([
      ['error', 'district-centre-invalid', 'content/geo/district-centres.json'],
    ]);
    expect(diagnostics[0]?.message).toMatch(/^\/0 \(Ұйғыр ауданы, Алматы облысы\): «Nowhere»/u);
  });

  test('a malformed entry is an error with its JSON pointer, no stack trace', () => {
    const { entries: read, diagnostics } = parseDistrictCentres([{ ...base, centre: { name: 'x' } }]);
    expect(read).toEqual([]);
    expect(diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^\/0\/centre\/geonames: /)]);
  });
});

describe('placing offices', () => {
  const uigyr = (line: number, settlement: string) =>
    office({
      id: `uigyr-${line}`,
      kind: 'rural-akim',
      name: `${settlement} селолық округі әкімінің аппараты`,
      region: 'Алматы облысы',
      district: 'Ұйғыр ауданы',
      settlement,
      sources: [{ file: sourceFile('001'), line, act: '2012-349', appendix: '2012-349-1/3' }],
    });
  const chundzha = entries.find((e) => e.district === 'Ұйғыр ауданы')?.centre;

  test("a village missing from the gazetteer goes to its district's listed centre, whoever else is placed", () => {
    // Issue 19: with 000 damaged at line 401, these akims went to Konayev. No other office is given here.
    const [alone] = geocodeOffices([uigyr(5000, 'Жоқауыл')], gazetteer, entries).offices;
    expect(chundzha?.name).toBe('Chundzha');
    expect(alone?.location).toMatchObject({ precision: 'district', lat: chundzha?.lat, lon: chundzha?.lon });
    const kapshagai = office({
      kind: 'employment-department',
      name: 'Ұйғыр ауданының жұмыспен қамту бөлімі',
      region: 'Алматы облысы',
      district: 'Ұйғыр ауданы',
      settlement: 'Қапшағай',
    });
    const [withOther] = geocodeOffices([uigyr(5000, 'Жоқауыл'), kapshagai], gazetteer, entries).offices;
    expect(withOther?.location).toEqual(alone?.location);
  });

  test('a district the list lacks is told at the row; with no office of its act to say, its region centre', () => {
    const without = entries.filter((e) => e.district !== 'Ұйғыр ауданы');
    const { offices, diagnostics } = geocodeOffices([uigyr(5000, 'Жоқауыл')], gazetteer, without);
    const told = diagnostics.filter((d) => d.code === 'district-centre-unlisted');
    expect(told.map((d) => [d.severity, d.file, d.line])).toEqual([['warning', sourceFile('001'), 5000]]);
    expect(told[0]?.message).toContain('«Ұйғыр ауданы» (Алматы облысы) has no entry');
    // GeoNames has no seat called Ұйғыр, and the act lists no other office of it: the region's centre.
    expect(offices[0]?.location?.precision).toBe('region');
  });

  test("a district the list lacks is centred where its own act's department is, whatever other acts say", () => {
    const without = entries.filter((e) => e.district !== 'Ұйғыр ауданы');
    const department = (line: number, act: string, settlement: string) =>
      office({
        id: `department-${act}`,
        kind: 'employment-department',
        name: 'Ұйғыр ауданының жұмыспен қамту бөлімі',
        region: 'Алматы облысы',
        district: 'Ұйғыр ауданы',
        settlement,
        sources: [{ file: `${act}.txt`, line, act, appendix: `${act}-1/1` }],
      });
    const akim = { ...uigyr(5000, 'Жоқауыл'), sources: [{ file: 'a.txt', line: 50, act: 'a', appendix: 'a-1/3' }] };
    const alone = geocodeOffices([department(10, 'a', 'Шонжы'), akim], gazetteer, without).offices;
    expect(alone[1]?.location).toMatchObject({ precision: 'district', lat: chundzha?.lat, lon: chundzha?.lon });
    // Another act's two departments of the same district elsewhere change nothing for act a's akim.
    const others = [department(20, 'b', 'Қапшағай'), { ...department(30, 'b', 'Қапшағай'), id: 'department-b2' }];
    const withOthers = geocodeOffices([department(10, 'a', 'Шонжы'), akim, ...others], gazetteer, without).offices;
    expect(withOthers[1]?.location).toEqual(alone[1]?.location);
  });
});
