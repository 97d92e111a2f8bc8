import { describe, expect, test } from 'vitest';
import { CLAIM_THRESHOLD } from '../../../../scripts/ingest/parse/registry.ts';
import { createParagraphAkimatTable } from '../../../../scripts/ingest/parse/tables/paragraph-akimat-table.ts';
import { createParagraphDepartmentHeadTable } from '../../../../scripts/ingest/parse/tables/paragraph-department-head-table.ts';
import { createParagraphDepartmentTable } from '../../../../scripts/ingest/parse/tables/paragraph-department-table.ts';
import type { AppendixSegment, SourceLine } from '../../../../scripts/ingest/types.ts';
import { committedInputs } from '../../../helpers/ingest-inputs.ts';
import { contextFor, FILE_003, FILE_004, fixtureAppendix, fixtures } from './paragraph-fixture.ts';

const corrections = committedInputs().corrections;
const paragraphDepartmentHeadTable = createParagraphDepartmentHeadTable(corrections);
const paragraphAkimatTable = createParagraphAkimatTable(corrections);
const paragraphDepartmentTable = createParagraphDepartmentTable(corrections);
const parsers = [paragraphDepartmentHeadTable, paragraphAkimatTable, paragraphDepartmentTable];
const codes = (ds: { code: string }[]) => ds.map((d) => d.code);

/** A synthetic appendix from lines of text, numbered from `first`. */
function appendixOf(file: string, title: string, texts: string[], first = 100): AppendixSegment {
  const lines: SourceLine[] = texts.map((text, i) => ({ line: first + i, raw: text, text }));
  return {
    file,
    documentOrdinal: 1,
    number: 1,
    title,
    lines,
    span: { file, line: first, endLine: first + texts.length },
  };
}

describe('paragraph tables: inputs that must yield no record, or a diagnostic and the rest intact', () => {
  test('each parser claims only its own appendix', () => {
    const claims = Object.entries(fixtures).map(([key, spec]) => [
      key,
      parsers.filter((p) => p.detect(fixtureAppendix(spec)) >= CLAIM_THRESHOLD).map((p) => p.name),
    ]);
    expect(Object.fromEntries(claims)).toEqual({
      departments003a: ['paragraph-department-head-table'],
      departments003b: ['paragraph-department-head-table'],
      akimats003a: ['paragraph-akimat-table'],
      akimats003b: ['paragraph-akimat-table'],
      departments004: ['paragraph-department-table'],
      quality003: [],
    });
  });

  test('the file name plays no part: the same appendix under another name is claimed alike', () => {
    const renamed = { ...fixtureAppendix(fixtures.departments004), file: 'renamed.txt' };
    expect(parsers.filter((p) => p.detect(renamed) >= CLAIM_THRESHOLD).map((p) => p.name)).toEqual([
      'paragraph-department-table',
    ]);
  });

  test('a paragraph title over tab-led cells is not claimed', () => {
    const appendix = fixtureAppendix(fixtures.departments004);
    const tabbed = { ...appendix, lines: appendix.lines.map((l) => ({ ...l, text: `\t${l.text}` })) };
    expect(parsers.filter((p) => p.detect(tabbed) >= CLAIM_THRESHOLD)).toEqual([]);
  });

  test('the quality-indicator table yields no row and a no-rows warning', () => {
    for (const parser of parsers) {
      const result = parser.parse(contextFor(fixtureAppendix(fixtures.quality003), 'Жамбыл облысы'));
      expect([result.rowsSeen, result.rows.length, result.rejected.length]).toEqual([0, 0, 0]);
      expect(codes(result.diagnostics)).toContain('no-rows');
    }
  });

  test('a table cut in the middle of row 2 keeps row 1 whole and row 2 by its name, with warnings', () => {
    const appendix = fixtureAppendix(fixtures.departments003a, { to: 205 });
    const result = paragraphDepartmentHeadTable.parse(contextFor(appendix, 'Жамбыл облысы'));
    expect(result.rows.map((r) => r.rowNumber)).toEqual(['1', '2']);
    expect(Object.keys(result.rows[0]?.cells ?? {})).toHaveLength(6);
    expect(result.rows[1]?.cells).toEqual({
      name: '"Байзақ ауданының әкімиятының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі" ММ',
    });
    const missing = result.diagnostics.filter((d) => d.code === 'cell-missing');
    expect(missing.map((d) => [d.line, d.message])).toEqual([
      [199, 'row 2 has no head cell'],
      [199, 'row 2 has no address cell'],
      [199, 'row 2 has no phones cell'],
    ]);
  });

  test('a table cut at the top reports the orphan cells and reads the rows after them', () => {
    const appendix = fixtureAppendix(fixtures.departments004, { from: 301 });
    const result = paragraphDepartmentTable.parse(contextFor(appendix, 'Ақмола облысы'));
    expect(result.rows).toHaveLength(18);
    expect(result.rows[0]?.rowNumber).toBe('2');
    const orphans = result.diagnostics.filter((d) => d.code === 'orphan-text');
    expect(orphans.map((d) => d.line)).toEqual([301, 309]);
  });

  test('a row number alone is a rejected row with a reason', () => {
    const appendix = appendixOf(FILE_003, 'бөлімдері байланыс деректері', [
      '1',
      '',
      '2',
      '',
      '"Меркі ауданының ...',
      'бөлімі" ММ',
    ]);
    const result = paragraphDepartmentHeadTable.parse(contextFor(appendix, 'Жамбыл облысы'));
    expect(result.rowsSeen).toBe(2);
    expect(result.rejected).toEqual([
      {
        span: { file: FILE_003, line: 100, endLine: 100 },
        code: 'cells-missing',
        reason: 'row number without a name',
        text: '1',
      },
    ]);
    expect(result.rows[0]?.district).toBe('Меркі ауданы');
  });

  test('a row with its cells in the wrong order is cut right and flagged', () => {
    const appendix = appendixOf(FILE_004, 'бөлімдерінің байланыс деректері', [
      '1 "Ақкөл ауданының жұмыспен қамту және',
      'әлеуметтік бағдарламалар бөлімі" мемлекеттік мекемесі',
      '',
      '8-(71638)-2-10-48 Sobes_akkol@gcvp.kz,',
      '',
      'Ақкөл ауданы, Ақкөл қаласы, Нұрмағамбетов көшесі, 81',
      'азаматтарды қабылдау кестесі: күн сайын 9.00-ден 18.00-ге дейін',
      '',
      '2 "Аршалы ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі" мемлекеттік мекемесі',
      '',
      'Аршалы ауданы, Аршалы селосы, Ташенов көшесі, 47 азаматтарды қабылдау кестесі: күн сайын',
      '',
      '8-(71644)-2-13-76',
    ]);
    const result = paragraphDepartmentTable.parse(contextFor(appendix, 'Ақмола облысы'));
    expect(result.rows[0]?.cells).toEqual({
      name: '"Ақкөл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі" мемлекеттік мекемесі',
      address: 'Ақкөл ауданы, Ақкөл қаласы, Нұрмағамбетов көшесі, 81',
      hours: 'азаматтарды қабылдау кестесі: күн сайын 9.00-ден 18.00-ге дейін',
      phones: '8-(71638)-2-10-48',
      contacts: 'Sobes_akkol@gcvp.kz',
    });
    expect(result.diagnostics.find((d) => d.code === 'cells-out-of-order')?.line).toBe(100);
    expect(result.rows[1]?.cells.phones).toBe('8-(71644)-2-13-76');
    expect(result.rows[1]?.cells.address).toBe('Аршалы ауданы, Аршалы селосы, Ташенов көшесі, 47');
  });

  test('an akimat row without «әкімияты» keeps its first paragraph as the name and warns', () => {
    const appendix = appendixOf(FILE_003, 'әкімияттарының байланыс деректері', [
      '1 Тараз қаласы мэриясы',
      '',
      'Тараз қаласы, Достық алаңы, 3 8-7262-454814',
    ]);
    const result = paragraphAkimatTable.parse(contextFor(appendix, 'Жамбыл облысы'));
    expect(result.rows[0]?.cells).toEqual({
      name: 'Тараз қаласы мэриясы',
      address: 'Тараз қаласы, Достық алаңы, 3',
      phones: '8-7262-454814',
    });
    expect(codes(result.diagnostics)).toEqual(['name-end-unknown']);
  });

  test('a skipped row number still starts a row, with a warning; a number out of reach does not', () => {
    const appendix = appendixOf(FILE_003, 'әкімияттарының байланыс деректері', [
      '1 Шу ауданының әкімияты Төле би ауылы 8-72638-32198',
      '',
      '3 Талас ауданының әкімияты Қаратау қаласы 8-72644-62407',
      '',
      '9 Сарысу ауданының әкімияты',
    ]);
    const result = paragraphAkimatTable.parse(contextFor(appendix, 'Жамбыл облысы'));
    expect(result.rows.map((r) => r.rowNumber)).toEqual(['1', '3']);
    // Row 9 is too far ahead to be a row: its text stays in row 3, never dropped.
    expect(Object.values(result.rows[1]?.cells ?? {}).join(' ')).toContain('9 Сарысу ауданының әкімияты');
    expect(codes(result.diagnostics)).toContain('row-number-skipped');
  });

  test('an act without a region falls back to the table region and says so', () => {
    const result = paragraphDepartmentTable.parse(contextFor(fixtureAppendix(fixtures.departments004), null));
    expect(new Set(result.rows.map((r) => r.region))).toEqual(new Set(['Ақмола облысы']));
    expect(codes(result.diagnostics)).toContain('region-from-table');
  });

  test('empty lines yield no rows and a no-rows warning', () => {
    const result = paragraphDepartmentHeadTable.parse(
      contextFor(appendixOf(FILE_003, 'x', ['', '  ', '']), 'Жамбыл облысы'),
    );
    expect([result.rowsSeen, result.rows.length]).toEqual([0, 0]);
    expect(codes(result.diagnostics)).toEqual(['no-rows']);
  });
});
