/**
 * The ingest's exit code. It always writes what it could and its report first; then any error-level
 * diagnostic (a source unreadable or not UTF-8, no act, a table read as empty or with rows missing, a
 * duplicated source or act id) fails it, so `npm run build` stops before building a site that lost data.
 * `--allow-errors` (`npm run build:allow-errors`) builds anyway, for a person to look at the result.
 */
import { where } from './diagnostics.ts';
import type { Diagnostic } from './types.ts';

export const ALLOW_ERRORS_FLAG = '--allow-errors';

export interface ExitStatus {
  code: 0 | 1;
  /** What to print last: nothing when clean. */
  message: string | null;
}

export function exitStatus(diagnostics: readonly Diagnostic[], allowErrors: boolean): ExitStatus {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return { code: 0, message: null };
  const list = errors.slice(0, 20).map((d) => `  ${where(d)} [${d.code}] ${d.message}`);
  if (errors.length > 20) list.push(`  … and ${errors.length - 20} more in content/data/ingest-report.json`);
  const head = `ingest: ${errors.length} error(s); the data written to content/data is incomplete:`;
  if (allowErrors)
    return { code: 0, message: [head, ...list, `continuing because of ${ALLOW_ERRORS_FLAG}`].join('\n') };
  const tail = `failing (exit 1). To build anyway and look: npm run build:allow-errors`;
  return { code: 1, message: [head, ...list, tail].join('\n') };
}
