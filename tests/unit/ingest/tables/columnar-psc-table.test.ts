import { describe, expect, test } from 'vitest';
import { CLAIM_THRESHOLD } from '../../../../scripts/ingest/parse/registry.ts';
import { columnarPscTable, parseColumnarPscs } from '../../../../scripts/ingest/parse/tables/columnar-psc-table.ts';
import { sourceFile } from '../../../helpers/source-files.ts';
import { contextFor, FILE_001, fixtureAppendix, PSC_TITLE, REGION, sourceAppendix } from './columnar-helpers.ts';

const parse = (appendix: Parameters<typeof contextFor>[0]) => parseColumnarPscs(contextFor(appendix));
const HOURS = 'дүйсенбі- жұма 9-00-дан 20-00 дейін үзіліссіз, сенбі 9-00-дан 15-00 дейін, жексенбі- демалыс';
const BRANCH = '"Алматы облысының халыққа қызмет көрсету орталығы"';

describe('the service-centre table of 001 (regulation 7, appendix 3)', () => {
  // Counted by hand: row numbers 1 to 19 at lines 10311-10814 (`11` glued to `о б л ы с ы н ы ң`).
  test('reads 19 branches, each with its own schedule', () => {
    const result = parse(sourceAppendix(10288, 10842, PSC_TITLE));
    expect(result.rowsSeen).toBe(19);
    expect(result.rejected).toEqual([]);
    expect(result.rows.map((r) => r.rowNumber)).toEqual(Array.from({ length: 19 }, (_, i) => String(i + 1)));
    expect(result.rows.every((r) => r.kind === 'public-service-centre' && r.hoursFrom === 'row')).toBe(true);
    expect(result.rows.map((r) => r.district).slice(14)).toEqual([
      'Талғар ауданы',
      'Ұйғыр ауданы',
      'Қапшағай қаласы',
      'Талдықорған қаласы',
      'Текелі қаласы',
    ]);
    expect(result.rows[17]?.cells.name).toBe(`Талдықорған қалалық филиалы ${BRANCH}`);
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  test('rebuilds row 11 from the two bands a page break cut it into (lines 10588-10618)', () => {
    const result = parse(fixtureAppendix('001-psc-split-row.txt', 10558, PSC_TITLE));
    expect(result.rows.map((r) => r.rowNumber)).toEqual(['10', '11', '12']);
    expect(result.rows[1]).toEqual({
      kind: 'public-service-centre',
      rowNumber: '11',
      region: REGION,
      district: 'Көксу ауданы',
      cells: {
        name: `Көксу аудандық филиалы ${BRANCH}`,
        address: 'Көксу ауданы, Балпық би кенті, Измайлов көшесі, 10',
        phones: '8-72838 2-16-19, 2-10-38, 2-16-18',
        hours: HOURS,
      },
      hoursFrom: 'row',
      correction: null,
      span: { file: FILE_001, line: 10588, endLine: 10618 },
    });
    expect(result.rows[2]?.cells.phones).toBe('8-72831 5-51-29, 5-51-26, 5-51-11, 5-51-30');
    expect(result.diagnostics.map((d) => `${d.code}@${d.line}`)).toEqual([
      'columnar-row-number@10558',
      'columnar-cells-reordered@10605',
      'columnar-cells-reordered@10610',
      'columnar-cells-reordered@10613',
    ]);
  });

  test.each([
    { file: FILE_001, expected: true },
    // The file name plays no part.
    { file: sourceFile('000'), expected: true },
  ])('claims: $expected for the title over its own lines in $file', ({ file, expected }) => {
    const appendix = { ...sourceAppendix(10292, 10310, PSC_TITLE), file };
    expect(columnarPscTable.detect(appendix) >= CLAIM_THRESHOLD).toBe(expected);
  });

  test('does not claim the title over tab-led rows (000 appendix 2 has the same title words)', () => {
    const tabbed = sourceAppendix(10292, 10310, PSC_TITLE);
    const lines = tabbed.lines.map((l) => ({ ...l, text: `\t${l.text}` }));
    expect(columnarPscTable.detect({ ...tabbed, lines })).toBeLessThan(CLAIM_THRESHOLD);
  });
});
