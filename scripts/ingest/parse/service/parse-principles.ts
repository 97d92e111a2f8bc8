import type { ClauseSegment } from '../../types.ts';
import { clauseParagraphs } from './clause-paragraphs.ts';
import { matchText } from './match-text.ts';
import { SECTION } from './service-dictionary.ts';

/**
 * Work principles from the `Жұмыс қағидаттары` section: sub-items (003, 004: `1) сыпайылық;`), or a
 * list after a colon (002: `... басты қағидаттар: адам бостандығы ...; заңдылық; сыпайылық; ...`), or
 * one sentence (000 clause 16).
 */
export function parsePrinciples(clauses: readonly ClauseSegment[]): { principles: string[]; line: number | null } {
  const clause = clauses.find((c) => SECTION.principles.test(matchText(c.section ?? '')));
  if (!clause) return { principles: [], line: null };
  const paragraphs = clauseParagraphs(clause);
  const items = paragraphs.filter((p) => p.marker).map((p) => p.text.replace(/^\S+\s*/u, '').replace(/[;.,]$/u, ''));
  if (items.length > 0) return { principles: items, line: clause.span.line };
  const text = paragraphs.map((p) => p.text).join(' ');
  const colon = text.indexOf(': ');
  const principles =
    colon > 0
      ? text
          .slice(colon + 2)
          .split(/;\s*/u)
          .map((s) => s.replace(/\.$/u, '').trim())
          .filter(Boolean)
      : [text];
  return { principles, line: clause.span.line };
}
