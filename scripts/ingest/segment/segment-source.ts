import type { NormalisedSource, SegmentedSource } from '../types.ts';

/** Splits a normalised act into its head, service documents, clauses and appendices. */
export function segmentSource(source: NormalisedSource): SegmentedSource {
  const first = source.lines[0]?.line ?? 1;
  const last = source.lines.at(-1)?.line ?? 1;
  return {
    file: source.file,
    act: { file: source.file, lines: source.lines, span: { file: source.file, line: first, endLine: last } },
    documents: [],
    diagnostics: [],
  };
}
