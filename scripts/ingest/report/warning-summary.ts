/**
 * The ingest's warnings on the console, not only in the report file (issue 19): a count per code, then
 * the first few of each with file:line, so a new kind of warning is seen the first time it appears.
 */
import { where } from '../diagnostics.ts';
import type { Diagnostic } from '../types.ts';

export function formatWarnings(diagnostics: readonly Diagnostic[], perCode = 3): string {
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  if (warnings.length === 0) return 'warnings: none';
  const byCode = new Map<string, Diagnostic[]>();
  for (const d of warnings) byCode.set(d.code, [...(byCode.get(d.code) ?? []), d]);
  // Most frequent first; ties by code, so the output is the same run after run.
  const codes = [...byCode].sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1));
  const out = [
    `warnings: ${warnings.length} in ${codes.length} codes (the first ${perCode} of each; all in content/data/ingest-report.json)`,
  ];
  for (const [code, list] of codes) {
    out.push(`  ${code}: ${list.length}`);
    for (const d of list.slice(0, perCode)) out.push(`    ${where(d)} ${d.message.slice(0, 140)}`);
  }
  return out.join('\n');
}
