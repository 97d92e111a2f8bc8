/**
 * The view models every route of an entity shares: where an office sits, which services it serves and
 * which it only takes complaints for; a region's moved districts; a district's offices by kind; a
 * service's districts region by region, with the places to apply in each.
 */
import { describe, expect, test } from 'vitest';
import { officeModels } from '../../../src/lib/offices/model.ts';
import { onlyTakesComplaints } from '../../../src/lib/offices/roles.ts';
import { districtModels } from '../../../src/lib/places/model.ts';
import { buildPlaces } from '../../../src/lib/places/pages.ts';
import { serviceModel } from '../../../src/lib/services/model.ts';
import { act, office, place, service, serviceVersion } from '../../helpers/records.ts';

const places = [
  place({ id: 'almaty-oblysy', name: 'Алматы облысы', kind: 'region', parent: null }),
  place({ id: 'aksu-audany', name: 'Ақсу ауданы', kind: 'district', parent: 'almaty-oblysy' }),
  place({
    id: 'ayagoz-audany',
    name: 'Аягөз ауданы',
    kind: 'district',
    parent: 'almaty-oblysy',
    presentRegion: 'Абай облысы',
  }),
  place({ id: 'astana-kalasy', name: 'Астана қаласы', kind: 'city', parent: null }),
];
const region = 'Алматы облысы';
const v1 = serviceVersion({ id: 'a-1', act: 'a', offices: ['dept', 'akim', 'centre'] });
const v2 = serviceVersion({ id: 'b-1', act: 'b', offices: ['centre'] });
const dept = office({ id: 'dept', region, district: 'Ақсу ауданы', placeId: 'aksu-audany' });
// The akim is listed in the appendix only as the place to complain.
const akim = office({
  id: 'akim',
  kind: 'akim-office',
  region,
  district: 'Ақсу ауданы',
  placeId: 'aksu-audany',
  roles: [{ version: 'a-1', role: 'complaints' }],
});
const centre = office({
  id: 'centre',
  kind: 'public-service-centre',
  region,
  district: 'Аягөз ауданы',
  placeId: 'ayagoz-audany',
  sources: [
    { file: 'a.txt', line: 1, act: 'a', appendix: 'a-1/1' },
    { file: 'b.txt', line: 1, act: 'b', appendix: 'b-1/1' },
  ],
});
const regional = office({ id: 'regional', kind: 'regional-department', region, placeId: 'almaty-oblysy' });
const offices = [dept, akim, centre, regional];
const regions = buildPlaces(offices, places);
const svcA = service({ id: 'svc-a', versions: [v1] });
const svcB = service({ id: 'svc-b', versions: [v2] });
const acts = [act({ id: 'a', date: '2008-01-01' }), act({ id: 'b', date: '2012-05-05' })];

describe('onlyTakesComplaints', () => {
  test('an office whose roles for the version are all complaints is no place to apply', () => {
    expect(onlyTakesComplaints(akim, v1)).toBe(true);
    expect(onlyTakesComplaints(office({ roles: [{ version: 'a-1', role: 'delivers' }] }), v1)).toBe(false);
  });

  test('an office without roles is never complaints-only', () => {
    expect(onlyTakesComplaints(dept, v1)).toBe(false);
  });
});

describe('officeModels', () => {
  const models = officeModels(offices, regions, [svcA, svcB], acts);

  test('splits the services an office serves from those it only takes complaints for', () => {
    expect(models.get('akim')?.services).toEqual([]);
    expect(models.get('akim')?.complaintServices.map((s) => s.id)).toEqual(['svc-a']);
    expect(models.get('dept')?.services.map((s) => s.id)).toEqual(['svc-a']);
    expect(models.get('centre')?.services.map((s) => s.id)).toEqual(['svc-a', 'svc-b']);
  });

  test('places an office where the hierarchy puts it, a regional office in no district', () => {
    expect(models.get('dept')?.placeIds).toEqual({ regionId: 'almaty-oblysy', districtId: 'aksu-audany' });
    expect(models.get('dept')?.district?.id).toBe('aksu-audany');
    expect(models.get('regional')?.placeIds).toEqual({ regionId: 'almaty-oblysy' });
    expect(models.get('regional')?.district).toBeUndefined();
  });

  test("names the newest of the office's acts", () => {
    expect(models.get('centre')?.act?.id).toBe('b');
  });
});

describe('place models', () => {
  test("a district's model groups its offices by kind", () => {
    const models = districtModels(regions, [svcA, svcB], acts);
    const aksu = models.find((m) => m.district.id === 'aksu-audany');
    expect(aksu?.kindGroups.map((g) => [g.kind, g.offices.map((o) => o.id)])).toEqual([
      ['employment-department', ['dept']],
      ['akim-office', ['akim']],
    ]);
  });
});

describe('serviceModel', () => {
  const model = serviceModel(svcA, regions, offices, acts);

  test('lists every region, with the districts where the service applies', () => {
    expect(model.byRegion.map((r) => [r.region.id, r.districts.map((d) => d.district.id)])).toEqual([
      ['almaty-oblysy', ['aksu-audany', 'ayagoz-audany']],
    ]);
  });

  test('a district answer leaves out the office that only takes complaints', () => {
    const aksu = model.districts.find((d) => d.district.id === 'aksu-audany');
    expect(aksu?.placesToApply.map((o) => o.id)).toEqual(['dept']);
  });

  test('leads with the newest act', () => {
    const both = serviceModel(service({ versions: [v1, v2] }), regions, offices, acts);
    expect(both.lead.id).toBe('b-1');
    expect(both.leadAct?.id).toBe('b');
  });
});
