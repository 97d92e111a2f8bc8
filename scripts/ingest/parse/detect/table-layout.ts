/**
 * Layout statistics of an appendix, measured once: what tells the three surface forms apart whatever the
 * table says. 000 and 002 lead each cell with a tab; 001 breaks its columns into short lines, a third of
 * them letter-spaced in the source (`Ж а н с ү г і р о в`); 003 and 004 write each cell as a paragraph of
 * longer lines with no delimiter at all.
 */
import type { AppendixSegment } from '../../types.ts';

export interface TableLayout {
  /** Non-blank lines of the appendix body. */
  lines: number;
  /** Share of those lines that open with a tab (a tab-delimited cell). */
  tabLed: number;
  /** Share of those lines letter-spaced in the source (three single letters in a row), before the normaliser joined them. */
  letterSpaced: number;
  /** Mean length of those lines, in characters, after normalisation. */
  meanLength: number;
  /** Lines that open a numbered row, by how the row opens (paragraph tables only differ here). */
  rowStarts: Record<RowStart, number>;
}

/**
 * How a paragraph table opens a row: the number alone on its line (003 departments: `1` / `"Тараз
 * қаласы ...`), the number then a quoted name (004: `1 "Ақкөл ауданының`), or the number then a capital
 * (003 akimats: `2 Байзақ ауданының әкімияты`).
 */
export type RowStart = 'alone' | 'quoted' | 'capital';

export const ROW_START: Readonly<Record<RowStart, RegExp>> = {
  alone: /^\s*\d{1,3}\.?\s*$/u,
  quoted: /^\s*\d{1,3}\s*["«“]/u,
  capital: /^\s*\d{1,3}\s+\p{Lu}/u,
};
const ROW_STARTS = Object.entries(ROW_START) as [RowStart, RegExp][];

const SPACED_RUN = /(?:^|\s)\p{L} \p{L} \p{L}(?:\s|$)/u;

const measured = new WeakMap<AppendixSegment['lines'], TableLayout>();

export function measureLayout(appendix: AppendixSegment): TableLayout {
  const hit = measured.get(appendix.lines);
  if (hit) return hit;
  let lines = 0;
  let tabLed = 0;
  let letterSpaced = 0;
  let length = 0;
  const rowStarts: Record<RowStart, number> = { alone: 0, quoted: 0, capital: 0 };
  for (const line of appendix.lines) {
    const text = line.text.trim();
    if (text === '') continue;
    lines += 1;
    length += text.length;
    if (line.text.startsWith('\t')) tabLed += 1;
    if (SPACED_RUN.test(line.raw)) letterSpaced += 1;
    const start = ROW_STARTS.find(([, pattern]) => pattern.test(text));
    if (start) rowStarts[start[0]] += 1;
  }
  const share = (n: number) => (lines === 0 ? 0 : n / lines);
  const layout = {
    lines,
    tabLed: share(tabLed),
    letterSpaced: share(letterSpaced),
    meanLength: share(length),
    rowStarts,
  };
  measured.set(appendix.lines, layout);
  return layout;
}
