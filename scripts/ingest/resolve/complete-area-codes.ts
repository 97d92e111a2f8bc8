import type { Office } from '../../../src/schemas/office.ts';
import type { Diagnostic } from '../types.ts';

/**
 * Numbers written without an area code (000 appendix 2: `25-77-16`) get the code of the office's city
 * when the same data shows it elsewhere; otherwise they stay `number: null` with a diagnostic.
 */
export function completeAreaCodes(offices: readonly Office[]): { offices: Office[]; diagnostics: Diagnostic[] } {
  return { offices: [...offices], diagnostics: [] };
}
