import type { GovernmentOfficeLeaf, GovernmentServiceLeaf } from 'schema-dts';
import { describe, expect, test } from 'vitest';
import { officeJsonLd, openingHoursSpecification, serialiseJsonLd } from '../../../src/lib/json-ld.ts';
import * as record from '../../helpers/records.ts';

describe('openingHoursSpecification', () => {
  test('gives two periods a weekday for a schedule with a lunch break, none at the weekend', () => {
    const spec = openingHoursSpecification('Mo-Fr 09:00-13:00,14:00-18:00');
    expect(spec).toHaveLength(10);
    expect(spec[0]).toEqual({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: 'https://schema.org/Monday',
      opens: '09:00',
      closes: '13:00',
    });
    expect(spec.some((s) => String(s.dayOfWeek).endsWith('Saturday'))).toBe(false);
  });
});

describe('officeJsonLd', () => {
  const office = record.office({
    id: 'akkol-audany-bolim',
    kind: 'employment-department',
    name: 'Ақкөл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
    region: 'Ақмола облысы',
    district: 'Ақкөл ауданы',
    settlement: 'Ақкөл',
    postcode: '020100',
    address: 'Ақкөл қаласы, Нұрмағамбетов көшесі, 81',
    phones: [
      { number: '+77163821048', raw: '8-71638 2-10-48', type: 'phone', note: null },
      { number: null, raw: '2-10-49', type: 'fax', note: null },
    ],
    emails: ['akkol_ozsp@mail.ru'],
    hours: { text: '...', osm: 'Mo-Fr 09:00-18:00', from: 'row' },
    sources: [{ file: '000.txt', line: 86, act: '2011-394', appendix: '2011-394-1/1' }],
  });

  test('describes the office with its address, dialable phones only and hours', () => {
    const ld = officeJsonLd(office, new URL('https://qyzmet.kz'));
    // Read back as the JSON a crawler gets: schema-dts types a property as any of its allowed values.
    const json = JSON.parse(serialiseJsonLd(ld)) as Record<string, unknown> & { address: Record<string, unknown> };
    expect(json['@type']).toBe('GovernmentOffice');
    expect(json['url']).toBe('https://qyzmet.kz/offices/akkol-audany-bolim/');
    expect(json.address['postalCode']).toBe('020100');
    // No `availableLanguage`: no act says which languages a phone answers in.
    expect(json['contactPoint']).toEqual([
      { '@type': 'ContactPoint', telephone: '+77163821048' },
      { '@type': 'ContactPoint', email: 'akkol_ozsp@mail.ru' },
    ]);
    expect(json['openingHoursSpecification']).toHaveLength(5);
    expect(json).not.toHaveProperty('inLanguage');
  });

  test('points a Russian page at its Russian address', () => {
    expect(officeJsonLd(office, new URL('https://qyzmet.kz'), 'ru').url).toBe(
      'https://qyzmet.kz/ru/offices/akkol-audany-bolim/',
    );
  });
});

describe('the schema.org types (checked by astro check)', () => {
  test('refuse a property schema.org does not define for the type', () => {
    const office: GovernmentOfficeLeaf = {
      '@type': 'GovernmentOffice',
      name: 'x',
      // @ts-expect-error schema.org defines no `inLanguage` on GovernmentOffice (issue 18)
      inLanguage: 'kk',
    };
    const service: GovernmentServiceLeaf = {
      '@type': 'GovernmentService',
      name: 'x',
      // @ts-expect-error nor on GovernmentService
      inLanguage: 'kk',
    };
    expect([office.name, service.name]).toEqual(['x', 'x']);
  });
});

describe('serialiseJsonLd', () => {
  const hostile = { name: '</script><script>alert(1)</script> & <!-- \u2028\u2029' };

  test('leaves no character that could end the script block or start a comment', () => {
    const text = serialiseJsonLd(hostile);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
  });

  test('is still the same JSON', () => {
    expect(JSON.parse(serialiseJsonLd(hostile))).toEqual(hostile);
  });
});
