import { describe, expect, test } from 'vitest';
import { pickExamples } from '../../../src/lib/embed/examples.ts';
import {
  absoluteUrl,
  codeHref,
  embedJsonPath,
  embedPath,
  fullPath,
  officeCodeHrefs,
} from '../../../src/lib/embed/urls.ts';
import { buildPlaces } from '../../../src/lib/places/pages.ts';
import type { Service } from '../../../src/schemas/service.ts';
import {
  akkolDepartment,
  aksuCentre,
  gulshatAkim,
  karagandaAct,
  pavlodarDepartment,
  recordPlaces,
  registrationVersion,
} from './embed-records.ts';

/** An office of no district: the regional department of Almaty region (000, appendix 2). */
const regional = { ...aksuCentre, id: '2011-394-1-a2-r3', kind: 'regional-department' as const, district: null };
const regions = buildPlaces([aksuCentre, akkolDepartment, gulshatAkim, pavlodarDepartment, regional], recordPlaces);

describe('embed addresses', () => {
  test.each([
    {
      kind: 'office' as const,
      id: '2011-394-1-a1-r1',
      embed: '/embed/offices/2011-394-1-a1-r1/',
      full: '/offices/2011-394-1-a1-r1/',
    },
    {
      kind: 'district' as const,
      id: 'akkol-audany',
      embed: '/embed/districts/akkol-audany/',
      full: '/districts/akkol-audany/',
    },
    { kind: 'service' as const, id: 'tirkeu', embed: '/embed/services/tirkeu/', full: '/services/tirkeu/' },
  ])('a $kind embeds at $embed and links back to $full', ({ kind, id, embed, full }) => {
    expect(embedPath(kind, id)).toBe(embed);
    expect(fullPath(kind, id)).toBe(full);
    expect(embedJsonPath(kind, id)).toBe(embed.replace(/\/$/, '.json'));
  });

  test('resolves against the site for the pasted code', () => {
    expect(absoluteUrl('/embed/districts/akkol-audany/', new URL('https://qyzmet.kz'))).toBe(
      'https://qyzmet.kz/embed/districts/akkol-audany/',
    );
  });
});

describe('where the code of an entity is', () => {
  test.each([
    { kind: 'office' as const, id: aksuCentre.id, href: '/embed/code/districts/aksu-audany/#office-2012-349-7-a3-r1' },
    {
      kind: 'office' as const,
      id: gulshatAkim.id,
      href: '/embed/code/districts/balkash-kalasy/#office-2008-32-08-5-a2-r1',
    },
    { kind: 'office' as const, id: regional.id, href: '/embed/code/regions/almaty-oblysy/#office-2011-394-1-a2-r3' },
    { kind: 'office' as const, id: 'no-such-office', href: '/embed/#find' },
    { kind: 'district' as const, id: 'akkol-audany', href: '/embed/code/districts/akkol-audany/' },
    { kind: 'service' as const, id: 'tirkeu', href: '/embed/code/services/#service-tirkeu' },
  ])('the $kind $id: $href', ({ kind, id, href }) => {
    expect(codeHref(kind, id, officeCodeHrefs(regions))).toBe(href);
  });
});

describe('the examples on /embed/', () => {
  const service = (id: string, documents: Service['versions'][number]['documents']): Service => ({
    id,
    name: id,
    names: [id],
    versions: [{ ...registrationVersion, documents }],
  });

  test('show an office with an address, a dialable phone and hours, and its district', () => {
    // Ақмола comes first in Kazakh order; Павлодар's department has no dialable phone and is never picked.
    const { office, district } = pickExamples(regions, [], [karagandaAct]);
    expect(office?.id).toBe(akkolDepartment.id);
    expect(district?.name).toBe('Ақкөл ауданы');
  });

  test('skip an office without a dialable phone even when it comes first in its district', () => {
    const poor = {
      ...pavlodarDepartment,
      id: 'poor',
      region: akkolDepartment.region,
      district: akkolDepartment.district,
    };
    const { office } = pickExamples(buildPlaces([poor, akkolDepartment], recordPlaces), [], []);
    expect(office?.id).toBe(akkolDepartment.id);
  });

  test('skip a district that has only centres and akims for one with a department', () => {
    const balkashDepartment = {
      ...akkolDepartment,
      id: 'balkash',
      region: 'Қарағанды облысы',
      district: 'Балқаш қаласы',
    };
    const { district } = pickExamples(buildPlaces([aksuCentre, gulshatAkim, balkashDepartment], recordPlaces), [], []);
    expect(district?.name).toBe('Балқаш қаласы');
  });

  test('show the first service whose lead version lists documents', () => {
    const services = [service('no-documents', []), service('with-documents', registrationVersion.documents)];
    expect(pickExamples(regions, services, [karagandaAct]).service?.service.id).toBe('with-documents');
  });

  test('are all null when there are no data', () => {
    expect(pickExamples([], [], [])).toEqual({ office: null, district: null, service: null });
  });
});
