/**
 * One office per real office: source rows run through the ordered refiners below (style guide §6), then
 * each cluster becomes one office with every row in `sources` and conflicting values as alternatives.
 */
import type { Office, OfficeKind, OfficeRow } from '../../../../src/schemas/office.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { Diagnostic } from '../../types.ts';
import { type ActDates, buildMergedOffice } from './build-merged-office.ts';
import { cluster, districtKeys, type OfficeCluster } from './office-cluster.ts';
import { assignOfficeIds, NO_OFFICE_IDS, type OfficeIds } from './office-ids.ts';
import { type MergeLog, type MergingRefiner, runRefiner } from './refiner.ts';
import { renamedDistrictRefiner } from './renamed-district-refiner.ts';
import { sameNameRefiner } from './same-name-refiner.ts';
import { spellingVariantRefiner } from './spelling-variant-refiner.ts';

export type { ActDates } from './build-merged-office.ts';

/** In order: exact keys first, then the looser ones that need a phone number as evidence. */
export const officeRefiners: readonly MergingRefiner<OfficeCluster>[] = [
  sameNameRefiner,
  spellingVariantRefiner,
  renamedDistrictRefiner,
];

export interface MergeOfficesResult {
  offices: Office[];
  /** Merges per refiner, e.g. `{ 'same-name': 1180 }`. */
  merges: Record<string, number>;
  /** Rows and entities per kind, for the report. */
  counts: Record<OfficeKind, { rows: number; entities: number }>;
  diagnostics: Diagnostic[];
}

/** The authors listed the office twice in one table: kept as one office, flagged (never fixed silently). */
function flagListedTwice(office: Office): Office {
  const byAppendix = new Map<string, Office['sources']>();
  for (const s of office.sources) byAppendix.set(s.appendix, [...(byAppendix.get(s.appendix) ?? []), s]);
  const twice = [...byAppendix.entries()].filter(([, sources]) => sources.length > 1);
  if (twice.length === 0) return office;
  const flags = twice.map(([appendix, sources]) => ({
    code: 'listed-twice',
    message: `Appendix ${appendix} lists this office ${sources.length} times (lines ${sources.map((s) => s.line).join(', ')}).`,
    sources: sources.map((s) => ({ file: s.file, line: s.line })),
  }));
  return { ...office, flags: [...office.flags, ...flags] };
}

export function mergeOffices(
  rows: readonly OfficeRow[],
  actDates: ActDates,
  officeIds: OfficeIds = NO_OFFICE_IDS,
  log?: MergeLog,
): MergeOfficesResult {
  let clusters = rows.map(cluster);
  const merges: Record<string, number> = {};
  for (const refiner of officeRefiners) {
    const result = runRefiner(clusters, refiner, log);
    clusters = result.items;
    merges[refiner.name] = result.merges;
  }
  const { ids, diagnostics } = assignOfficeIds(
    clusters.map((c) => c.rows),
    officeIds,
  );
  const offices = clusters.map((c, i) => flagListedTwice(buildMergedOffice(ids[i] ?? '', c.rows, actDates)));
  clusters.forEach((c, i) => {
    // Merges across district spellings are worth a reviewer's look; same-name merges are routine.
    if (districtKeys(c).size < 2) return;
    const office = offices[i] as Office;
    const names = [...new Set(c.rows.map((r) => r.district))].join(' / ');
    diagnostics.push(
      diagnostic(
        'info',
        'office-merged-across-districts',
        `${office.id}: one office under ${names}`,
        office.sources[0] ?? { file: '' },
      ),
    );
  });
  const counts = {} as Record<OfficeKind, { rows: number; entities: number }>;
  const count = (kind: OfficeKind) => {
    counts[kind] = counts[kind] ?? { rows: 0, entities: 0 };
    return counts[kind];
  };
  for (const r of rows) count(r.kind).rows += 1;
  for (const o of offices) count(o.kind).entities += 1;
  return { offices, merges, counts, diagnostics };
}
