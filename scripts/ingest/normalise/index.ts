import type { NormalisedSource, SourceLine, SourceText } from '../types.ts';

/** Line-level normalisation; output line i is source line i. */
export function normaliseLine(raw: string): string {
  return raw.normalize('NFC').replace(/\s+$/u, '');
}

export function normaliseSource(source: SourceText): NormalisedSource {
  const rawLines = source.text.replace(/\r\n?/g, '\n').split('\n');
  const lines: SourceLine[] = rawLines.map((raw, i) => ({ line: i + 1, raw, text: normaliseLine(raw) }));
  return { file: source.file, lines, diagnostics: [] };
}
