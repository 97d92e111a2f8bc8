/**
 * Letter-spaced runs, as PDF extraction left them in 001, 003 and 004: single characters with single spaces
 * between, two spaces between words (`м е р з і м і :  1 0  к ү н`). The normaliser decides line by line
 * whether a line is letter-spaced (scripts/ingest/normalise/normalise-letter-spacing.ts); this joins runs
 * inside text that was put together after it (cells, clause paragraphs), for matching and display.
 */

const runs = new Map<number, RegExp>();

function runPattern(min: number): RegExp {
  let pattern = runs.get(min);
  if (!pattern) {
    pattern = new RegExp(`(?<!\\S)\\S(?: \\S){${min - 1},}(?!\\S)`, 'gu');
    runs.set(min, pattern);
  }
  return pattern;
}

/**
 * Joins every run of `min` or more single characters separated by single spaces; all other spacing (the
 * double space between words) is kept: `1 8 - 0 0  д е й і н` -> `18-00  дейін`. With `min = 3`, `1 8`
 * (003: `Заңының 1 8 бабындағы`, digits the authors displaced) stays as written.
 */
export function joinSpacedRuns(text: string, min = 3): string {
  return text.replace(runPattern(min), (m) => m.replace(/ /g, ''));
}
