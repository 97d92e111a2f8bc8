import type { Service } from '../../../../src/schemas/service.ts';

/**
 * Figures for the ingest summary: service x district pairs some act covers, how many only a national
 * standard covers, and services some district has no act for (the pages say so plainly).
 */
export function applicabilityTotals(services: readonly Service[]): Record<string, number> {
  const all = new Set(services.flatMap((s) => (s.applicability ?? []).map((a) => a.district)));
  let pairs = 0;
  let nationalOnly = 0;
  let partial = 0;
  for (const s of services) {
    const rows = s.applicability ?? [];
    pairs += rows.length;
    nationalOnly += rows.filter((a) => a.versions.every((v) => v.basis === 'national-standard')).length;
    if (rows.length < all.size) partial += 1;
  }
  return {
    'applicability:districts': all.size,
    'applicability:pairs': pairs,
    'applicability:national-only': nationalOnly,
    'applicability:services-with-gaps': partial,
  };
}
