import type { Hours } from '../../../src/schemas/office.ts';
import { parseWorkingHours } from '../parse/fields/parse-working-hours.ts';
import type { Diagnostic } from '../types.ts';

/**
 * Where a table row gives no hours (002's akim and department tables, 003's departments), the general
 * schedule of the service document that lists the row applies: the standard says when its offices work.
 * The hours say so (`from: 'standard'`). Parsed once per document.
 */
export function standardHours(
  schedule: string | null,
  at: { file: string; line: number },
): { hours: Hours | null; diagnostics: Diagnostic[] } {
  if (!schedule) return { hours: null, diagnostics: [] };
  const parsed = parseWorkingHours(schedule, at);
  return { hours: parsed.hours ? { ...parsed.hours, from: 'standard' } : null, diagnostics: parsed.diagnostics };
}
