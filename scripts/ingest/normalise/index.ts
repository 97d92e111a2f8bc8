/**
 * Line-level normalisation, as an ordered rule list (read it like markdown-it's `_rules`): output line i is
 * source line i, so every later stage keeps its provenance. Joins across lines happen later, on blocks, with
 * `joinLines`; clause parsers call `repairDisplacedReferences`, table parsers `repairContacts`.
 */
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic, NormalisedSource, SourceLine, SourceText } from '../types.ts';
import { normaliseWordFragments } from './glue-word-fragments.ts';
import { type LineContext, type LineNote, type LineRule, NO_CONTEXT } from './line-rule.ts';
import { normaliseDigitRows } from './normalise-digit-rows.ts';
import { normaliseHomoglyphs } from './normalise-homoglyphs.ts';
import { normaliseLetterSpacing } from './normalise-letter-spacing.ts';
import { normaliseUnicode } from './normalise-unicode.ts';
import { normalisePunctuationSpacing, normaliseWhitespace } from './normalise-whitespace.ts';
import { normaliseContacts } from './repair-contacts.ts';

export { joinLines } from './join-lines.ts';
export { repairContacts } from './repair-contacts.ts';
export { repairDisplacedReferences } from './repair-displaced-references.ts';

/** The order matters: letter-spacing needs the double-space word gaps that `whitespace` collapses. */
export const LINE_RULES: readonly LineRule[] = [
  // 0. `2 1 5` after `Абылайхан көшесі ,` -> `215`; `1 2 3 4 5` (column numbers) kept apart.
  normaliseDigitRows,
  // 1. `Ж е р г i л i к т i  ө к i л д i` -> `Жергiлiктi өкiлдi` (gaps kept); `9 Қ а р а с у` -> `9 Қарасу`.
  normaliseLetterSpacing,
  // 2. `Жергiлiктi` -> `Жергілікті`; `оnline.kz` -> `online.kz`.
  normaliseHomoglyphs,
  // 3. `Жансүг іров  кент і ,` -> `Жансүгіров  кенті ,`.
  normaliseWordFragments,
  // 4. `кенті ,  Титова` -> `кенті , Титова`.
  normaliseWhitespace,
  // 5. `кенті , Титова` -> `кенті, Титова`.
  normalisePunctuationSpacing,
  // 6. `sobes_balkhash@ mail.ru` -> `sobes_balkhash@mail.ru`.
  normaliseContacts,
];

export interface LineResult {
  text: string;
  /** Names of the rules that changed the line (`unicode`, `indent`, then LINE_RULES names). */
  changedBy: string[];
  notes: LineNote[];
}

const INDENT = /^[\t ]*/u;
const SPACE = / /gu;

// 000 and 002 put one table cell per tab-indented line, and a tab-only line is an empty cell: tabs are kept
// exactly; spaces mixed into them (` \t1`) are dropped. Space indentation (clause starts) is kept as is.
function normaliseIndent(indent: string, body: string): string {
  if (indent.includes('\t')) return indent.replace(SPACE, '');
  return body === '' ? '' : indent;
}

/** One line through the rules; `context` tells the rules about the line above (see `LineContext`). */
export function normaliseLineDetailed(raw: string, context: LineContext = NO_CONTEXT): LineResult {
  const notes: LineNote[] = [];
  const changedBy: string[] = [];
  const unicode = normaliseUnicode.apply(raw, notes, context);
  if (unicode !== raw) changedBy.push(normaliseUnicode.name);
  const indent = INDENT.exec(unicode)?.[0] ?? '';
  // trimEnd() cuts what `\s*$` cut: JavaScript's white space and line terminators.
  const start = unicode.slice(indent.length).trimEnd();
  let body = start;
  for (const rule of LINE_RULES) {
    const next = rule.apply(body, notes, context);
    if (next !== body) changedBy.push(rule.name);
    body = next;
  }
  const newIndent = normaliseIndent(indent, body);
  if (indent.length + start.length !== unicode.length || newIndent !== indent) changedBy.push('indent-trailing');
  return { text: newIndent + body, changedBy, notes };
}

/** One line, normalised (no provenance, no notes): for callers that only need the text. */
export function normaliseLine(raw: string): string {
  return normaliseLineDetailed(raw).text;
}

export interface NormaliseStats {
  /** Lines each rule changed, by rule name. */
  linesChangedBy: Record<string, number>;
  linesChanged: number;
}

function splitLines(text: string): string[] {
  return text.replace(/\r\n?/gu, '\n').split('\n');
}

export function normaliseSourceWithStats(source: SourceText): NormalisedSource & { stats: NormaliseStats } {
  const diagnostics: Diagnostic[] = [];
  const stats: NormaliseStats = { linesChangedBy: {}, linesChanged: 0 };
  const context = { previous: '', sourceIsNfc: source.text.normalize('NFC') === source.text };
  const lines: SourceLine[] = splitLines(source.text).map((raw, i) => {
    const result = normaliseLineDetailed(raw, context);
    const trimmed = result.text.trim();
    if (trimmed !== '') context.previous = trimmed;
    for (const note of result.notes) {
      diagnostics.push(diagnostic('info', `normalise:${note.code}`, note.message, { file: source.file, line: i + 1 }));
    }
    for (const name of result.changedBy) stats.linesChangedBy[name] = (stats.linesChangedBy[name] ?? 0) + 1;
    if (result.text !== raw) stats.linesChanged += 1;
    return { line: i + 1, raw, text: result.text };
  });
  return { file: source.file, lines, diagnostics, stats };
}

export function normaliseSource(source: SourceText): NormalisedSource {
  const { stats: _stats, ...normalised } = normaliseSourceWithStats(source);
  return normalised;
}
