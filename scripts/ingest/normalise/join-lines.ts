import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic, SourceLine, SourceSpan } from '../types.ts';
import { isIFragment } from './glue-word-fragments.ts';
import { SUFFIX_FRAGMENTS, WRAP_CONTINUATION } from './kazakh-fragment-dictionary.ts';
import { repairContactsWithNotes } from './repair-contacts.ts';

/*
 * Joins a block (a wrapped table cell or paragraph) into one string. Line ends are word gaps except where the
 * extraction cut inside a word or a contact:
 *   `utzszn_baizak@` / `topmail.kz`, `21644 TRS2008` / `@ topmail.kz`  -> glued (then `repairContacts`);
 *   `ж е л т о қ -` / `санындағы`, `көрсет ілмей-` / `тіндігі`         -> hyphen dropped, glued;
 *   `ұйымдастыру-` / `өкімдік шешім)`                                 -> real compound, hyphen kept;
 *   `Республика` / `сының 2001`                                        -> glued (a suffix cannot stand alone).
 */

export interface JoinedBlock {
  text: string;
  span: SourceSpan;
  /** Doubtful joins (a kept line-final hyphen, a re-glued e-mail), as info diagnostics with their line. */
  diagnostics: Diagnostic[];
}

const GLUE_AFTER = /(?:@|_|:\/\/|\/\/www\.)$/u;
const HYPHEN_END = /(\p{L})-$/u;
const ENDS_CYRILLIC = /\p{Script=Cyrillic}$/u;
const STARTS_LOWER_CYRILLIC = /^(?=\p{Ll})\p{Script=Cyrillic}/u;
const firstWord = (text: string): string => /^[\p{L}]+/u.exec(text)?.[0] ?? '';

type Junction = { glue: string; dropHyphen: boolean; doubt?: string };

function junction(before: string, after: string): Junction {
  if (GLUE_AFTER.test(before) || after.startsWith('@')) return { glue: '', dropHyphen: false };
  if (HYPHEN_END.test(before) && STARTS_LOWER_CYRILLIC.test(after)) {
    if (WRAP_CONTINUATION.test(firstWord(after))) return { glue: '', dropHyphen: true };
    return { glue: '', dropHyphen: false, doubt: `kept the line-final hyphen before «${firstWord(after)}»` };
  }
  const word = firstWord(after);
  if (ENDS_CYRILLIC.test(before) && (SUFFIX_FRAGMENTS.has(word) || isIFragment(after.split(' ')[0] ?? ''))) {
    return { glue: '', dropHyphen: false };
  }
  return { glue: ' ', dropHyphen: false };
}

/** Joins the lines of one block; blank lines inside it are skipped. `file` names the source for the span. */
export function joinLines(lines: readonly SourceLine[], file: string): JoinedBlock {
  const filled = lines.filter((l) => l.text.trim() !== '');
  const diagnostics: Diagnostic[] = [];
  let text = '';
  for (const line of filled) {
    const piece = line.text.trim();
    if (text === '') {
      text = piece;
      continue;
    }
    const j = junction(text, piece);
    if (j.doubt) diagnostics.push(diagnostic('info', 'normalise:join-hyphen-kept', j.doubt, { file, line: line.line }));
    text = `${j.dropHyphen ? text.slice(0, -1) : text}${j.glue}${piece}`;
  }
  const contacts = repairContactsWithNotes(text);
  const at = filled[0]?.line ?? lines[0]?.line ?? 1;
  for (const note of contacts.notes)
    diagnostics.push(diagnostic('info', `normalise:${note.code}`, note.message, { file, line: at }));
  const endLine = filled.at(-1)?.line ?? lines.at(-1)?.line ?? at;
  return { text: contacts.text, span: { file, line: at, endLine }, diagnostics };
}
