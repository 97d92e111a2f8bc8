import { describe, expect, test } from 'vitest';
import { completeAreaCodes } from '../../../../scripts/ingest/resolve/complete-area-codes.ts';
import type { Office, Phone } from '../../../../src/schemas/office.ts';

const FILE = '000_8780a4b2e90bbbe3.txt';

function office(id: string, region: string, settlement: string | null, phones: Phone[], line: number): Office {
  return {
    id,
    kind: 'public-service-centre',
    name: id,
    region,
    district: null,
    settlement,
    postcode: null,
    address: null,
    phones,
    emails: [],
    websites: [],
    hours: null,
    receptions: [],
    head: null,
    cabinet: null,
    unit: null,
    location: null,
    flags: [],
    sources: [{ file: FILE, line, act: '2012-1', appendix: '2012-1-1/1' }],
  };
}

const bare = (raw: string, note: string | null = null): Phone => ({ number: null, raw, type: 'phone', note });

// 000 appendix 1 row 19 (line 194) shows Kokshetau's code; appendix 2 row 1 (line 1558) has none.
const kokshetauDepartment = office(
  'kokshetau-department',
  'Ақмола облысы',
  'Көкшетау',
  [{ number: '+77162319276', raw: '8-7162 31-92-76', type: 'phone', note: null }],
  194,
);

describe('completeAreaCodes', () => {
  test('gives `25-77-16` the code another Kokshetau office shows, and says where it came from', () => {
    const centre = office(
      'akmola-psc',
      'Ақмола облысы',
      'Көкшетау',
      [bare('25-77-16'), bare('40-10-63', 'қабылдау бөлмесі')],
      1558,
    );
    const { offices, diagnostics } = completeAreaCodes([kokshetauDepartment, centre]);
    expect(offices[1]?.phones).toEqual([
      {
        number: '+77162257716',
        raw: '25-77-16',
        type: 'phone',
        note: `қала коды 7162 осы қаладағы басқа нөмірден алынды («8-7162 31-92-76», ${FILE}:194)`,
      },
      {
        number: '+77162401063',
        raw: '40-10-63',
        type: 'phone',
        note: `қабылдау бөлмесі; қала коды 7162 осы қаладағы басқа нөмірден алынды («8-7162 31-92-76», ${FILE}:194)`,
      },
    ]);
    expect(diagnostics).toEqual([]);
    expect(offices[0]).toBe(kokshetauDepartment);
  });

  test('uses the city a city-region names when the address has no settlement (Astana)', () => {
    const department = office(
      'astana',
      'Астана қаласы',
      null,
      [{ number: '+77172216222', raw: '8-7172 21-62-22', type: 'phone', note: null }],
      1537,
    );
    const centre = office('astana-psc', 'Астана қаласы', 'Астана', [bare('50-13-69')], 1715);
    expect(completeAreaCodes([department, centre]).offices[1]?.phones[0]?.number).toBe('+77172501369');
  });
});

describe('completeAreaCodes negative cases', () => {
  test('invents nothing for Almaty: the 4-digit codes seen do not fit a 7-digit number', () => {
    const department = office(
      'almaty',
      'Алматы қаласы',
      'Алматы',
      [{ number: '+77272998779', raw: '8-7272 99-87-79', type: 'phone', note: null }],
      1481,
    );
    const centre = office('almaly-psc', 'Алматы қаласы', 'Алматы', [bare('378-09-10')], 1651);
    const { offices, diagnostics } = completeAreaCodes([department, centre]);
    expect(offices[1]?.phones[0]).toEqual(bare('378-09-10'));
    expect(diagnostics).toMatchObject([{ code: 'phone-area-code-unknown', file: FILE, line: 1651 }]);
  });

  test('leaves a number alone when its city has no code in the data', () => {
    const centre = office('aktobe-psc', 'Ақтөбе облысы', 'Ақтөбе', [bare('56-24-53')], 1564);
    const { offices, diagnostics } = completeAreaCodes([kokshetauDepartment, centre]);
    expect(offices[1]?.phones[0]?.number).toBeNull();
    expect(diagnostics.map((d) => d.code)).toEqual(['phone-area-code-unknown']);
  });

  test('does not take a code from a same-named town in another region', () => {
    const centre = office('other', 'Қостанай облысы', 'Көкшетау', [bare('25-77-16')], 2000);
    expect(completeAreaCodes([kokshetauDepartment, centre]).offices[1]?.phones[0]?.number).toBeNull();
  });

  test('never completes a malformed number (`(710412) 20010`)', () => {
    const centre = office('aktas', 'Ақмола облысы', 'Көкшетау', [bare('(710412) 20010')], 2001);
    const { offices, diagnostics } = completeAreaCodes([kokshetauDepartment, centre]);
    expect(offices[1]?.phones[0]?.number).toBeNull();
    expect(diagnostics).toEqual([]);
  });
});
