/**
 * Cuts a document body into its numbered clauses (тармақ) under their section headings. Sub-items
 * (`1) ...`), unnumbered paragraphs and the column-broken wraps of 001/003/004 are joined into the clause
 * they follow.
 */

import { joinLines } from '../normalise/join-lines.ts';
import type { ClauseSegment, SourceLine } from '../types.ts';
import { isBlank, tidy } from './line-keys.ts';

/** Clause numbers as printed: `7`, `12.1`, and with the stray spaces of 003 (`7 .  Мемлекеттік`). */
const CLAUSE_NUMBER = String.raw`\d+(?:\s?\.\s?\d+)*`;
/**
 * A clause line is indented with spaces or NBSP (000 indents with `\u00a0 \u00a0 `), never with a tab:
 * tab-led lines are table cells (`\t1.1. Құжаттарды тапсырған ...`). The number ends in a dot and then a
 * space or a letter (001 line 2685: `      4.Көрсетілетін`), so a time (`      9.00-ден`, letter-spaced
 * `      9 . 0 0 - д е н`) is not clause 9; a number may follow (002 line 4226: `      1. 18 жасқа ...`).
 */
const CLAUSE_LINE = new RegExp(
  String.raw`^[ \u00a0]+(?<number>${CLAUSE_NUMBER})\s?\.(?:\s+(?!\d \d)|$|(?=\p{L}))`,
  'u',
);
/**
 * The same number letter-spaced, before the normaliser rejoins it (003 line 87:
 * `      1 2 . 1 .  Б е л г і л е н г е н ...`). A letter must follow, so a spaced time (`9 . 0 0`) is no clause.
 */
const SPACED_DIGITS = String.raw`\d(?: \d)*`;
const SPACED_CLAUSE_LINE = new RegExp(
  String.raw`^[ \u00a0]+(?<number>${SPACED_DIGITS}(?: \. ${SPACED_DIGITS})*) \.\s+(?=\p{L})`,
  'u',
);
/**
 * A section heading starts at the margin: `2. Мемлекеттiк қызмет көрсетудiң тәртiбi`. It is short and
 * its words start with a capital; headings wrap in 001 (`4. ... әрекет ету (өзара` / `әрекеттесу) ...`).
 */
const SECTION_LINE = /^(?<number>\d+)\s?\.\s+(?<title>\p{Lu}.*)$/u;
const SECTION_MAX_LENGTH = 100;
/** A wrapped heading continues on a margin line starting in lower case. */
const LOWER_START = /^[\p{Ll}(]/u;

interface Section {
  number: number;
  text: string;
}

interface OpenClause {
  number: string | null;
  section: string | null;
  lines: SourceLine[];
}

/**
 * Splits body lines (title excluded) into clauses. `initialSection` is a first heading printed on the
 * title line (003: `... тағайындау 1. Жалпы ережелер`). Pure; never throws.
 */
export function segmentClauses(
  lines: readonly SourceLine[],
  file: string,
  initialSection: string | null = null,
): ClauseSegment[] {
  const clauses: ClauseSegment[] = [];
  let section: Section | null = initialSection
    ? { number: Number.parseInt(initialSection, 10), text: initialSection }
    : null;
  let open: OpenClause | null = null;
  const sectionText = (): string | null => section?.text ?? null;
  const close = (): void => {
    if (open && open.lines.length > 0) clauses.push(toSegment(open, file));
    open = null;
  };

  for (const line of lines) {
    if (isBlank(line)) continue;
    const clause = CLAUSE_LINE.exec(line.text) ?? SPACED_CLAUSE_LINE.exec(line.text);
    if (clause?.groups) {
      close();
      open = { number: clause.groups.number?.replace(/\s/g, '') ?? null, section: sectionText(), lines: [line] };
      continue;
    }
    const heading = SECTION_LINE.exec(line.text);
    if (heading?.groups && isNextSection(heading.groups.number, section, line.text)) {
      close();
      section = { number: Number(heading.groups.number), text: tidy(line.text) };
      continue;
    }
    if (section && !open && LOWER_START.test(line.text) && /^\S/u.test(line.text)) {
      // `әрекеттесу) тәртібінің сипаттамасы`: the second line of a wrapped heading.
      section.text = tidy(`${section.text} ${line.text}`);
      continue;
    }
    if (!open) open = { number: null, section: sectionText(), lines: [] };
    open.lines.push(line);
  }
  close();
  return clauses;
}

/**
 * Only the next section number makes a heading, so a wrapped clause line that happens to start with
 * `2. ` at the margin stays text. 003 has no `1.` heading of its own (it is glued to the title), so the
 * first heading seen may carry any number.
 */
function isNextSection(number: string | undefined, current: Section | null, text: string): boolean {
  if (text.length > SECTION_MAX_LENGTH) return false;
  const n = Number(number);
  return current ? n === current.number + 1 : true;
}

function toSegment(clause: OpenClause, file: string): ClauseSegment {
  const first = clause.lines[0]?.line ?? 1;
  const last = clause.lines.at(-1)?.line ?? first;
  return {
    number: clause.number,
    section: clause.section,
    lines: clause.lines,
    // joinLines repairs the wraps (a word broken across a line end in 001/003/004).
    text: joinLines(clause.lines, file).text,
    span: { file, line: first, endLine: last },
  };
}
