/**
 * One appendix of a service document: claimed by the document itself (quality indicators, forms, process
 * diagrams), or read by the table parser the registry picks, every row ending as a record or a rejection.
 */
import type { OfficeRow } from '../../src/schemas/office.ts';
import { diagnostic } from './diagnostics.ts';
import { checkTable } from './integrity/index.ts';
import type { ParsedTable } from './integrity/row-copies.ts';
import { buildOfficeRecord } from './parse/build-office-record.ts';
import { detectTableParser } from './parse/registry.ts';
import type { AppendixReport } from './report/build-report.ts';
import type { AppendixSegment, Diagnostic, TableContext, TableParser } from './types.ts';

export interface AppendixIngest {
  entry: AppendixReport;
  offices: OfficeRow[];
  diagnostics: Diagnostic[];
  /** The rows as the table parser cut them, for checks across the file's tables (row-copies.ts). */
  table?: ParsedTable;
}

export interface AppendixPlace extends Omit<TableContext, 'appendix'> {
  /** What the service document took the appendix for, if it did (`quality-indicators`, `form-template`). */
  claimedAs: string | undefined;
}

export function ingestAppendix(
  appendix: AppendixSegment,
  place: AppendixPlace,
  parsers: readonly TableParser[],
): AppendixIngest {
  const { claimedAs, ...context } = place;
  const id = `${context.versionId}/${appendix.number}`;
  const entry: AppendixReport = {
    id,
    file: context.file,
    line: appendix.span.line,
    kind: claimedAs ?? 'unknown',
    title: appendix.title,
    rowsSeen: 0,
    recordsEmitted: 0,
    rowsRejected: 0,
    corrections: 0,
  };
  if (claimedAs) return { entry, offices: [], diagnostics: [] };

  const detected = detectTableParser(appendix, parsers);
  entry.confidence = Math.round(detected.confidence * 100) / 100;
  const parser = detected.parser;
  if (!parser) {
    const message = `no parser reads appendix ${id} «${appendix.title}»`;
    const at = { file: context.file, line: appendix.span.line };
    return { entry, offices: [], diagnostics: [diagnostic('error', 'unknown-appendix', message, at)] };
  }
  entry.kind = parser.name;
  const ctx = { ...context, appendix };
  const table = parser.parse(ctx);
  const diagnostics = [...table.diagnostics, ...checkTable(id, appendix, table)];
  entry.rowsSeen = table.rowsSeen;
  entry.rowsRejected = table.rejected.length;
  for (const r of table.rejected) {
    const message = `${id}: ${r.reason}: «${r.text.slice(0, 80)}»`;
    diagnostics.push(
      diagnostic('warning', `row-rejected:${r.code}`, message, { file: r.span.file, line: r.span.line }),
    );
  }
  const offices = table.rows.map((row, i) => {
    const built = buildOfficeRecord(row, { ...ctx, appendixId: id, index: i + 1 });
    diagnostics.push(...built.diagnostics);
    entry.recordsEmitted += 1;
    if (row.correction) entry.corrections += 1;
    return built.office;
  });
  return { entry, offices, diagnostics, table: { appendixId: id, appendix, rows: table.rows } };
}
