import type { ClauseSegment, DocType } from '../../types.ts';
import { clauseParagraphs } from './clause-paragraphs.ts';
import { matchText } from './match-text.ts';
import { REFUSAL, SECTION, STANDARD_CLAUSE_REF, SUSPENSION } from './service-dictionary.ts';

export interface Grounds {
  refusal: string[];
  suspension: string[];
  /** Line of the first ground found, for provenance. */
  line: number | null;
}

/**
 * Refusal and suspension grounds from the procedure section: `Жұмыссыздарға анықтама беруден бас тарту ...`
 * (000 clause 15), `... ұсынылмайды немесе ... тоқтатылады` (002 clause 17, both). A paragraph ending in `:`
 * heads a list (002 clause 17: `... жәрдемақысын төлеуді тоқтату үшін:` `1) баланың қайтыс болуы;`).
 * A regulation's `Стандарттың 16 тармағында көрсетілген жағдайларда` is a reference, not a ground.
 */
export function parseGrounds(clauses: readonly ClauseSegment[], docType: DocType): Grounds {
  const out: Grounds = { refusal: [], suspension: [], line: null };
  for (const clause of clauses) {
    const section = matchText(clause.section ?? '');
    if (!/тәртіб/u.test(section) || SECTION.complaint.test(section)) continue;
    type Kinds = { refusal: boolean; suspension: boolean };
    let list: Kinds | null = null;
    for (const p of clauseParagraphs(clause)) {
      if (docType === 'regulation' && STANDARD_CLAUSE_REF.test(p.match)) continue;
      const refusal = REFUSAL.test(p.match);
      const suspension = SUSPENSION.test(p.match);
      const kinds: Kinds | null = refusal || suspension ? { refusal, suspension } : p.marker && list ? list : null;
      if (!kinds) {
        list = null;
        continue;
      }
      if (kinds.refusal) out.refusal.push(p.text);
      if (kinds.suspension) out.suspension.push(p.text);
      out.line ??= p.line;
      if (refusal || suspension) list = /:$/u.test(p.text) ? kinds : null;
    }
  }
  return out;
}
