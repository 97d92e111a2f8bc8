/**
 * What the three column-broken table parsers share: turning the assembled rows into `RawOfficeRow`s or
 * rejected rows, so every row seen is accounted for.
 */
import { diagnostic } from '../../diagnostics.ts';
import type {
  Diagnostic,
  OfficeKind,
  RawOfficeCells,
  RawOfficeRow,
  RejectedRow,
  TableContext,
  TableParseResult,
} from '../../types.ts';
import { type ClassifyText, readColumnarEvents, spanOf } from './columnar-blocks.ts';
import { NAME_DISTRICT } from './columnar-dictionary.ts';
import { type AssembleOptions, assembleRows, cellText, copyFor, type DraftRow } from './columnar-rows.ts';
import { joinCellLines } from './columnar-text.ts';
import { regionFromTitle } from './title-region.ts';

/** `Ақсу ауданының ... бөлімі` -> `Ақсу ауданы`; `Қапшағай қалалық филиалы` -> `Қапшағай қаласы`. */
export function districtFromName(name: string): string | null {
  const match = NAME_DISTRICT.exec(name);
  if (!match?.[1] || !match[2]) return null;
  return `${match[1]} ${match[2] === 'аудан' ? 'ауданы' : 'қаласы'}`;
}

/** Name, address and phones of a row whose blocks were classified by their words (departments, centres). */
export function classifiedCells(row: DraftRow, file: string): RowCells {
  const diagnostics: Diagnostic[] = [];
  const cells: Partial<RawOfficeCells> = {};
  for (const column of ['name', 'address', 'phones'] as const) {
    const text = cellText(row, column, file, diagnostics);
    if (text) cells[column] = text;
  }
  return { cells, district: cells.name ? districtFromName(cells.name) : null, diagnostics };
}

export interface RowCells {
  cells: Partial<RawOfficeCells>;
  district: string | null;
  diagnostics: Diagnostic[];
}

export interface ColumnarSpec extends Omit<AssembleOptions, 'file'> {
  kind: OfficeKind;
  classify: ClassifyText;
  headings: boolean;
  /** Cuts an assembled row into cells (the rural tables split name from address here). */
  cells: (row: DraftRow, file: string) => RowCells;
}

export function parseColumnarTable(ctx: TableContext, spec: ColumnarSpec): TableParseResult {
  const { file, appendix } = ctx;
  const read = readColumnarEvents(appendix.lines, { file, classify: spec.classify, headings: spec.headings });
  const assembly = assembleRows(read.events, { ...spec, file });
  const diagnostics = [...read.diagnostics, ...assembly.diagnostics];
  const rows: RawOfficeRow[] = [];
  const rejected: RejectedRow[] = [];
  const region = ctx.region ?? regionFromTitle(appendix.title) ?? '';
  if (region === '') {
    diagnostics.push(
      diagnostic('warning', 'columnar-no-region', 'neither the act nor the title names a region', {
        file,
        line: appendix.span.line,
      }),
    );
  }
  if (spec.hours === 'group' && assembly.copies.length === 0 && assembly.rows.length > 0) {
    diagnostics.push(
      diagnostic('warning', 'columnar-no-hours', 'the table prints no working schedule', {
        file,
        line: appendix.span.line,
      }),
    );
  }
  const copyTexts = new Map(assembly.copies.map((copy) => [copy, joinCellLines(copy.lines, file, diagnostics)]));
  assembly.rows.forEach((draft, index) => {
    const span = spanOf(file, draft.lines);
    const at = { file, line: span.line };
    const cut = spec.cells(draft, file);
    diagnostics.push(...cut.diagnostics);
    const name = cut.cells.name;
    if (!name) {
      const text = joinCellLines(draft.lines, file);
      rejected.push({ span, code: 'cells-missing', reason: `row ${draft.number ?? '?'} has no name cell`, text });
      return;
    }
    for (const cell of ['address', 'phones'] as const) {
      if (!cut.cells[cell]) {
        diagnostics.push(
          diagnostic(
            'warning',
            'columnar-cell-missing',
            `row ${draft.number ?? '?'} «${name}» has no ${cell} cell`,
            at,
          ),
        );
      }
    }
    if (draft.number === null) {
      diagnostics.push(diagnostic('warning', 'columnar-row-unnumbered', `row «${name}» has no row number`, at));
    }
    const copy = spec.hours === 'group' ? copyFor(draft, index, assembly.copies) : null;
    const hours = copy ? copyTexts.get(copy) : cellText(draft, 'hours', file, diagnostics);
    rows.push({
      kind: spec.kind,
      rowNumber: draft.number,
      region,
      district: cut.district,
      cells: { ...cut.cells, name, ...(hours ? { hours } : {}) },
      hoursFrom: spec.hours,
      correction: null,
      span,
    });
  });
  return { rows, rejected, rowsSeen: rows.length + rejected.length, diagnostics };
}
