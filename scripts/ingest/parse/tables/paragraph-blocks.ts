/**
 * Paragraphs and wrap repair for tables without cell delimiters (003, 004): each cell is a paragraph of
 * hard-wrapped lines, and a blank line separates cells.
 */
import type { SourceLine, SourceSpan } from '../../types.ts';

/** A run of non-blank lines. */
export interface Paragraph {
  lines: SourceLine[];
  span: SourceSpan;
}

/** A piece of a row's text with where it came from; a paragraph, or what follows the row number on its line. */
export interface Piece {
  text: string;
  span: SourceSpan;
}

export function splitParagraphs(file: string, lines: readonly SourceLine[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: SourceLine[] = [];
  const close = () => {
    const first = current[0];
    const last = current.at(-1);
    if (first && last) paragraphs.push({ lines: current, span: { file, line: first.line, endLine: last.line } });
    current = [];
  };
  for (const line of lines) {
    if (line.text.trim() === '') close();
    else current.push(line);
  }
  close();
  return paragraphs;
}

/** Ends of a line after which the next line goes on without a space: `utzszn_baizak@` / `topmail.kz`. */
const GLUE_AFTER = /[@(/]$|\d-$/u;
/** Starts of a line that belong to the previous word: `, 189 кабинет`, `@ topmail.kz`, `)`. */
const GLUE_BEFORE = /^[,.;)@]/u;
/** A wrapped e-mail or site: `soc-progr@yandex.` / `ru, www.akmol.kz`. */
const URL_TAIL = /(?:@|www\.|:\/\/)\S*[._]$/u;

/** Joins hard-wrapped parts into one cell text, repairing the wrap inside e-mails and phone numbers. */
export function joinWrapped(parts: readonly string[]): string {
  let out = '';
  for (const raw of parts) {
    const part = raw.trim();
    if (part === '') continue;
    const glue =
      out === '' || GLUE_AFTER.test(out) || GLUE_BEFORE.test(part) || (URL_TAIL.test(out) && /^[a-z]/u.test(part));
    out += glue ? part : ` ${part}`;
  }
  return out.replace(/\s+/gu, ' ').trim();
}

export function paragraphText(paragraph: Paragraph): string {
  return joinWrapped(paragraph.lines.map((l) => l.text));
}

export function spanOf(pieces: readonly { span: SourceSpan }[], fallback: SourceSpan): SourceSpan {
  const first = pieces[0]?.span ?? fallback;
  const endLine = Math.max(first.endLine, ...pieces.map((p) => p.span.endLine));
  return { file: first.file, line: first.line, endLine };
}
