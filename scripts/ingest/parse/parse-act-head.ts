import type { Act } from '../../../src/schemas/act.ts';
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic, SegmentedSource } from '../types.ts';

/** Reads the act's metadata from its head. Returns null (and an error) when the head cannot be read. */
export function parseActHead(source: SegmentedSource): { act: Act | null; diagnostics: Diagnostic[] } {
  return {
    act: null,
    diagnostics: [
      diagnostic('error', 'act-head-unreadable', 'act head parser not written yet', { file: source.file, line: 1 }),
    ],
  };
}
