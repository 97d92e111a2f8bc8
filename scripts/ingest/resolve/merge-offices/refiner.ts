/**
 * Ordered merging refiners, in the shape of chrono's `MergingRefiner`: each one walks the clusters in
 * order and folds a cluster into an earlier one when `shouldMerge` says they are the same office.
 * Only clusters in the same `block` are compared, so the walk stays cheap on ~2000 rows.
 */

export interface MergingRefiner<T> {
  /** Name for the merge log and the report, e.g. `same-name`. */
  name: string;
  /** Clusters are only compared within one block (kind + region + ...). */
  block: (a: T) => string;
  shouldMerge: (earlier: T, later: T) => boolean;
  /** When several earlier clusters may take `later`, the highest score wins (ties: the first). */
  score?: (earlier: T, later: T) => number;
  merge: (earlier: T, later: T) => T;
}

/** Called with a message factory, so messages are only built when someone listens (chrono's debug). */
export type MergeLog = (refiner: string, message: () => string) => void;

export interface RefineResult<T> {
  items: T[];
  /** Number of merges done. */
  merges: number;
}

export function runRefiner<T>(items: readonly T[], refiner: MergingRefiner<T>, log?: MergeLog): RefineResult<T> {
  const out: (T | null)[] = [];
  const blocks = new Map<string, number[]>();
  let merges = 0;
  for (const item of items) {
    const key = refiner.block(item);
    const slots = blocks.get(key) ?? [];
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const slot of slots) {
      const earlier = out[slot];
      if (earlier == null || !refiner.shouldMerge(earlier, item)) continue;
      const score = refiner.score?.(earlier, item) ?? 0;
      if (score > bestScore) {
        best = slot;
        bestScore = score;
      }
    }
    const target = best >= 0 ? out[best] : null;
    if (target != null) {
      out[best] = refiner.merge(target, item);
      merges += 1;
      log?.(refiner.name, () => `${String(refiner.block(item))}: merged (score ${bestScore})`);
      continue;
    }
    slots.push(out.length);
    blocks.set(key, slots);
    out.push(item);
  }
  return { items: out.filter((x): x is T => x != null), merges };
}
