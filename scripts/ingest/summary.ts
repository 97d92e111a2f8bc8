import { where } from './diagnostics.ts';
import type { IngestResult } from './run-ingest.ts';

/** The printed summary of an ingest run: per file, then totals, then every error. */
export function formatSummary(result: IngestResult): string {
  const { report } = result;
  const out: string[] = ['qyzmet ingest'];
  for (const f of report.files) {
    const rows = f.appendices.reduce((n, a) => n + a.rowsSeen, 0);
    const emitted = f.appendices.reduce((n, a) => n + a.recordsEmitted, 0);
    const rejected = f.appendices.reduce((n, a) => n + a.rowsRejected, 0);
    out.push(
      `  ${f.file}: act ${f.act ?? '-'}, ${f.documents} documents, ${f.appendices.length} appendices, ` +
        `${rows} rows -> ${emitted} records, ${rejected} rejected`,
    );
  }
  const t = report.totals;
  const plain = Object.entries(t).filter(([k]) => !k.includes(':'));
  out.push(`  totals: ${plain.map(([k, v]) => `${k}=${v}`).join(', ')}`);
  // Rows -> entities per kind, and where they sit on the map (GeoNames precision).
  const kinds = [
    ...new Set(
      Object.keys(t)
        .filter((k) => k.startsWith('rows:'))
        .map((k) => k.slice(5)),
    ),
  ];
  for (const kind of kinds) {
    const precision = ['settlement', 'district', 'region'].map((p) => `${p} ${t[`geocode:${kind}:${p}`] ?? 0}`);
    out.push(
      `  ${kind}: ${t[`rows:${kind}`]} rows -> ${t[`entities:${kind}`] ?? '?'} offices; located at ${precision.join(', ')}`,
    );
  }
  const grouped = Object.entries(t).filter(([k]) => /^(merges|places):/.test(k));
  out.push(`  ${grouped.map(([k, v]) => `${k}=${v}`).join(', ')}`);
  // Which acts apply where (service x district) and offices whose acts disagree on their hours.
  const resolved = Object.entries(t).filter(([k]) => /^(applicability|hours):/.test(k));
  if (resolved.length > 0) out.push(`  ${resolved.map(([k, v]) => `${k}=${v}`).join(', ')}`);
  for (const d of report.diagnostics.filter((x) => x.severity === 'error')) {
    out.push(`  error ${where(d)} [${d.code}] ${d.message}`);
  }
  return out.join('\n');
}
