/**
 * Reads a document's title, between its approval stamp and its first section or clause:
 *   `"Жұмыссыз азаматтарды есепке қою және тіркеу"` / `мемлекеттік қызметін көрсету` / `стандарты` (002)
 *   `Мемлекеттік қызмет көрсетудің стандарты Мемлекеттік атаулы` /
 *   `әлеуметтік көмек тағайындау 1. Жалпы ережелер` (003: no quotes, the first heading glued on).
 */
import type { DocType, SourceLine } from '../types.ts';
import { isBlank, joinTidy, squash, tidy } from './line-keys.ts';
import {
  GLUED_SECTION,
  QUOTED_NAME,
  REGULATION_WORD,
  STANDARD_WORD,
  UNQUOTED_TITLE_PREFIX,
} from './segment-dictionary.ts';

export interface DocumentTitle {
  /** The service name (quotes dropped), or null when the title could not be read. */
  name: string | null;
  docType: DocType | null;
  /** Index of the first title line, and the index after the last one. */
  from: number;
  to: number;
  /** A first section heading glued to the title line (003), e.g. `1. Жалпы ережелер`. */
  gluedSection: string | null;
}

/** 002 line 9095: a three-line name, then `мемлекеттік қызметін көрсету` / `стандарты`. */
const MAX_TITLE_LINES = 6;
/** The body starts at a section heading at the margin or at an indented clause. */
const BODY_START = /^(?:\d+\s?\.\s+\p{Lu}|[ \u00a0]+\d+\s?\.\s)/u;

export function findDocumentTitle(lines: readonly SourceLine[], from: number, end: number): DocumentTitle {
  let i = from;
  while (i < end && isBlank(lines[i] as SourceLine)) i += 1;
  const start = i;
  const titleLines: SourceLine[] = [];
  for (; i < end && titleLines.length < MAX_TITLE_LINES; i++) {
    const line = lines[i] as SourceLine;
    if (isBlank(line)) continue;
    if (BODY_START.test(line.text)) break;
    titleLines.push(line);
  }
  const to = titleLines.length > 0 ? i : start;
  const text = joinTidy(titleLines);
  const glued = GLUED_SECTION.exec(text);
  const gluedSection = glued?.groups?.heading ? tidy(glued.groups.heading) : null;
  const withoutSection = glued ? text.slice(0, glued.index) : text;
  return { name: readName(withoutSection), docType: readDocType(text), from: start, to, gluedSection };
}

function readName(title: string): string | null {
  const quoted = QUOTED_NAME.exec(title);
  if (quoted?.groups?.name) return tidy(quoted.groups.name);
  const unquoted = tidy(title.replace(UNQUOTED_TITLE_PREFIX, ''));
  return unquoted.length > 0 && unquoted !== tidy(title) ? unquoted : null;
}

function readDocType(title: string): DocType | null {
  const key = squash(title);
  if (REGULATION_WORD.test(key)) return 'regulation';
  if (STANDARD_WORD.test(key)) return 'standard';
  return null;
}
