import { describe, expect, test } from 'vitest';
import { findFieldLeaks } from '../../../../scripts/ingest/parse/fields/find-field-leaks.ts';
import type { Office } from '../../../../src/schemas/office.ts';
import { sourceFile } from '../../../helpers/source-files.ts';

const clean: Office = {
  id: '2012-1-1-a1-r1',
  kind: 'employment-department',
  name: 'Ақкөл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
  region: 'Ақмола облысы',
  district: null,
  settlement: 'Ақкөл',
  postcode: '020100',
  address: 'Ақкөл қаласы, Нұрмағамбетов көшесі, 81',
  phones: [{ number: '+77163821048', raw: '8-71638 2-10-48', type: 'phone', note: null }],
  emails: ['akkol_ozsp@mail.ru'],
  websites: [],
  hours: { text: 'Сағат 9-00 бастап 18-00 дейін', osm: null, from: 'row' },
  receptions: [
    {
      who: 'Әкім',
      text: 'апта сайын сейсенбі күндері, сағ. 15.00-тен 16.00 дейін',
      rrule: null,
      start: '15:00',
      end: '16:00',
    },
  ],
  head: 'Сейдалина Қосайкүл Сатыбалдықызы',
  cabinet: 'N 201',
  unit: null,
  location: null,
  flags: [],
  sources: [{ file: sourceFile('000'), line: 86, act: '2012-1', appendix: '2012-1-1/1' }],
};

describe('findFieldLeaks', () => {
  test('finds nothing in a clean record, house numbers and street names included', () => {
    expect(findFieldLeaks(clean)).toEqual([]);
    expect(findFieldLeaks({ ...clean, address: 'Жеңiстiң 50 жылдығы көшесi, 18' })).toEqual([]);
    expect(findFieldLeaks({ ...clean, address: 'Көкшетау қаласы, А.С. Пушкин атындағы көше, 23' })).toEqual([]);
  });

  test.each([
    {
      field: 'address',
      value: 'Ақкөл қаласы, Нұрмағамбетов көшесі, 81 akkol_ozsp@mail.ru',
      leak: 'address holds an e-mail address',
    },
    {
      field: 'address',
      value: 'Шахан кенті, Шаханская көшесі, 17 тел. (72156) 52578',
      leak: 'address holds a phone number',
    },
    {
      field: 'address',
      value: 'Сарыкемер ауылы, Байзақ батыр көшесі 107 8-72637-21096',
      leak: 'address holds a phone number',
    },
    { field: 'address', value: 'Тараз қаласы, Достық алаңы, 3 www.gorakim.kz', leak: 'address holds a website' },
    { field: 'address', value: '020100, Ақкөл қаласы', leak: 'address holds a postcode' },
    {
      field: 'address',
      value: 'Ақкөл қаласы, 81 азаматтарды қабылдау кестесі: күн сайын',
      leak: 'address holds a schedule',
    },
    { field: 'name', value: 'Ақкөл бөлімі sobes@mail.ru', leak: 'name holds an e-mail address' },
    { field: 'head', value: 'Құрмашев Кәрібай Жұмыс және қабылдау кестесі: сенбі', leak: 'head holds a schedule' },
    { field: 'address', value: 'Ақтау қаласы, 60-52-53', leak: 'address holds a phone number' },
  ])('reports that $leak', ({ field, value, leak }) => {
    const leaks = findFieldLeaks({ ...clean, [field]: value });
    expect(leaks).toHaveLength(1);
    expect(leaks[0]).toContain(leak);
  });

  test('reports a reception text that holds contacts', () => {
    const receptions = [
      {
        ...clean.receptions[0],
        who: 'Орынбасары',
        text: 'апта сайын сейсенбі күндері. www.nurinsk.kz nura_org@krg.gov.kz',
        rrule: null,
        start: null,
        end: null,
      },
    ];
    expect(findFieldLeaks({ ...clean, receptions })).toEqual([
      'reception of Орынбасары holds contacts: «апта сайын сейсенбі күндері. www.nurinsk.kz nura_org@krg.gov.kz»',
    ]);
  });
});
