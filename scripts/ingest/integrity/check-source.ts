/**
 * File-level integrity: a source that repeats an earlier one (the same act under another name once made
 * two acts with one id and a phantom service), one that is not UTF-8, one with a few damaged bytes, one
 * that yields no act, and a second act with an id already taken. All error level (issue 11).
 */
import type { Act } from '../../../src/schemas/act.ts';
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic, SourceText } from '../types.ts';

export interface SourceCheck {
  diagnostics: Diagnostic[];
  /** Nothing of the file can be trusted: skip it (its records would be duplicates or garbage). */
  skip: boolean;
}

/** Checks before parsing; `earlier` are the sources read before this one (name order). */
export function checkSource(source: SourceText, earlier: readonly SourceText[]): SourceCheck {
  const at = { file: source.file, line: 1 };
  const twin = earlier.find((s) => s.text === source.text && source.text.trim() !== '');
  if (twin) {
    const message = `the file repeats ${twin.file} byte for byte; skipped (remove one of them)`;
    return { diagnostics: [diagnostic('error', 'duplicate-source', message, at)], skip: true };
  }
  const d = source.decoding;
  if (!d) return { diagnostics: [], skip: false };
  const line = { file: source.file, line: d.firstBadLine };
  if (d.looksLike) {
    const message = `the file is not UTF-8: it reads as ${d.looksLike}; re-save it as UTF-8 (first bad byte at this line)`;
    return { diagnostics: [diagnostic('error', 'not-utf8', message, line)], skip: true };
  }
  // Mostly undecodable and no known encoding: random bytes, which checkReadable reports as not text.
  if (d.undecodable > source.text.length / 100) return { diagnostics: [], skip: false };
  // A few damaged bytes: the rest of the file is still read; what the damage hit is reported where it shows.
  const message = `${d.undecodable} byte sequence(s) are not UTF-8, the first at this line; parsed around them`;
  return { diagnostics: [diagnostic('error', 'undecodable-bytes', message, line)], skip: false };
}

/** A file that yields no act: not an act text, or its head is unreadable. */
export function noAct(file: string): Diagnostic {
  return diagnostic('error', 'no-act', 'no act found in the file: no records from it', { file, line: 1 });
}

/** A second act with an id already taken: skipped, since ids are the acts' URLs and keys. */
export function checkActId(act: Act, earlier: readonly Act[], file: string, line: number): Diagnostic | null {
  const first = earlier.find((a) => a.id === act.id);
  if (!first) return null;
  const message = `act ${act.id} is already read from ${first.file}; this file's act skipped`;
  return diagnostic('error', 'duplicate-act-id', message, { file, line });
}
