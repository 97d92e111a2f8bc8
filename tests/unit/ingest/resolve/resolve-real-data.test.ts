import { beforeAll, describe, expect, test } from 'vitest';
import type { IngestResult } from '../../../../scripts/ingest/run-ingest.ts';
import type { Place } from '../../../../src/schemas/place.ts';
import { ingestCommittedSources } from '../../../helpers/ingest-inputs.ts';

let result: IngestResult;
const place = (id: string): Place | undefined => result.places.find((p) => p.id === id);
const chain = (id: string): string[] => {
  const out: string[] = [];
  for (let p = place(id); p; p = p.parent ? place(p.parent) : undefined) out.push(p.id);
  return out;
};

beforeAll(() => {
  result = ingestCommittedSources();
}, 60_000);

describe('offices', () => {
  test('one office per real office, counted by kind', () => {
    // 000 appendix 1: 207 rows, two repeated (Жамбыл and Кербұлақ of Алматы облысы); every other act's
    // departments are among them. 001: 254 rural akims (the same table in regulations 6 and 7); 002: 195
    // per table. Akims' apparatuses: 16 (000 app. 5) + 18 (002 app. 3) + 11 (003 app. 3).
    expect(result.report.totals).toMatchObject({
      'entities:employment-department': 205,
      'entities:rural-akim': 449,
      'entities:akim-office': 45,
      'entities:regional-department': 16,
      'entities:public-service-centre': 46,
    });
    expect(new Set(result.offices.map((o) => o.id)).size).toBe(result.offices.length);
  });

  test('a rural akim is linked to the services whose appendix lists it, taking applications', () => {
    const akim = result.offices.find((o) => o.id === 'aksu-audany-zhansugirov-kenttik-okrug');
    expect(akim?.placeId).toBe('aksu-audany-zhansugirov-kenttik-okrug');
    expect(akim?.roles).toEqual([
      { version: '2012-349-6', role: 'accepts-applications' },
      { version: '2012-349-7', role: 'accepts-applications' },
    ]);
    const versions = result.services.flatMap((s) => s.versions);
    expect(versions.find((v) => v.id === '2012-349-6')?.offices).toContain('aksu-audany-zhansugirov-kenttik-okrug');
  });
});

describe('places', () => {
  test('14 regions and the 2 cities of republican significance stand at the top', () => {
    const top = result.places.filter((p) => p.parent === null);
    expect(top.filter((p) => p.kind === 'region')).toHaveLength(14);
    expect(top.filter((p) => p.kind === 'city').map((p) => p.name)).toEqual(['Алматы қаласы', 'Астана қаласы']);
  });

  test.each([
    {
      id: 'aksu-audany-zhansugirov-kenttik-okrug',
      chain: ['aksu-audany-zhansugirov-kenttik-okrug', 'aksu-audany', 'almaty-oblysy'],
    },
    { id: 'astana-kalasy-esil-audany', chain: ['astana-kalasy-esil-audany', 'astana-kalasy'] },
    { id: 'akmola-oblysy-esil-audany', chain: ['akmola-oblysy-esil-audany', 'akmola-oblysy'] },
    { id: 'karkaraly-audany', chain: ['karkaraly-audany', 'karagandy-oblysy'] },
  ])('$id sits in $chain', ({ id, chain: expected }) => {
    expect(chain(id)).toEqual(expected);
  });

  test('one district whatever the spelling, with the others kept', () => {
    expect(place('bukhar-zhyrau-audany')).toMatchObject({
      name: 'Бұқар жырау ауданы',
      otherNames: ['Бұхар жырау ауданы'],
    });
    expect(result.places.filter((p) => /ж[ыұ]рау/u.test(p.name) && p.kind === 'district')).toHaveLength(1);
  });

  test.each([
    { id: 'aksu-audany', now: 'Жетісу облысы' },
    { id: 'zhezkazgan-kalasy', now: 'Ұлытау облысы' },
    { id: 'semei-kalasy', now: 'Абай облысы' },
    { id: 'ontustik-kazakstan-oblysy', now: 'Түркістан облысы' },
    { id: 'shymkent-kalasy', now: 'Шымкент қаласы' },
    { id: 'karkaraly-audany', now: null },
  ])('$id belongs today to $now', ({ id, now }) => {
    expect(place(id)?.presentRegion).toBe(now);
  });
});

describe('complaint routes', () => {
  const route = (version: string, district: string) =>
    result.services
      .flatMap((s) => s.versions)
      .find((v) => v.id === version)
      ?.complaintOffices?.find((c) => c.district === district);

  test('000 in Ақкөл ауданы: the department head, the Ақмола regional department, the Ақмола akim; the court has no office', () => {
    expect(route('2011-394-1', 'akkol-audany')?.steps).toEqual([
      { step: 1, officeIds: ['akkol-audany-zhumyspen-kamtu-bolimi'] },
      { step: 2, officeIds: ['akmola-oblysy-zhumyspen-kamtudy-uilestiru-baskarmasy'] },
      { step: 3, officeIds: ['akmola-oblysy-akiminin-apparaty'] },
    ]);
  });

  test('002 standard 3 in Балқаш қаласы: the regional department, then the city akim of its own appendix 3', () => {
    expect(route('2008-32-08-3', 'balkash-kalasy')?.steps).toEqual([
      { step: 1, officeIds: ['karagandy-oblysy-zhumyspen-kamtudy-uilestiru-baskarmasy'] },
      { step: 2, officeIds: ['balkash-kalasy-akiminin-apparaty'] },
    ]);
  });
});
