/**
 * Refiner 2: the same office under a district spelled differently by another act, when a phone number
 * confirms it: `Бұхар жырау` (000) / `Бұқар жырау` (002), `Сәтпаев` / `Сәтбаев`, `Степногор` /
 * `Степногорск`, `Мойынқұм` / `Мойнқұм`. Names may differ by a few letters, districts by two.
 */
import {
  districtKeys,
  firstRow,
  joinClusters,
  nameKeys,
  type OfficeCluster,
  shareAppendix,
  sharePhone,
} from './office-cluster.ts';
import { editDistance } from './office-keys.ts';
import type { MergingRefiner } from './refiner.ts';

const MAX_DISTRICT_EDITS = 2;
const MAX_NAME_EDITS = 4;

function closest(a: Set<string>, b: Set<string>): number {
  let best = Number.POSITIVE_INFINITY;
  for (const x of a) for (const y of b) best = Math.min(best, editDistance(x, y));
  return best;
}

export const spellingVariantRefiner: MergingRefiner<OfficeCluster> = {
  name: 'spelling-variant',
  block: (c) => `${firstRow(c).kind}|${firstRow(c).region}`,
  shouldMerge: (a, b) =>
    sharePhone(a, b) &&
    !shareAppendix(a, b) &&
    closest(districtKeys(a), districtKeys(b)) <= MAX_DISTRICT_EDITS &&
    closest(nameKeys(a), nameKeys(b)) <= MAX_NAME_EDITS,
  merge: joinClusters,
};
