/**
 * Comparing service names across acts. The same service is written `ресімдеу` in 002 and `рәсімдеу` in
 * 001, `өкілді` and `өкілетті`, `құжаттар ресімдеу` and `құжаттарды ресімдеу`, `медициналық - әлеуметтік`
 * and `медициналық-әлеуметтік`: names are compared as sets of word stems (first four folded letters).
 */
import { foldKazakh } from './merge-offices/office-keys.ts';

const STEM_LENGTH = 4;
/** Dice similarity from which two names of different acts are one service (same-service pairs score >= 0.94, others <= 0.57 in the five acts). */
export const SAME_SERVICE = 0.85;

/** Exact key: folded, `ә` and `е` folded together (`рәсімдеу` / `ресімдеу`), punctuation gone. */
export function serviceKey(name: string): string {
  return foldKazakh(name).replace(/а(?=сим)/g, 'е');
}

export function nameStems(name: string): Set<string> {
  return new Set(
    serviceKey(name)
      .split(' ')
      .filter(Boolean)
      .map((w) => w.slice(0, STEM_LENGTH)),
  );
}

export function nameSimilarity(a: string, b: string): number {
  const x = nameStems(a);
  const y = nameStems(b);
  let shared = 0;
  for (const s of x) if (y.has(s)) shared += 1;
  return x.size + y.size === 0 ? 0 : (2 * shared) / (x.size + y.size);
}
