/**
 * Every tab-delimited office table of 000 and 002, read whole from the source, against row counts made by
 * hand (grep on the row numbers, or on the `аппараты` name cells of the unnumbered akim tables).
 */
import { describe, expect, test } from 'vitest';
import { NO_CORRECTIONS } from '../../../../scripts/ingest/corrections.ts';
import { createTableParsers, findTableParser } from '../../../../scripts/ingest/parse/registry.ts';
import { appendixFrom, contextFor, FILE_000, FILE_002, sourceText } from './tabbed-helpers.ts';

const KARAGANDA = 'Қарағанды облысы';

function parseRange(file: string, from: number, to: number, title: string, region: string | null) {
  const appendix = appendixFrom(file, sourceText(file), { from, to, title });
  const parser = findTableParser(appendix, createTableParsers(NO_CORRECTIONS));
  return { parser: parser?.name, result: parser?.parse(contextFor(appendix, region)) };
}

describe('000: rows counted by hand', () => {
  const a1 = parseRange(FILE_000, 80, 1540, 'Уәкілетті органдардың мекенжайлары мен байланыс деректері', null);

  // `awk` over the blank-line blocks of 000:80-1540: 207 numbered rows (the 15 `1 2 3 4 5` rows excluded).
  test('appendix 1 has 207 employment departments, all read, none rejected', () => {
    expect(a1.parser).toBe('tabbed-department-table');
    expect([a1.result?.rowsSeen, a1.result?.rows.length, a1.result?.rejected.length]).toEqual([207, 207, 0]);
  });

  test('appendix 1 puts each region heading on the rows below it, with the counts per region', () => {
    const perRegion: Record<string, number> = {};
    for (const row of a1.result?.rows ?? []) perRegion[row.region] = (perRegion[row.region] ?? 0) + 1;
    expect(perRegion).toEqual({
      'Ақмола облысы': 19,
      'Ақтөбе облысы': 12,
      'Алматы облысы': 21,
      'Атырау облысы': 8,
      'Шығыс Қазақстан облысы': 19,
      'Жамбыл облысы': 11,
      'Батыс Қазақстан облысы': 13,
      'Қарағанды облысы': 18,
      'Қостанай облысы': 20,
      'Қызылорда облысы': 9,
      'Маңғыстау облысы': 7,
      'Павлодар облысы': 13,
      'Солтүстік Қазақстан облысы': 14,
      'Оңтүстік Қазақстан облысы': 15,
      'Алматы қаласы': 7,
      'Астана қаласы': 1,
    });
  });

  test('appendix 1 flags the two departments Алматы облысы lists twice, and keeps both', () => {
    const dupes = a1.result?.diagnostics.filter((d) => d.code === 'duplicate-row').map((d) => d.line);
    expect(dupes).toEqual([355, 403]);
  });

  test('appendix 1 shares each region’s schedule from its first row with the 191 rows below', () => {
    const rows = a1.result?.rows ?? [];
    expect(rows.filter((r) => r.hoursFrom === 'row').length).toBe(16);
    expect(rows.filter((r) => r.hoursFrom === 'group').length).toBe(191);
    expect(rows.every((r) => r.cells.hours?.startsWith('Демалыс және мереке күндерін'))).toBe(true);
  });

  test.each([
    { what: 'appendix 2 (public service centres)', from: 1546, to: 1719, count: 27, parser: 'tabbed-psc-table' },
    {
      what: 'appendix 3 (regional departments)',
      from: 1726,
      to: 1833,
      count: 16,
      parser: 'tabbed-regional-department-table',
    },
    {
      what: 'appendix 5 (regional akim apparatuses)',
      from: 1897,
      to: 2004,
      count: 16,
      parser: 'tabbed-regional-akim-table',
    },
  ])('$what has $count rows, all read', ({ from, to, count, parser }) => {
    const titles: Record<string, string> = {
      'tabbed-psc-table': 'Халыққа Қызмет көрсету орталықтарының тізбесі',
      'tabbed-regional-department-table':
        'Облыстық, Астана және Алматы қалаларының жұмыспен қамту және әлеуметтік бағдарламалар басқармаларының мекенжайлары мен байланыс деректері',
      'tabbed-regional-akim-table':
        'Облыстық маңызы бар, Астана мен Алматы қалалары әкімдіктері аппараттарының тізбесі',
    };
    const { parser: name, result } = parseRange(FILE_000, from, to, titles[parser] as string, null);
    expect(name).toBe(parser);
    expect([result?.rowsSeen, result?.rows.length, result?.rejected.length]).toEqual([count, count, 0]);
    expect(result?.rows.map((r) => r.rowNumber)).toEqual(Array.from({ length: count }, (_, i) => String(i + 1)));
  });
});

describe('002: every copy of the Karaganda tables, rows counted by hand', () => {
  // Ranges: the line after each title to the table's last line. Counts: `\t<n>` lines, or name cells.
  const departments = [
    [223, 401],
    [1276, 1454],
    [2309, 2487],
    [3370, 3548],
    [4407, 4585],
    [6189, 6367],
    [7194, 7372],
    [8239, 8417],
    [9268, 9446],
    [10293, 10471],
    [11310, 11400],
    [12776, 12954],
    [14542, 14720],
  ].map(([from, to]) => ({ from: from as number, to: to as number, count: from === 11310 ? 9 : 18 }));
  const akims = [
    [571, 1063],
    [1614, 2106],
    [2643, 3135],
    [3708, 4200],
    [5542, 6034],
    [6515, 7007],
    [7550, 8042],
    [8599, 9091],
    [9606, 10098],
    [10631, 11123],
    [12348, 12595],
    [13899, 14391],
    [14890, 15382],
  ].map(([from, to]) => ({ from: from as number, to: to as number, count: from === 12348 ? 9 : 18 }));

  test.each(departments)('the department table at 002:$from-$to has $count rows', ({ from, to, count }) => {
    const title = 'Жұмыспен қамту және әлеуметтік бағдарламалар бөлімдерінің байланыс мәліметтері';
    const { parser, result } = parseRange(FILE_002, from, to, title, KARAGANDA);
    expect(parser).toBe('tabbed-department-contacts-table');
    expect([result?.rowsSeen, result?.rows.length, result?.rejected.length]).toEqual([count, count, 0]);
    expect(result?.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  test.each(akims)('the akim table at 002:$from-$to has $count rows, each with receptions', ({ from, to, count }) => {
    const title = 'Қала және аудан әкімдерінің байланыс мәліметтері мен қабылдау кестелері';
    const { parser, result } = parseRange(FILE_002, from, to, title, KARAGANDA);
    expect(parser).toBe('tabbed-akim-receptions-table');
    expect([result?.rowsSeen, result?.rows.length, result?.rejected.length]).toEqual([count, count, 0]);
    expect(result?.rows.every((r) => r.cells.receptions?.startsWith('Әкім:'))).toBe(true);
  });

  test.each([
    { from: 4604, to: 5386 },
    { from: 11419, to: 12201 },
    { from: 12969, to: 13751 },
  ])('the rural akim table at 002:$from-$to has 195 rows', ({ from, to }) => {
    const title = 'Кент, ауыл (село), ауылдық (селолық) округ әкімдерінің байланыс мәліметтері';
    const { parser, result } = parseRange(FILE_002, from, to, title, KARAGANDA);
    expect(parser).toBe('tabbed-rural-akim-table');
    expect([result?.rowsSeen, result?.rows.length, result?.rejected.length]).toEqual([195, 195, 0]);
    expect(result?.rows.at(-1)?.rowNumber).toBe('195');
    expect(result?.rows.every((r) => r.kind === 'rural-akim' && r.region === KARAGANDA)).toBe(true);
  });
});
