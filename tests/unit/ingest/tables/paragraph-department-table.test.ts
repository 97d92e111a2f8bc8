import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createParagraphDepartmentTable } from '../../../../scripts/ingest/parse/tables/paragraph-department-table.ts';
import { committedInputs } from '../../../helpers/ingest-inputs.ts';
import { sourceFile } from '../../../helpers/source-files.ts';
import { contextFor, fixtureAppendix, fixtures, loose, readFixture } from './paragraph-fixture.ts';

const parser = createParagraphDepartmentTable(committedInputs().corrections);

const result = parser.parse(contextFor(fixtureAppendix(fixtures.departments004), 'Ақмола облысы'));
const row = (n: string) => result.rows.find((r) => r.rowNumber === n);
const SCHEDULE =
  'азаматтарды қабылдау кестесі: күн сайын 9.00-ден 18.00-ге дейін, үзіліс сағат 13.00-ден 14.00-ге дейін';

describe('004 appendix 1 (Akmola employment departments), cut from paragraphs', () => {
  test('the fixture is byte-identical to 004 lines 266-648', () => {
    const source = readFileSync(
      new URL(`../../../../content/sources/${fixtures.departments004.file}`, import.meta.url),
      'utf8',
    );
    expect(readFixture(fixtures.departments004.fixture)).toBe(`${source.split('\n').slice(265, 648).join('\n')}\n`);
  });

  // Counted by hand: `1 "Ақкөл` (004:295) .. `19 "Көкшетау` (004:619).
  test('reads all 19 rows, none rejected', () => {
    expect([result.rowsSeen, result.rows.length, result.rejected.length]).toEqual([19, 19, 0]);
    expect(result.rows.map((r) => r.span.line)).toEqual([
      295, 312, 338, 356, 374, 391, 407, 423, 442, 461, 478, 494, 513, 530, 548, 564, 585, 601, 619,
    ]);
  });

  test('takes the reception schedule out of the address cell (004:301-310)', () => {
    const r = row('1');
    expect(loose(r?.cells.name)).toBe(
      loose('"Ақкөл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі" мемлекеттік мекемесі'),
    );
    expect(r?.cells.address).toMatch(/^Ақкөл ауданы, Ақкөл қаласы, Н.рмағамбетов көшесі, 81$/u);
    expect(r?.cells.hours).toBe(SCHEDULE);
    expect(r?.cells.phones).toBe('8-(71638)-2-10-48');
    expect(loose(r?.cells.contacts)).toBe(loose('Sobes_akkol@gcvp.kz, www.akmol.kz'));
    expect(r?.district).toBe('Ақкөл ауданы');
    expect(r?.span).toEqual({ file: sourceFile('004'), line: 295, endLine: 310 });
  });

  test('puts back the halves a page break moved under the phones (row 2, 004:312-336)', () => {
    const r = row('2');
    expect(loose(r?.cells.address)).toBe(loose('Аршалы ауданы, Аршалы селосы, Ташенов көшесі, 47'));
    expect(r?.cells.hours).toBe(SCHEDULE);
    expect(r?.cells.phones).toBe('8-(71644)-2-13-76');
    expect(loose(r?.cells.contacts)).toBe(loose('Arshaly_rotz@rjrshetau.online.kz, www.akmol.kz'));
    expect(r?.span.endLine).toBe(336);
  });

  test('puts back a name tail printed after the phones (row 16, 004:564-583)', () => {
    const r = row('16');
    expect(loose(r?.cells.name)).toBe(
      loose('"Шортанды ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі" мемлекеттік мекемесі'),
    );
    expect(loose(r?.cells.address)).toBe(loose('Шортанды ауданы, Шортанды кенті, Абылайхан көшесі, 22'));
    expect(r?.cells.hours).toBe(SCHEDULE);
    expect(r?.cells.phones).toBe('8-(71631)-2-19-75');
    expect(loose(r?.cells.contacts)).toBe(loose('shortsobez@mail.ru, www.akmol.kz'));
    expect(r?.span).toEqual({ file: sourceFile('004'), line: 564, endLine: 583 });
  });

  test('ends the schedule of row 9 with the line printed after the page break (004:458)', () => {
    expect(row('9')?.cells.hours).toBe(SCHEDULE);
    expect(row('9')?.cells.address).toBe('Есіл ауданы, Есіл қаласы, Қонаев көшесі, 5');
  });

  test('keeps phones and e-mail written as two paragraphs in one column (rows 18 and 19)', () => {
    expect(row('18')?.cells).toEqual({
      name: '"Степногорск қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі" мемлекеттік мекемесі',
      address: 'Степногорск қаласы, 4 ықшам ауданы',
      hours: SCHEDULE,
      phones: '8-(71645)6-26-336-20-30',
      contacts: 'soc-progr@yandex.ru, www.akmol.kz',
    });
    expect(row('18')?.district).toBe('Степногорск қаласы');
    expect(row('19')?.cells.phones).toBe('8-(7162) -31-92-76 31-92-81');
    expect(row('19')?.cells.address).toBe('Көкшетау қаласы, Локомотивная көшесі, 9а');
    expect(loose(row('19')?.cells.contacts)).toBe(
      loose('Sobes_kokshe@kokshetau.online.kz, http://www.zakupki.akmol.kz'),
    );
  });

  test('every row has a name, address, schedule, phone and e-mail, and a district from its name', () => {
    for (const r of result.rows) {
      expect(Object.keys(r.cells).sort()).toEqual(['address', 'contacts', 'hours', 'name', 'phones']);
      expect(r.cells.hours).toBe(SCHEDULE);
      expect(r.district).toMatch(/ (ауданы|қаласы)$/u);
    }
    expect(result.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
  });

  test('ignores the next appendix heading carried after the last row (004:641)', () => {
    expect(result.diagnostics.find((d) => d.code === 'table-trailer')?.line).toBe(641);
    expect(row('19')?.span.endLine).toBe(639);
  });
});
