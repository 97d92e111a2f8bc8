/**
 * The surface forms office tables take in the acts, each scored from the layout alone (0 = not this form,
 * 1 = clearly this form). Thresholds sit between the forms as the five acts print them (see
 * `TableLayout`): tab-led lines 0 (001, 003, 004) vs 0.25-1.0 (000, 002); mean line length 10-11 (001,
 * column-broken) vs 17-31 (003, 004, paragraphs).
 */
import type { TableLayout } from './table-layout.ts';

export type SurfaceForm = 'tabbed' | 'columnar' | 'paragraph';

/** 0 at or below `from`, 1 at or above `to`, linear between (`from > to` ramps downwards). */
export function ramp(value: number, from: number, to: number): number {
  const t = (value - from) / (to - from);
  return Math.min(1, Math.max(0, t));
}

// An appendix with no lines has no layout (its mean length of 0 is not a short line).
const untabbed = (l: TableLayout): number => (l.lines === 0 ? 0 : 1 - ramp(l.tabLed, 0.02, 0.1));

export const FORM_FIT: Readonly<Record<SurfaceForm, (layout: TableLayout) => number>> = {
  // One cell per tab-led line; 002's multi-line cells leave only a quarter of the lines tab-led.
  tabbed: (l) => ramp(l.tabLed, 0.05, 0.2),
  // Columns broken into short lines; letter-spacing (a third of 001's lines) adds to the evidence.
  columnar: (l) => untabbed(l) * ramp(l.meanLength, 15, 12) * (0.5 + 0.5 * ramp(l.letterSpaced, 0.05, 0.2)),
  // Cells as paragraphs of ordinary lines, no delimiter.
  paragraph: (l) => untabbed(l) * ramp(l.meanLength, 12, 15),
};
