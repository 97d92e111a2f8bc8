import type { ServiceVersion } from '../../../src/schemas/service.ts';
import type { Diagnostic } from '../types.ts';

/**
 * Regulations (001) point to clauses of their standard instead of stating figures. Resolve each
 * reference to a version among the sources, or say plainly that the standard is not included.
 */
export function resolveReferences(_versions: ServiceVersion[]): Diagnostic[] {
  return [];
}
