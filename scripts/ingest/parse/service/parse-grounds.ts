import type { ClauseSegment, DocType } from '../../types.ts';
import { clauseParagraphs, type Paragraph } from './clause-paragraphs.ts';
import { matchText } from './match-text.ts';
import { REFUSAL, SECTION, STANDARD_CLAUSE_REF, SUSPENSION } from './service-dictionary.ts';

export interface Grounds {
  refusal: string[];
  suspension: string[];
  /** Line of the first ground found, for provenance. */
  line: number | null;
}

interface Kinds {
  refusal: boolean;
  suspension: boolean;
}

/** A paragraph and the numbered items (`1)`, `2)`) under it. */
interface Unit {
  lead: Paragraph;
  items: Paragraph[];
}

// A list whose verb comes last (002 standard 3 clause 17: `Мемлекеттік қызметті ұсынудан:` `1) ...;`
// `2) ...;` `3) ... жағдайда бас тартылуы мүмкін.`): the verb closes the last item, and holds for all.
const CLOSING_REFUSAL = /(?:бас\s+тартыл\p{L}*(?:\s+мүмкін)?|ұсынылмайды|көрсетілмейді)\s*[.;]?$/u;
const CLOSING_SUSPENSION = /тоқтатыл\p{L}*(?:\s+мүмкін)?\s*[.;]?$/u;

// Not grounds though they use the words: the notice of a decision (`... бас тарту туралы құлақтандыру`,
// clause 16) and the statement that there are none (000: `тоқтата тұру үшін негіздеме жоқ`).
const NOT_A_GROUND = /құлақтандыру|негіздеме\s+жоқ/u;
// The citizen's own acts (002 standard 12: `жұмыстан ... бас тартқан, ... оқуын ... тоқтатқан жұмыссыздар`).
const CITIZEN_ACTS = /бас\s+тартқан|тоқтатқан/gu;
// Refusal said another way: `... жағдайда тағайындалмайды`, `... құқығынан айырылады` (002 standards 5, 12).
const REFUSAL_ALSO = /тағайындалмайды|құқығынан\s+айыр/u;

function kindsOf(match: string): Kinds | null {
  if (NOT_A_GROUND.test(match)) return null;
  const own = match.replace(CITIZEN_ACTS, ' ');
  const refusal = REFUSAL.test(own) || REFUSAL_ALSO.test(own);
  const suspension = SUSPENSION.test(own);
  return refusal || suspension ? { refusal, suspension } : null;
}

function closingKinds(item: Paragraph | undefined): Kinds | null {
  if (!item) return null;
  const refusal = CLOSING_REFUSAL.test(item.match);
  const suspension = CLOSING_SUSPENSION.test(item.match);
  return refusal || suspension ? { refusal, suspension } : null;
}

function units(paragraphs: readonly Paragraph[]): Unit[] {
  const out: Unit[] = [];
  for (const p of paragraphs) {
    const last = out.at(-1);
    if (p.marker && last) last.items.push(p);
    else out.push({ lead: p, items: [] });
  }
  return out;
}

/**
 * Refusal and suspension grounds from the procedure section: `Жұмыссыздарға анықтама беруден бас тарту ...`
 * (000 clause 15), `... ұсынылмайды немесе ... тоқтатылады` (002 clause 17, both). A paragraph ending in `:`
 * heads a list and every item of it is a ground: of the kind the head names (002 clause 17: `...
 * жәрдемақысын төлеуді тоқтату үшін:` `1) баланың қайтыс болуы;`), or, when the head names none, of the
 * kind the verb closing the last item names (`Егер:` `1) ...;` `2) ... бас тартылуы мүмкін.`). Items of
 * other lists (a document `... тоқтатқаны туралы құжат`) are not grounds. A regulation's `Стандарттың 16
 * тармағында көрсетілген жағдайларда` is a reference, not a ground.
 */
export function parseGrounds(clauses: readonly ClauseSegment[], docType: DocType): Grounds {
  const out: Grounds = { refusal: [], suspension: [], line: null };
  const push = (kinds: Kinds, p: Paragraph) => {
    if (kinds.refusal) out.refusal.push(p.text);
    if (kinds.suspension) out.suspension.push(p.text);
    out.line ??= p.line;
  };
  for (const clause of clauses) {
    const section = matchText(clause.section ?? '');
    if (!/тәртіб/u.test(section) || SECTION.complaint.test(section)) continue;
    const paragraphs = clauseParagraphs(clause).filter(
      (p) => !(docType === 'regulation' && STANDARD_CLAUSE_REF.test(p.match)),
    );
    for (const { lead, items } of units(paragraphs)) {
      const named = kindsOf(lead.match);
      if (!/:$/u.test(lead.text) || items.length === 0) {
        if (named) push(named, lead);
        continue;
      }
      const kinds = named ?? closingKinds(items.at(-1));
      // The head is a ground only when it says so itself (`... тоқтатуға негіздемелер:` is not one).
      if (kinds) for (const item of items) push(kinds, item);
    }
  }
  return out;
}
