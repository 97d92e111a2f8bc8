import type { ServiceVersion } from '../../../../src/schemas/service.ts';
import type { ClauseSegment } from '../../types.ts';
import { clauseParagraphs } from './clause-paragraphs.ts';
import { COST_CLAUSE, COST_FREE, COST_PAID } from './service-dictionary.ts';

export interface CostFact {
  cost: NonNullable<ServiceVersion['cost']>;
  line: number;
}

/**
 * `Мемлекеттiк қызмет тегiн көрсетiледi.` (000), `... ақысыз жүзеге асырылады.` (002), `... анықтамалар
 * тегін беріледі` (003). Only a clause about the service itself counts: 003 clause 13 says the blank
 * forms are free (`бланкілері бөлімдерде тегін беріледі`), which is not the service's cost.
 */
export function parseCost(clauses: readonly ClauseSegment[]): CostFact | null {
  for (const clause of clauses) {
    const first = clauseParagraphs(clause)[0];
    if (!first || !COST_CLAUSE.test(first.match)) continue;
    const free = COST_FREE.test(first.match) ? true : COST_PAID.test(first.match) ? false : null;
    return { cost: { free, text: first.text, clause: clause.number }, line: first.line };
  }
  return null;
}
