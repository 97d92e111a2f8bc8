import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic, SourceText } from '../types.ts';

/**
 * Whether a source can be read as an act text at all. A file of random bytes decodes to replacement
 * characters and control codes; an empty file has nothing to segment.
 */
export function checkReadable(source: SourceText): Diagnostic | null {
  const text = source.text;
  if (text.trim().length === 0) {
    return diagnostic('error', 'empty-source', 'the file is empty', { file: source.file, line: 1 });
  }
  let bad = 0;
  let firstBad = -1;
  for (let i = 0; i < text.length; i++) {
    if (isUndecodable(text.charCodeAt(i))) {
      bad += 1;
      if (firstBad < 0) firstBad = i;
    }
  }
  if (bad / text.length > 0.01) {
    const line = text.slice(0, firstBad).split('\n').length;
    return diagnostic(
      'error',
      'not-text',
      `the file is not UTF-8 text (${bad} undecodable or control characters, the first at this line)`,
      { file: source.file, line },
    );
  }
  return null;
}

/** U+FFFD (what invalid UTF-8 decodes to) and C0 controls other than tab, line feed and carriage return. */
function isUndecodable(code: number): boolean {
  return code === 0xfffd || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d);
}
