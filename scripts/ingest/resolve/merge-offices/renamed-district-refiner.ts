/**
 * Refiner 3: a district renamed between acts, when the office is the same in all but the district's name
 * and keeps its phone number: `Бурабай ауданының ... бөлімі` (000, 8-716-36 4-27-68) is `Щучье ауданының
 * ... бөлімі` (004, 8-(716-36)-4-27-68). Not for rural akims: a village akim's number says too little.
 */
import { firstRow, joinClusters, type OfficeCluster, shareAppendix, sharePhone, templates } from './office-cluster.ts';
import type { MergingRefiner } from './refiner.ts';

export const renamedDistrictRefiner: MergingRefiner<OfficeCluster> = {
  name: 'renamed-district',
  block: (c) => `${firstRow(c).kind}|${firstRow(c).region}`,
  shouldMerge: (a, b) =>
    firstRow(a).kind !== 'rural-akim' &&
    firstRow(a).district !== null &&
    firstRow(b).district !== null &&
    sharePhone(a, b) &&
    !shareAppendix(a, b) &&
    [...templates(a)].some((t) => t.includes('#') && templates(b).has(t)),
  merge: joinClusters,
};
