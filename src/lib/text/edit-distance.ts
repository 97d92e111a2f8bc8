/**
 * Edit distance, the one implementation: unit costs for office names (`Бұхар жырау` ~ `Бұқар жырау`),
 * weighted substitutions for place keys of several romanisations (see resolve/geocode/place-key.ts).
 */

export type SubstitutionCost = (a: string, b: string) => number;

const unit: SubstitutionCost = (a, b) => (a === b ? 0 : 1);

/**
 * Insertions and deletions cost 1, substitutions `cost(a, b)`. Above `limit` the result only says it
 * exceeds it (Infinity when it stops early): with a finite limit only the diagonal band |i - j| <= limit
 * can stay under it, so cells outside the band are never computed (thousands of names are matched).
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY, cost = unit): number {
  if (Math.abs(a.length - b.length) > limit) return Number.POSITIVE_INFINITY;
  const band = Number.isFinite(limit) ? Math.ceil(limit) : Math.max(a.length, b.length);
  const width = b.length + 1;
  let prev = new Float64Array(width);
  let row = new Float64Array(width);
  for (let j = 0; j < width; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - band);
    const to = Math.min(b.length, i + band);
    row.fill(Number.POSITIVE_INFINITY);
    if (from === 1) row[0] = i;
    let rowMin = from === 1 ? i : Number.POSITIVE_INFINITY;
    const ca = a[i - 1] ?? '';
    for (let j = from; j <= to; j++) {
      const cell = Math.min(
        (prev[j] ?? Number.POSITIVE_INFINITY) + 1,
        (row[j - 1] ?? Number.POSITIVE_INFINITY) + 1,
        (prev[j - 1] ?? Number.POSITIVE_INFINITY) + cost(ca, b[j - 1] ?? ''),
      );
      row[j] = cell;
      if (cell < rowMin) rowMin = cell;
    }
    if (rowMin > limit) return Number.POSITIVE_INFINITY;
    [prev, row] = [row, prev];
  }
  return prev[b.length] ?? 0;
}
