import { beforeAll, describe, expect, test } from 'vitest';
import { parseActHead } from '../../../../scripts/ingest/parse/parse-act-head.ts';
import { actScope } from '../../../../scripts/ingest/resolve/applicability/act-scope.ts';
import {
  districtUnits,
  resolveApplicability,
} from '../../../../scripts/ingest/resolve/applicability/resolve-applicability.ts';
import type { IngestResult } from '../../../../scripts/ingest/run-ingest.ts';
import { segmentSource } from '../../../../scripts/ingest/segment/segment-source.ts';
import type { Act } from '../../../../src/schemas/act.ts';
import type { Place } from '../../../../src/schemas/place.ts';
import type { Service, ServiceVersion } from '../../../../src/schemas/service.ts';
import { ingestCommittedSources } from '../../../helpers/ingest-inputs.ts';
import { type ActKey, normalise, readFixture } from '../segment/load.ts';

function headOf(act: ActKey, fixture: string): Act {
  const parsed = parseActHead(segmentSource(normalise(act, readFixture(fixture))));
  if (!parsed.act) throw new Error(`no act in ${fixture}`);
  return parsed.act;
}

describe('act scope from the act head', () => {
  test.each([
    // 000: `Қазақстан Республикасы Үкiметiнiң 2011 жылғы 7 сәуiрдегi № 394 қаулысымен бекiтiлген`
    { act: '000' as const, fixture: 'act-head/000-stamp.txt', scope: { kind: 'national' } },
    // 001: `Алматы облысы әкімдігінің 2012 жылғы 05 қарашадағы N 349 қаулысы`
    { act: '001' as const, fixture: 'act-head/001-head.txt', scope: { kind: 'regional', region: 'Алматы облысы' } },
    { act: '002' as const, fixture: 'act-head/002-head.txt', scope: { kind: 'regional', region: 'Қарағанды облысы' } },
    { act: '003' as const, fixture: 'act-head/003-head.txt', scope: { kind: 'regional', region: 'Жамбыл облысы' } },
    { act: '004' as const, fixture: 'act-head/004-head.txt', scope: { kind: 'regional', region: 'Ақмола облысы' } },
  ])('$fixture applies in $scope.kind scope', ({ act, fixture, scope }) => {
    expect(actScope(headOf(act, fixture))).toEqual(scope);
  });

  test('a body that is neither the Government, a ministry nor an akimat has no scope', () => {
    expect(actScope({ issuer: 'Әділет департаменті' })).toBeNull();
  });

  test('a city akimat scopes its act to the city', () => {
    expect(actScope({ issuer: 'Алматы қаласының әкімдігі' })).toEqual({ kind: 'regional', region: 'Алматы қаласы' });
  });
});

const place = (id: string, name: string, kind: Place['kind'], parent: string | null): Place => ({
  id,
  name,
  kind,
  parent,
  otherNames: [],
  presentRegion: null,
});

const PLACES: Place[] = [
  place('almaty-oblysy', 'Алматы облысы', 'region', null),
  place('karagandy-oblysy', 'Қарағанды облысы', 'region', null),
  place('astana-kalasy', 'Астана қаласы', 'city', null),
  place('aksu-audany', 'Ақсу ауданы', 'district', 'almaty-oblysy'),
  place('taldykorgan-kalasy', 'Талдықорған қаласы', 'city', 'almaty-oblysy'),
  place('abai-audany', 'Абай ауданы', 'district', 'karagandy-oblysy'),
  place('abai-audany-karaoi', 'Қараой ауылдық округ', 'rural-district', 'abai-audany'),
];

const act = (id: string, issuer: string) =>
  ({ id, issuer, file: `${id}.txt`, sources: [{ file: `${id}.txt`, line: 1 }] }) as Act;
const ACTS = [
  act('n', 'Қазақстан Республикасының Үкіметі'),
  act('k', 'Қарағанды облысының әкімдігі'),
  act('x', 'Белгісіз мекеме'),
];

const service = (id: string, acts: string[]): Service =>
  ({
    id,
    name: id,
    names: [id],
    versions: acts.map(
      (act, i) => ({ id: `${act}-${i + 1}`, act, sources: [{ file: 'f', line: 1 }] }) as ServiceVersion,
    ),
  }) as Service;

describe('resolveApplicability', () => {
  test('districts and cities of regional significance are the units; a city without districts is its own', () => {
    expect(districtUnits(PLACES)).toEqual([
      { district: 'aksu-audany', region: 'almaty-oblysy' },
      { district: 'taldykorgan-kalasy', region: 'almaty-oblysy' },
      { district: 'abai-audany', region: 'karagandy-oblysy' },
      { district: 'astana-kalasy', region: 'astana-kalasy' },
    ]);
  });

  test('a regional act reaches its own districts only; a national standard every district', () => {
    const { services } = resolveApplicability([service('s', ['k', 'n'])], ACTS, PLACES);
    const rows = services[0]?.applicability ?? [];
    expect(rows.find((r) => r.district === 'abai-audany')?.versions).toEqual([
      { version: 'k-1', basis: 'regional-act' },
      { version: 'n-2', basis: 'national-standard' },
    ]);
    expect(rows.find((r) => r.district === 'aksu-audany')?.versions).toEqual([
      { version: 'n-2', basis: 'national-standard' },
    ]);
    expect(rows.map((r) => r.district)).toContain('astana-kalasy');
    expect(rows.map((r) => r.district)).not.toContain('abai-audany-karaoi');
  });

  test('a service of one regional act has no entry elsewhere; an act of unknown scope is reported', () => {
    const { services, diagnostics } = resolveApplicability([service('s', ['k']), service('t', ['x'])], ACTS, PLACES);
    expect(services[0]?.applicability?.map((r) => r.district)).toEqual(['abai-audany']);
    expect(services[1]?.applicability).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toContain('act-scope-unknown');
  });
});

describe('applicability on the five acts', () => {
  let result: IngestResult;
  beforeAll(() => {
    result = ingestCommittedSources();
  }, 60_000);

  const districtsOf = (serviceName: RegExp) => {
    const s = result.services.find((x) => x.versions.some((v) => serviceName.test(v.name)));
    return new Map((s?.applicability ?? []).map((a) => [a.district, a]));
  };
  const regionPlaces = (region: string) =>
    result.places.filter((p) => p.parent === region && (p.kind === 'district' || p.kind === 'city'));

  test('registering as unemployed: every Karaganda district by 002, no Almaty region district', () => {
    // Only 002 (Қарағанды облысы әкімдігі) has the standard «Жұмыссыз азаматтарды есепке қою және тіркеу».
    const rows = districtsOf(/^Жұмыссыз азаматтарды есепке қою/u);
    const karaganda = regionPlaces('karagandy-oblysy');
    expect(karaganda.length).toBeGreaterThan(0);
    for (const d of karaganda) expect(rows.get(d.id)?.versions.map((v) => v.basis)).toEqual(['regional-act']);
    for (const d of regionPlaces('almaty-oblysy')) expect(rows.has(d.id)).toBe(false);
  });

  test('the certificate for the unemployed: the Government standard in Almaty region, with 002 in Karaganda', () => {
    // 000 (Government decree No. 394) and 002, 003 all have «Жұмыссыз азаматтарға анықтама беру».
    const rows = districtsOf(/^Жұмыссыз азаматтарға анықтама беру$/u);
    const almaty = regionPlaces('almaty-oblysy');
    for (const d of almaty)
      expect(rows.get(d.id)?.versions).toEqual([{ version: '2011-394-1', basis: 'national-standard' }]);
    const karaganda = regionPlaces('karagandy-oblysy')[0];
    expect(
      rows
        .get(karaganda?.id ?? '')
        ?.versions.map((v) => v.basis)
        .sort(),
    ).toEqual(['national-standard', 'regional-act']);
  });
});
