/**
 * The shared driver of the paragraph tables (003, 004): paragraphs -> numbered rows -> cells -> raw office
 * rows, with hand corrections from content/corrections/office-rows.json applied by the row's first line.
 */
import { CORRECTIONS_FILE, type LoadedCorrections, type OfficeRowCorrection } from '../../corrections.ts';
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
import { type Paragraph, splitParagraphs } from './paragraph-blocks.ts';
import { districtFromName } from './paragraph-cell-splits.ts';
import { cutParagraphRows, type ParagraphRow, type RowStart } from './paragraph-rows.ts';
import { regionFromTitle } from './title-region.ts';

export type CutCells =
  | { cells: RawOfficeCells; diagnostics: Diagnostic[] }
  | { reject: { code: string; reason: string }; diagnostics: Diagnostic[] };

export interface ParagraphTableSpec {
  kind: OfficeKind;
  readRowStart: (paragraph: Paragraph) => RowStart | null;
  cutCells: (row: ParagraphRow) => CutCells;
}

/** A row's cells from its hand correction; the rules' own cut is not used at all. */
function corrected(correction: OfficeRowCorrection, row: ParagraphRow): CutCells {
  const cells: RawOfficeCells = { name: correction.cells.name };
  for (const [key, value] of Object.entries(correction.cells)) {
    if (value !== undefined) cells[key as keyof RawOfficeCells] = value;
  }
  const note = diagnostic(
    'info',
    'row-corrected',
    `row ${row.rowNumber} from ${CORRECTIONS_FILE}: ${correction.reason}`,
    row.span,
  );
  return { cells, diagnostics: [note] };
}

export function parseParagraphTable(
  spec: ParagraphTableSpec,
  ctx: TableContext,
  loaded: LoadedCorrections,
): TableParseResult {
  const { file, appendix } = ctx;
  const inTable = (at: { file: string; line: number | null }) =>
    at.file === file && at.line != null && at.line >= appendix.span.line && at.line <= appendix.span.endLine;
  const diagnostics: Diagnostic[] = loaded.diagnostics.filter(inTable);
  const corrections = loaded.corrections.filter(inTable);
  const used = new Set<OfficeRowCorrection>();

  const region = ctx.region ?? regionFromTitle(appendix.title) ?? '';
  if (!ctx.region) {
    diagnostics.push(
      diagnostic('warning', 'region-from-table', `the act names no region; using «${region}»`, appendix.span),
    );
  }
  const cut = cutParagraphRows(file, splitParagraphs(file, appendix.lines), spec.readRowStart);
  diagnostics.push(...cut.diagnostics);

  const rows: RawOfficeRow[] = [];
  const rejected: RejectedRow[] = [];
  for (const row of cut.rows) {
    const correction = corrections.find((c) => c.line === row.span.line);
    const result: CutCells = correction ? corrected(correction, row) : spec.cutCells(row);
    if (correction) used.add(correction);
    diagnostics.push(...result.diagnostics);
    if ('reject' in result) {
      const text = row.pieces.map((p) => p.text).join(' ');
      rejected.push({ span: row.span, ...result.reject, text: `${row.rowNumber} ${text}`.trim() });
      continue;
    }
    const district = districtFromName(result.cells.name);
    if (!district) {
      diagnostics.push(diagnostic('info', 'district-unknown', `no district in «${result.cells.name}»`, row.span));
    }
    rows.push({
      kind: spec.kind,
      rowNumber: row.rowNumber,
      region,
      district,
      cells: result.cells,
      hoursFrom: 'row',
      correction: correction?.reason ?? null,
      span: row.span,
    });
  }
  for (const c of corrections.filter((c) => !used.has(c))) {
    diagnostics.push(diagnostic('warning', 'correction-unused', `no row starts here: ${c.reason}`, c));
  }
  if (cut.rows.length === 0) {
    diagnostics.push(diagnostic('warning', 'no-rows', `no numbered rows in «${appendix.title}»`, appendix.span));
  }
  return { rows, rejected, rowsSeen: cut.rows.length, diagnostics };
}
