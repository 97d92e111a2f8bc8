import { describe, expect, test } from 'vitest';
import { districtJson, officeJson } from '../../../src/lib/embed/json.ts';
import type { DistrictPage } from '../../../src/lib/places/pages.ts';
import { aksuCentre, gulshatAkim } from './embed-records.ts';

describe('embed JSON', () => {
  test('the Kazakh office record is the open-data record plus its language', () => {
    expect(officeJson(aksuCentre, 'kk')).toEqual({ ...aksuCentre, lang: 'kk' });
  });

  test('the Russian office record adds the Russian kind and the reviewed place names, renaming nothing', () => {
    const json = officeJson(gulshatAkim, 'ru', { regionId: 'karagandy-oblysy', districtId: 'no-such-place' });
    expect(json).toMatchObject({ ...gulshatAkim, lang: 'ru' });
    // No reviewed name for the district: the field is left out rather than null.
    expect('russian' in json && json.russian).toEqual({ kind: expect.any(String), region: 'Карагандинская область' });
  });

  test('a Russian district lists its offices in Russian records too', () => {
    const district: DistrictPage = {
      id: 'x',
      name: 'Балқаш қаласы',
      region: 'Қарағанды облысы',
      regionId: 'karagandy-oblysy',
      otherNames: [],
      formerIds: [],
      offices: [gulshatAkim],
    };
    const json = districtJson(district, 'ru');
    expect(json.lang).toBe('ru');
    expect(json.offices[0]).toMatchObject({ id: gulshatAkim.id, lang: 'ru' });
    expect('russian' in json && json.russian).toEqual({ region: 'Карагандинская область' });
  });
});
