/**
 * The shared run over one tab-delimited office table: blocks to rows, header and column-number rows
 * skipped, region headings followed, each row placed, checked and accounted for (a record or a rejection).
 * The table modules (`tabbed-*-table.ts`) only describe their columns and where region and district come from.
 */
import { diagnostic } from '../../diagnostics.ts';
import type { Diagnostic, OfficeKind, RawOfficeRow, RejectedRow, TableContext, TableParseResult } from '../../types.ts';
import { readTabbedItems, type TabbedBlock, type TabbedCell } from './tabbed-cells.ts';
import { type ColumnKind, cellFit, placeCells } from './tabbed-columns.ts';
import { HEADER_FIRST_CELL } from './tabbed-dictionary.ts';
import { districtOf, regionOf } from './tabbed-place-names.ts';
import { toCells } from './tabbed-row.ts';

export interface TabbedTableSpec {
  kind: OfficeKind;
  columns: readonly ColumnKind[];
  /** Untabbed lines that name the group of rows below them (000 appendix 1: one per region). */
  isHeading?: (text: string) => boolean;
  /** `heading`: the group heading (or the title); `name`: the row's own name; `act`: the act's region. */
  regionFrom: 'heading' | 'name' | 'act';
  /** Where the district or city is named, if anywhere. */
  districtFrom: 'name' | 'address' | 'none';
  /** 000 appendix 1 fills the schedule only in each group's first row; the rows below share it. */
  hoursShared?: boolean;
  /** 002 writes address and phones in one cell. */
  splitAddressPhones?: boolean;
  /** Meaning of the second phone column when the header does not say it. */
  extraPhonesNote?: string;
}

const isColumnNumbers = (cells: readonly TabbedCell[]): boolean =>
  cells.length >= 3 && cells.every((c, i) => c.text === String(i + 1));

export function parseTabbedTable(ctx: TableContext, spec: TabbedTableSpec): TableParseResult {
  const { file } = ctx;
  const rows: RawOfficeRow[] = [];
  const rejected: RejectedRow[] = [];
  const diagnostics: Diagnostic[] = [];
  let rowsSeen = 0;
  let heading: string | null = null;
  let header: string[] = [];
  let groupHours: string | undefined;
  let lastNumber = 0;
  let lastRegion: string | null = null;
  const names = new Map<string, number>();

  const readRow = (block: TabbedBlock, cells: readonly TabbedCell[]): void => {
    rowsSeen += 1;
    const first = cells[0] as TabbedCell;
    const span = { file, line: first.span.line, endLine: block.span.endLine };
    const at = { file, line: span.line };
    const text = cells.map((c) => c.text).join(' | ');
    const placed = placeCells(cells, spec.columns);
    const { number, cells: raw } = toCells(placed.texts, spec.columns, {
      splitAddressPhones: spec.splitAddressPhones ?? false,
      extraPhonesNote: header[spec.columns.indexOf('extraPhones')] ?? spec.extraPhonesNote ?? '',
    });
    if (!raw.name || cellFit('name', raw.name) === 0) {
      const code = raw.name ? 'not-an-office' : 'cells-missing';
      rejected.push({ span, code, reason: raw.name ? `«${raw.name}» is not an office name` : 'no name cell', text });
      return;
    }
    for (const p of placed.problems) {
      // A row printed without its number is still a row: flagged, not rejected.
      const onlyNumber = p.code === 'cells-missing' && p.message === 'no cell for number';
      const code = onlyNumber ? 'row-number-missing' : p.code;
      diagnostics.push(diagnostic(onlyNumber ? 'info' : 'warning', code, `${p.message}: «${text.slice(0, 120)}»`, at));
    }
    if (spec.columns.includes('number') && number !== null) {
      const n = Number(number);
      if (n !== lastNumber + 1)
        diagnostics.push(diagnostic('info', 'row-number-sequence', `row ${number} follows row ${lastNumber}`, at));
      lastNumber = n;
    }
    let hoursFrom: RawOfficeRow['hoursFrom'] = 'row';
    if (spec.hoursShared) {
      if (raw.hours !== undefined) groupHours = raw.hours;
      else if (groupHours !== undefined) [raw.hours, hoursFrom] = [groupHours, 'group'];
    }
    const region = regionFor(raw.name, raw.address);
    if (!region) {
      rejected.push({ span, code: 'region-unknown', reason: 'no region in the heading, the name or the act', text });
      return;
    }
    lastRegion = region;
    const districtText = spec.districtFrom === 'name' ? raw.name : spec.districtFrom === 'address' ? raw.address : '';
    const district = districtOf(districtText ?? '', region);
    // Authors' slips are kept and flagged: 000 lists `Кербұлақ ауданының ... бөлiмi` twice under Алматы облысы.
    const key = `${region}|${district}|${raw.name}`;
    const seen = names.get(key);
    if (seen !== undefined)
      diagnostics.push(
        diagnostic('info', 'duplicate-row', `«${raw.name}» is listed again (first at line ${seen})`, at),
      );
    else names.set(key, span.line);
    rows.push({ kind: spec.kind, rowNumber: number, region, district, cells: raw, hoursFrom, correction: null, span });
  };

  const regionFor = (name: string, address: string | undefined): string | null => {
    if (spec.regionFrom === 'heading') return regionOf(heading ?? ctx.appendix.title) ?? ctx.region;
    if (spec.regionFrom === 'name') return regionOf(name) ?? ctx.region;
    return ctx.region ?? regionOf(address ?? '') ?? lastRegion;
  };

  for (const item of readTabbedItems(file, ctx.appendix.lines, spec.isHeading)) {
    if (item.type === 'heading') {
      [heading, groupHours, lastNumber] = [item.text, undefined, 0];
      continue;
    }
    if (item.type === 'stray') {
      const at = { file, line: item.span.line };
      diagnostics.push(
        diagnostic('info', 'table-stray-text', `text outside the table: «${item.text.slice(0, 80)}»`, at),
      );
      continue;
    }
    let cells = item.block.cells;
    // A header row; in 000 appendix 1 the first row follows it with no blank line (line 85 -> 86).
    if (HEADER_FIRST_CELL.test(cells[0]?.text ?? '')) {
      header = cells.slice(0, spec.columns.length).map((c) => c.text);
      cells = cells.slice(spec.columns.length);
      lastNumber = 0;
    }
    if (cells.length === 0 || isColumnNumbers(cells)) continue;
    readRow(item.block, cells);
  }
  return { rows, rejected, rowsSeen, diagnostics };
}
