/**
 * The ingest report (content/data/ingest-report.json, the site's data health page): per file what was
 * read, per appendix rows seen -> records or rejections, the totals, and every diagnostic.
 */
import type { IngestReport } from '../../../src/schemas/report.ts';
import type { Diagnostic, SourceText } from '../types.ts';

export type FileReport = IngestReport['files'][number];
export type AppendixReport = FileReport['appendices'][number];

export interface ReportParts {
  sources: readonly SourceText[];
  /** sha256 per file name, as index.ts computed it ('' when not given). */
  hashes: Readonly<Record<string, string>>;
  files: FileReport[];
  diagnostics: Diagnostic[];
  /** Validated records, by collection. */
  counts: { acts: number; services: number; serviceVersions: number; offices: number };
  /** Office kind of each valid office. */
  officeKinds: readonly string[];
  /** Place kind of each valid place. */
  placeKinds: readonly string[];
  /** Office rows before merging, and the merge stage's counts per kind and per refiner. */
  rowsBeforeMerge: number;
  merged: {
    offices: readonly unknown[];
    counts: Readonly<Record<string, { rows: number; entities: number }>>;
    merges: Readonly<Record<string, number>>;
  };
  /** Geocoding precision totals (`geocode:<kind>:<precision>`). */
  geocode: Readonly<Record<string, number>>;
  /** Per-class figures of the offices: phones without E.164 and why, settlements, links, points. */
  figures: Readonly<Record<string, number>>;
}

const sum = (files: readonly FileReport[], field: 'rowsSeen' | 'rowsRejected' | 'corrections'): number =>
  files.reduce((n, f) => n + f.appendices.reduce((m, a) => m + a[field], 0), 0);

function countInto(totals: Record<string, number>, prefix: string, kinds: readonly string[]): void {
  for (const kind of kinds) totals[`${prefix}:${kind}`] = (totals[`${prefix}:${kind}`] ?? 0) + 1;
}

export function buildReport(parts: ReportParts): IngestReport {
  const { files, diagnostics, counts, merged } = parts;
  const totals: Record<string, number> = {
    ...counts,
    rowsSeen: sum(files, 'rowsSeen'),
    rowsRejected: sum(files, 'rowsRejected'),
    corrections: sum(files, 'corrections'),
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
  countInto(totals, 'offices', parts.officeKinds);
  // Rows -> entities per kind, merges per refiner, places per kind (issue 4).
  totals.mergedRows = parts.rowsBeforeMerge - merged.offices.length;
  for (const [kind, c] of Object.entries(merged.counts)) {
    totals[`rows:${kind}`] = c.rows;
    totals[`entities:${kind}`] = c.entities;
  }
  for (const [refiner, n] of Object.entries(merged.merges)) totals[`merges:${refiner}`] = n;
  totals.places = parts.placeKinds.length;
  countInto(totals, 'places', parts.placeKinds);
  Object.assign(totals, parts.geocode, parts.figures);
  return {
    generatedFrom: parts.sources.map((s) => ({
      file: s.file,
      sha256: parts.hashes[s.file] ?? '',
      lines: s.text.split('\n').length,
    })),
    files,
    totals,
    diagnostics,
  };
}
