import type { Act } from '../schemas/act.ts';

/** Anchor id of a source line on its act page. */
export function lineAnchor(line: number): string {
  return `L${line}`;
}

/** Link from a fact to the exact line of the act it comes from. */
export function sourceHref(ref: { file: string; line: number }, acts: readonly Act[]): string | null {
  const act = acts.find((a) => a.file === ref.file);
  return act ? `/acts/${act.id}/#${lineAnchor(ref.line)}` : null;
}

/** Short human label of an act: `Алматы облысы әкімдігі, 2012 ж. № 349`. */
export function actLabel(act: Act): string {
  return `${act.issuer}, ${act.date.slice(0, 4)} ж. № ${act.number}`;
}
