import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import committed from '../../../../content/corrections/office-rows.json' with { type: 'json' };
import { parseOfficeRowCorrections } from '../../../../scripts/ingest/corrections.ts';
import { createParagraphDepartmentTable } from '../../../../scripts/ingest/parse/tables/paragraph-department-table.ts';
import { committedInputs } from '../../../helpers/ingest-inputs.ts';
import { contextFor, FILE_004, fixtureAppendix, fixtures, loose } from './paragraph-fixture.ts';

const officeRowCorrections = committedInputs().corrections;

const reason = 'page break moved the name tail below the phones';
const row16 = {
  file: FILE_004,
  line: 564,
  reason,
  cells: {
    name: '"Шортанды ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі" мемлекеттік мекемесі',
    address: 'Шортанды ауданы, Шортанды кенті, Абылайхан көшесі, 22',
    phones: '8-(71631)-2-19-75',
  },
};

describe('office-row corrections (content/corrections/office-rows.json)', () => {
  test('the committed file is valid', () => {
    expect(officeRowCorrections.diagnostics).toEqual([]);
    expect(officeRowCorrections.corrections).toHaveLength(committed.length);
  });

  test('every committed correction is copied from its source rows, word for word', () => {
    for (const c of officeRowCorrections.corrections) {
      const source = loose(readFileSync(new URL(`../../../../content/sources/${c.file}`, import.meta.url), 'utf8'));
      for (const value of Object.values(c.cells)) {
        for (const word of (value ?? '').split(' ')) expect(source).toContain(loose(word));
      }
    }
  });

  test('a bad entry is reported at its row and the good ones still load', () => {
    const loaded = parseOfficeRowCorrections([row16, { file: FILE_004, line: 295, reason: 'short', cells: {} }]);
    expect(loaded.corrections).toEqual([row16]);
    expect(loaded.diagnostics.map((d) => [d.code, d.file, d.line])).toEqual([['correction-invalid', FILE_004, 295]]);
    expect(loaded.diagnostics[0]?.message).toMatch(/reason.*cells\.name/u);
  });

  test('something other than a list is one error for the file', () => {
    const loaded = parseOfficeRowCorrections({ rows: [] });
    expect(loaded.corrections).toEqual([]);
    expect(loaded.diagnostics.map((d) => [d.code, d.file])).toEqual([
      ['corrections-invalid', 'content/corrections/office-rows.json'],
    ]);
  });

  test('a correction replaces the cells of the row starting at its line, and says why', () => {
    const parser = createParagraphDepartmentTable(parseOfficeRowCorrections([row16]));
    const result = parser.parse(contextFor(fixtureAppendix(fixtures.departments004), 'Ақмола облысы'));
    const corrected = result.rows.filter((r) => r.correction);
    expect(corrected).toHaveLength(1);
    expect(corrected[0]?.cells).toEqual(row16.cells);
    expect(corrected[0]?.correction).toBe(reason);
    expect(corrected[0]?.district).toBe('Шортанды ауданы');
    expect(corrected[0]?.span).toEqual({ file: FILE_004, line: 564, endLine: 583 });
    expect([result.rowsSeen, result.rows.length]).toEqual([19, 19]);
    expect(result.diagnostics.find((d) => d.code === 'row-corrected')?.line).toBe(564);
  });

  test('a correction whose line starts no row is reported, not silently ignored', () => {
    const parser = createParagraphDepartmentTable(parseOfficeRowCorrections([{ ...row16, line: 566 }]));
    const result = parser.parse(contextFor(fixtureAppendix(fixtures.departments004), 'Ақмола облысы'));
    expect(result.rows.filter((r) => r.correction)).toEqual([]);
    expect(result.diagnostics.filter((d) => d.code === 'correction-unused').map((d) => d.line)).toEqual([566]);
  });

  test('a correction for another file or table is left alone', () => {
    const parser = createParagraphDepartmentTable(parseOfficeRowCorrections([{ ...row16, file: 'other.txt' }]));
    const result = parser.parse(contextFor(fixtureAppendix(fixtures.departments004), 'Ақмола облысы'));
    expect(result.rows.filter((r) => r.correction)).toEqual([]);
    expect(result.diagnostics.filter((d) => d.code.startsWith('correction'))).toEqual([]);
  });
});
