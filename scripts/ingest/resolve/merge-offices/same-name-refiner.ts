/**
 * Refiner 1: rows of the same kind with the same folded name in the same district of the same region are
 * one office, e.g. `Ақсу ауданының жұмыспен қамту ... бөлімі` in every regulation of 001 and in 000.
 * Two rural akims of one village name in different districts (`Абай селолық округі` in Ақтоғай and in
 * Қарқаралы ауданы, 002) stay apart because the district is part of the block.
 */
import {
  contradict,
  evidence,
  firstRow,
  joinClusters,
  listedTwice,
  type OfficeCluster,
  shareAppendix,
} from './office-cluster.ts';
import { districtKey, nameKey } from './office-keys.ts';
import type { MergingRefiner } from './refiner.ts';

export const sameNameRefiner: MergingRefiner<OfficeCluster> = {
  name: 'same-name',
  block: (c) => {
    const row = firstRow(c);
    return [row.kind, row.region, districtKey(row), nameKey(row)].join('|');
  },
  shouldMerge: (a, b) => (!shareAppendix(a, b) || listedTwice(a, b)) && !contradict(a, b),
  score: evidence,
  merge: joinClusters,
};
