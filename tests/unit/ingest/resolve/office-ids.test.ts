import { describe, expect, test } from 'vitest';
import { mergeOffices } from '../../../../scripts/ingest/resolve/merge-offices/index.ts';
import { baseOfficeId, cutSlug } from '../../../../scripts/ingest/resolve/merge-offices/office-ids.ts';
import { ACT_DATES, abai, aksu, F000, F001, F002, kulanotpesRows, row, temirtau } from './office-rows.ts';

describe('baseOfficeId', () => {
  test.each([
    {
      name: 'Ақкөл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
      kind: 'employment-department',
      region: 'Ақмола облысы',
      district: 'Ақкөл ауданы',
      id: 'akkol-audany-zhumyspen-kamtu-bolimi',
    },
    {
      name: 'Жансүгіров кенттік округ аудан әкімінің аппараты',
      kind: 'rural-akim',
      region: 'Алматы облысы',
      district: 'Ақсу ауданы',
      id: 'aksu-audany-zhansugirov-kenttik-okrug',
    },
    {
      // The village keeps its name although it is the district's: no place word follows it.
      name: 'Жамбыл селолық округ',
      kind: 'rural-akim',
      region: 'Алматы облысы',
      district: 'Жамбыл ауданы',
      id: 'zhambyl-audany-zhambyl-selolyk-okrug',
    },
    {
      name: '"Абай ауданы әкімінің аппараты" мемлекеттік мекемесі',
      kind: 'akim-office',
      region: 'Қарағанды облысы',
      district: 'Абай ауданы',
      id: 'abai-audany-akiminin-apparaty',
    },
    {
      name: 'Ақсу аудандық филиалы РММ "Алматы облысының халыққа қызмет көрсету орталығы"',
      kind: 'public-service-centre',
      region: 'Алматы облысы',
      district: 'Ақсу ауданы',
      id: 'aksu-audany-filialy-khko',
    },
    {
      name: 'Ақмола облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы',
      kind: 'regional-department',
      region: 'Ақмола облысы',
      district: null,
      id: 'akmola-oblysy-zhumyspen-kamtudy-uilestiru-baskarmasy',
    },
  ] as const)('$name -> $id', ({ id, ...office }) => {
    expect(baseOfficeId(office)).toBe(id);
  });

  test('ids are cut to 60 characters at a word boundary', () => {
    expect(cutSlug('soltustik-kazakstan-oblysy-zhumyspen-kamtudy-uilestiru-baskarmasy')).toBe(
      'soltustik-kazakstan-oblysy-zhumyspen-kamtudy-uilestiru',
    );
  });
});

describe('stable, unique ids', () => {
  const rows = [aksu.in000, temirtau.in000, aksu.reg1, temirtau.std1, abai.aktogai, abai.karkaraly];
  const ids = (input: Parameters<typeof mergeOffices>[0]) =>
    Object.fromEntries(mergeOffices(input, ACT_DATES).offices.map((o) => [o.id, o.sources.length]));

  test('adding rows to the input leaves the other offices’ ids alone', () => {
    const before = ids(rows);
    const extra = row(F002, 5092, '5/2', { ...kulanotpesRows.first5 });
    const after = ids([...rows, aksu.reg2, temirtau.std2, extra]);
    expect(Object.keys(after)).toEqual([...Object.keys(before), 'nura-audany-kulanotpes-selolyk-okrugi']);
    expect(after['aksu-audany-zhumyspen-kamtu-bolimi']).toBe(3);
  });

  test('the order rows arrive in does not change ids', () => {
    expect(Object.keys(ids([...rows].reverse())).sort()).toEqual(Object.keys(ids(rows)).sort());
  });

  test('a district name of two regions: the office met first in source order keeps the plain id', () => {
    const zhambyl = (file: string, line: number, region: string) =>
      row(file, line, '1/1', {
        kind: 'employment-department',
        name: 'Жамбыл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
        region,
        district: 'Жамбыл ауданы',
      });
    const offices = mergeOffices(
      [
        zhambyl(F001, 300, 'Алматы облысы'),
        zhambyl(F000, 1301, 'Солтүстік Қазақстан облысы'),
        zhambyl(F000, 330, 'Алматы облысы'),
        zhambyl(F000, 638, 'Жамбыл облысы'),
      ],
      ACT_DATES,
    ).offices;
    expect(offices.map((o) => [o.region, o.id])).toEqual([
      ['Алматы облысы', 'zhambyl-audany-zhumyspen-kamtu-bolimi'],
      ['Солтүстік Қазақстан облысы', 'soltustik-kazakstan-oblysy-zhambyl-audany-zhumyspen-kamtu'],
      ['Жамбыл облысы', 'zhambyl-oblysy-zhambyl-audany-zhumyspen-kamtu-bolimi'],
    ]);
  });
});
