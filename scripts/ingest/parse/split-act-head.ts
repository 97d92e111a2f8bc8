/**
 * Splits an act head into its title, status line and reference paragraph:
 *   title      `"Мемлекеттік және ... мекемелерде` / `... мемлекеттік қызмет` / `көрсетудің стандартын бекіту туралы` (004)
 *   status     `Күшін жойған` (002 indents it with tabs: `\t\t\tКүшін жойған`)
 *   reference  `Ақмола облысы әкімдігінің 2008 жылғы 11 тамыздағы N А-6/342 қаулысы. ...` up to the
 *              indented `Ескерту.` note or preamble.
 */
import type { SourceLine } from '../types.ts';

export interface HeadParts {
  title: string;
  /** The `Күшін жойған` line, or null when the head has none (000 has no head at all). */
  status: SourceLine | null;
  reference: SourceLine[];
}

const STATUS_REPEALED = /^Күшін\s*жойған$/u;
/** The reference opens with the issuer and a year: `Алматы облысы әкімдігінің 2012 жылғы ...`. */
const REFERENCE_START = /^\p{Lu}.*\d{4}\s*жыл/u;

export function splitActHead(lines: readonly SourceLine[]): HeadParts {
  const nonBlank = lines.filter((l) => l.text.trim() !== '');
  const statusAt = nonBlank.findIndex((l) => STATUS_REPEALED.test(l.text.trim()));
  const referenceAt = nonBlank.findIndex((l) => REFERENCE_START.test(l.text.trim()));
  const titleEnd = [statusAt, referenceAt].filter((i) => i >= 0).reduce((a, b) => Math.min(a, b), nonBlank.length);
  const title = nonBlank
    .slice(0, titleEnd)
    .map((l) => l.text.trim())
    .join(' ')
    .replace(/\s+/gu, ' ');
  const reference: SourceLine[] = [];
  if (referenceAt >= 0) {
    for (const line of nonBlank.slice(referenceAt)) {
      // The reference paragraph sits at the margin; the note and the preamble under it are indented.
      if (reference.length > 0 && /^\s/u.test(line.text)) break;
      reference.push(line);
    }
  }
  return { title, status: statusAt >= 0 ? (nonBlank[statusAt] ?? null) : null, reference };
}
