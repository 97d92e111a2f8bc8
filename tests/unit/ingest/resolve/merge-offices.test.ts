import { describe, expect, test } from 'vitest';
import { mergeOffices } from '../../../../scripts/ingest/resolve/merge-offices/index.ts';
import type { Office } from '../../../../src/schemas/office.ts';
import { ACT_DATES, abai, aksu, F000, F002, F004, kulanotpesRows, phone, row, temirtau } from './office-rows.ts';

const lines = (o: Pick<Office, 'sources'>) => o.sources.map((s) => `${s.file.slice(0, 3)}:${s.line}`);

describe('rows that are one office', () => {
  test('the Ақсу department of 001 regulations 1 and 2 and of 000 is one office, values from 001 (2012) first', () => {
    const { offices } = mergeOffices([aksu.in000, aksu.reg1, aksu.reg2], ACT_DATES);
    expect(offices).toHaveLength(1);
    const [office] = offices as [Office];
    expect(office.id).toBe('aksu-audany-zhumyspen-kamtu-bolimi');
    expect(lines(office)).toEqual(['000:300', '001:201', '001:862']);
    expect(office.address).toBe('Ақсу ауданы, Жансүгіров кенті, Желтоқсан көшесі, 5');
    // 001 gives no postcode, so 000's stands, with no alternative.
    expect(office.postcode).toBe('040100');
    expect(office.alternatives).toEqual([
      {
        field: 'address',
        value: 'Жансүгіров кенті, Желтоқсан көшесі, 5',
        sources: [{ file: F000, line: 300, act: '2011-394', appendix: '2011-394-1/1' }],
      },
    ]);
    expect(office.phones.map((p) => [p.number, p.sources?.map((s) => s.line)])).toEqual([
      ['+77283221143', [300, 201, 862]],
    ]);
  });

  test('the Теміртау department of 002 standards 1 and 2 and of 000: 000 numbers shown, 002 numbers kept as alternatives', () => {
    const { offices } = mergeOffices([temirtau.in000, temirtau.std1, temirtau.std2], ACT_DATES);
    expect(offices).toHaveLength(1);
    const [office] = offices as [Office];
    expect(office.id).toBe('temirtau-kalasy-zhumyspen-kamtu-bolimi');
    expect(office.phones.map((p) => [p.raw, p.sources?.map((s) => s.line)])).toEqual([['8-7213 91-65-14', [834]]]);
    const phones = office.alternatives?.filter((a) => a.field === 'phones');
    // 002 line 282 labels the second number `факс`: the alternative stays a fax.
    expect(phones?.map((a) => [a.value, a.type, a.sources.map((s) => s.line)])).toEqual([
      ['+77213923591', 'phone', [276, 1329]],
      ['+77213954455', 'fax', [276, 1329]],
    ]);
    expect(office.address).toBe('Теміртау қаласы, Чайковский көшесі, 22');
    expect(office.alternatives?.find((a) => a.field === 'address')?.value).toBe(
      'Қарағанды облысы, Теміртау қаласы, Тәуелсіздік гүлзары, 2',
    );
    // Only 002 writes a postcode: it is the value, not an alternative.
    expect(office.postcode).toBe('101406');
  });

  test('a district spelled `Бұхар жырау` (000) and `Бұқар жырау` (002) is one office when a phone confirms it', () => {
    const in000 = row(F000, 906, '1/1', {
      kind: 'employment-department',
      name: 'Бұхар жырау ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
      region: 'Қарағанды облысы',
      district: 'Бұхар жырау ауданы',
      phones: [phone('+77215421038', '8-72154 2-10-38')],
    });
    const in002 = row(F002, 393, '1/1', {
      kind: 'employment-department',
      name: '"Бұқар жырау ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі" мемлекеттік мекемесі',
      region: 'Қарағанды облысы',
      district: 'Бұқар жырау ауданы',
      phones: [phone('+77215421038', '(72154) 21038'), phone('+77215421492', '(72154) 21492')],
    });
    const merged = mergeOffices([in000, in002], ACT_DATES);
    expect(merged.offices.map((o) => o.district)).toEqual(['Бұхар жырау ауданы']);
    expect(merged.merges['spelling-variant']).toBe(1);
    expect(merged.diagnostics.map((d) => d.code)).toEqual(['office-merged-across-districts']);
    // Without the shared number the two spellings are not enough.
    expect(mergeOffices([in000, { ...in002, phones: [] }], ACT_DATES).offices).toHaveLength(2);
  });

  test('`Бурабай ауданы` (000) renamed `Щучье ауданы` (004) with the same number is one office', () => {
    const burabai = row(F000, 182, '1/1', {
      kind: 'employment-department',
      name: 'Бурабай ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
      region: 'Ақмола облысы',
      district: 'Бурабай ауданы',
      phones: [phone('+77163642768', '8-716-36 4-27-68')],
    });
    const shchuchye = row(F004, 585, '1/1', {
      kind: 'employment-department',
      name: '"Щучье ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі" мемлекеттік мекемесі',
      region: 'Ақмола облысы',
      district: 'Щучье ауданы',
      phones: [phone('+77163642768', '8-(716-36)-4-27-68')],
    });
    const { offices, merges } = mergeOffices([burabai, shchuchye], ACT_DATES);
    expect(merges['renamed-district']).toBe(1);
    expect(offices[0]?.alternatives?.find((a) => a.field === 'district')?.value).toBe('Щучье ауданы');
  });

  test('a row the authors repeated in one table (000 appendix 1 rows 6 and 10) is one office, flagged', () => {
    const zhambyl = {
      kind: 'employment-department',
      name: 'Жамбыл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
      region: 'Алматы облысы',
      district: 'Жамбыл ауданы',
      postcode: '040600',
      address: 'Ұзынағаш ауылы, Қарасай батыр көшесі, 261',
      phones: [phone('+77277022260', '8-72770 2-22-60')],
    } as const;
    const { offices } = mergeOffices(
      [
        row(F000, 330, '1/1', { ...zhambyl, phones: [...zhambyl.phones] }),
        row(F000, 355, '1/1', { ...zhambyl, phones: [...zhambyl.phones] }),
      ],
      ACT_DATES,
    );
    expect(offices).toHaveLength(1);
    expect(offices[0]?.flags.map((f) => [f.code, f.sources.map((s) => s.line)])).toEqual([
      ['listed-twice', [330, 355]],
    ]);
  });
});

describe('rows that are different offices (negative cases)', () => {
  test('two rural akims named `Абай селолық округі` in Ақтоғай and Қарқаралы ауданы stay two', () => {
    const { offices } = mergeOffices(
      [
        abai.aktogai,
        abai.karkaraly,
        {
          ...abai.aktogai,
          sources: [
            { ...abai.aktogai.sources[0], line: 11527, appendix: '2008-32-08-11/2' } as Office['sources'][number],
          ],
        },
      ],
      ACT_DATES,
    );
    expect(offices.map((o) => [o.id, lines(o)])).toEqual([
      ['aktogai-audany-abai-selolyk-okrugi', ['002:4712', '002:11527']],
      ['karkaraly-audany-abai-selolyk-okrugi', ['002:4988']],
    ]);
  });

  test('the two `Құланөтпес селолық округі` of Нұра ауданы stay two, each joined by its own row of standard 11', () => {
    const { offices } = mergeOffices(
      [kulanotpesRows.first5, kulanotpesRows.second5, kulanotpesRows.second11, kulanotpesRows.first11],
      ACT_DATES,
    );
    expect(offices.map((o) => [o.id, o.postcode, lines(o)])).toEqual([
      ['nura-audany-kulanotpes-selolyk-okrugi', '100917', ['002:5092', '002:11907']],
      ['nura-audany-kulanotpes-selolyk-okrugi-100918', '100918', ['002:5124', '002:11939']],
    ]);
  });

  test.each([
    { what: 'another kind', change: { kind: 'akim-office' } },
    { what: 'another region', change: { region: 'Жамбыл облысы' } },
    { what: 'another district', change: { district: 'Алакөл ауданы' } },
  ] as const)('the Ақсу department and a row of $what are not merged', ({ change }) => {
    expect(mergeOffices([aksu.reg1, { ...aksu.reg2, ...change }], ACT_DATES).offices).toHaveLength(2);
  });

  test('the report counts rows and entities per kind', () => {
    const result = mergeOffices([aksu.in000, aksu.reg1, aksu.reg2, abai.aktogai, abai.karkaraly], ACT_DATES);
    expect(result.counts).toEqual({
      'employment-department': { rows: 3, entities: 1 },
      'rural-akim': { rows: 2, entities: 2 },
    });
    expect(result.merges).toEqual({ 'same-name': 2, 'spelling-variant': 0, 'renamed-district': 0 });
  });
});
