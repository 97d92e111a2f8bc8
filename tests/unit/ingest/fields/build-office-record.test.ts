import { describe, expect, test } from 'vitest';
import { buildOfficeRecord, type OfficeContext } from '../../../../scripts/ingest/parse/build-office-record.ts';
import type { RawOfficeCells, RawOfficeRow } from '../../../../scripts/ingest/types.ts';
import { officeSchema } from '../../../../src/schemas/office.ts';
import { sourceFile } from '../../../helpers/source-files.ts';
import { cell } from './fixture-cells.ts';

const FILE = sourceFile('000');

function context(appendixNumber: number): OfficeContext {
  const appendix = {
    file: FILE,
    documentOrdinal: 1,
    number: appendixNumber,
    title: '',
    lines: [],
    span: { file: FILE, line: 1, endLine: 1 },
  };
  return {
    file: FILE,
    actId: '2012-1',
    versionId: '2012-1-1',
    appendix,
    region: null,
    appendixId: `2012-1-1/${appendixNumber}`,
    index: 3,
  };
}

function row(cells: RawOfficeCells, extra: Partial<RawOfficeRow> = {}): RawOfficeRow {
  return {
    kind: 'employment-department',
    rowNumber: '1',
    region: 'Ақмола облысы',
    district: null,
    cells,
    hoursFrom: 'row',
    correction: null,
    span: { file: FILE, line: 86, endLine: 90 },
    ...extra,
  };
}

describe('buildOfficeRecord', () => {
  test('builds the Akkol department (000 appendix 1, row 1) with every field in its place', () => {
    const built = buildOfficeRecord(
      row({
        name: cell('000-akmola-departments.txt', 1),
        address: cell('000-akmola-departments.txt', 2),
        phones: cell('000-akmola-departments.txt', 3),
        hours: cell('000-akmola-departments.txt', 4),
      }),
      context(1),
    );
    expect(built.office).toMatchObject({
      id: '2012-1-1-a1-r3',
      name: 'Ақкөл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
      postcode: '020100',
      settlement: 'Ақкөл',
      address: 'Ақкөл қаласы, Нұрмағамбетов көшесі, 81',
      emails: ['akkol_ozsp@mail.ru'],
      websites: [],
      phones: [{ number: '+77163821048', raw: '8-71638 2-10-48', type: 'phone', note: null }],
      hours: { osm: 'Mo-Fr 09:00-13:00,14:00-18:00', from: 'row' },
      sources: [{ file: FILE, line: 86, act: '2012-1', appendix: '2012-1-1/1' }],
      flags: [],
    });
    expect(officeSchema.safeParse(built.office).success).toBe(true);
    expect(built.diagnostics).toEqual([]);
  });

  test('cuts phones out of a 002 address cell and gives the fax the row code', () => {
    const built = buildOfficeRecord(
      row(
        { name: 'Құрма селолық округі әкімінің аппараты', address: cell('002-kurma-rural-akim.txt', 3) },
        { kind: 'rural-akim' },
      ),
      context(4),
    );
    expect(built.office).toMatchObject({
      postcode: '100113',
      settlement: 'Құрма',
      district: 'Абай ауданы',
      address: 'Қарағанды облысы, Абай ауданы, Құрма селосы, Спасская көшесі, 7',
      phones: [
        { number: '+77215350566', type: 'phone' },
        { number: '+77215350574', type: 'fax' },
      ],
      hours: null,
    });
    expect(built.diagnostics.map((d) => d.code)).toEqual(['hours-missing']);
  });

  test('moves the 003 schedule out of the head cell into hours, from the row', () => {
    const built = buildOfficeRecord(
      row(
        {
          name: cell('003-taraz-department-letter-spaced.txt', 21, 25),
          head: cell('003-taraz-department-letter-spaced.txt', 27, 31),
          address: cell('003-taraz-department-letter-spaced.txt', 33, 36),
          phones: cell('003-taraz-department-letter-spaced.txt', 38, 41),
        },
        { hoursFrom: 'group' },
      ),
      context(1),
    );
    // Lines 21-25: `"Байзақ ... бөлімі"` then `ММ` on its own line; shown without them, kept as written.
    expect(built.office.name).toBe('Байзақ ауданының әкімиятының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі');
    expect(built.office.legalName).toBe(
      '"Байзақ ауданының әкімиятының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі" ММ',
    );
    expect(built.office.head).toBe('Абдрахманова Бақыткүл Ешенкұлқызы');
    expect(built.office.hours).toMatchObject({ osm: 'Mo-Fr 09:00-13:00,14:00-18:00', from: 'row' });
    expect(built.office.settlement).toBe('Сарыкемер');
    expect(built.office.emails).toEqual(['utzszn_baizak@topmail.kz']);
    expect(built.office.phones.map((p) => p.number)).toEqual(['+77263721971', '+77263722338']);
  });

  test('notes the second phone column of a centre (000 appendix 2) on its numbers', () => {
    const built = buildOfficeRecord(
      row(
        {
          name: 'Ақмола облысының ХҚО',
          address: cell('000-astana-department-and-pscs.txt', 28),
          phones: cell('000-astana-department-and-pscs.txt', 29),
          extraPhones: cell('000-astana-department-and-pscs.txt', 30),
          extraPhonesNote: 'Басшылардың телефон нөмірі',
        },
        { kind: 'public-service-centre' },
      ),
      context(2),
    );
    expect(built.office.phones).toEqual([
      { number: null, raw: '25-77-16', type: 'phone', note: null },
      { number: null, raw: '40-10-63', type: 'phone', note: 'Басшылардың телефон нөмірі; қабылдау бөлмесі' },
    ]);
    expect(built.diagnostics.filter((d) => d.code === 'phone-no-area-code')).toHaveLength(2);
  });

  test('flags an author error and keeps the text (`(710412) 20010`, 002 line 5246)', () => {
    const built = buildOfficeRecord(
      row({ name: 'Ақтас кенті әкімінің аппараты', address: cell('002-aktas-rural-akim.txt', 3) }),
      context(4),
    );
    expect(built.office.phones).toEqual([{ number: null, raw: '(710412) 20010', type: 'phone-fax', note: null }]);
    expect(built.office.flags.map((f) => [f.code, f.sources])).toEqual([
      ['phone-area-code', [{ file: FILE, line: 86 }]],
    ]);
  });
});
