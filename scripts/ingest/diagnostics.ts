import type { Diagnostic } from './types.ts';

/** Builds a diagnostic; the one place that shapes them, so every message names file and line. */
export function diagnostic(
  severity: Diagnostic['severity'],
  code: string,
  message: string,
  at: { file: string; line?: number | null },
): Diagnostic {
  return { file: at.file, line: at.line ?? null, severity, code, message };
}

/** `file:line` for messages. */
export function where(d: Pick<Diagnostic, 'file' | 'line'>): string {
  return d.line == null ? d.file : `${d.file}:${d.line}`;
}
