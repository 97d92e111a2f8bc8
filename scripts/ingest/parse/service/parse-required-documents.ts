import type { ServiceVersion } from '../../../../src/schemas/service.ts';
import type { ClauseSegment } from '../../types.ts';
import { clauseParagraphs } from './clause-paragraphs.ts';
import { PROCEDURE_TAIL } from './document-kinds-dictionary.ts';
import { DOCUMENTS_CLAUSE } from './service-dictionary.ts';

type Requirement = ServiceVersion['documents'][number];

/** `1) `, `12.1. ` as printed before an item; the text keeps the rest. */
const MARKER = /^(\d+(?:\.\d+)*\)|\d+\.\d+\.)\s*/u;

/**
 * The required documents, each with its sub-items. An item ending in `:` collects the unnumbered lines
 * under it until one ends in `.` (000 clause 11: `1) жеке басын куәландыратын құжаттар:` then
 * `Қазақстан азаматтары – жеке куәлiк (паспорт);` ...; 004 clause 12: `1) ... қабылдау үшін:` then the
 * list for that kind of institution). An unnumbered line ending in `:` heads the numbered items under it
 * (002's fourth standard: `Сурдотехникалық құралдармен қамтамасыз ету үшін:` then `1) ...`). Other
 * unnumbered lines are documents of their own (002 clause 12: `Оралмандар ... оралман куәлігін ұсынады.`).
 */
export function parseRequiredDocuments(clauses: readonly ClauseSegment[], file: string): Requirement[] {
  const clause = clauses.find((c) => {
    const first = clauseParagraphs(c)[0];
    // 002 clause 11 mentions `қажетті құжаттар тізбесі` among the stands; the list clause ends its lead with `:`.
    return first !== undefined && DOCUMENTS_CLAUSE.test(first.match) && /:$/u.test(first.match);
  });
  if (!clause) return [];
  // The segmenter may cut 003's `12.1.` ... `12.4.` into clauses of their own: they are this list's items.
  const subClauses = clauses.filter((c) => clause.number !== null && c.number?.startsWith(`${clause.number}.`));
  const paragraphs = [...clauseParagraphs(clause).slice(1), ...subClauses.flatMap(clauseParagraphs)];
  const out: Requirement[] = [];
  let open: Requirement | null = null;
  let group: Requirement | null = null;
  for (const p of paragraphs) {
    const text = p.text.replace(MARKER, '');
    // A sub-heading inside an open list (`мүгедектер үшін қосымша:`) opens an entry of its own: the items
    // under it are for the people it names, within the case the outer list is for.
    if (!p.marker && open && /:$/u.test(text) && open.items.length > 0) {
      const sub: Requirement = { text, items: [], within: open.within ?? open.text, sources: [{ file, line: p.line }] };
      out.push(sub);
      open = sub;
      continue;
    }
    if (!p.marker && open) {
      const tail = PROCEDURE_TAIL.exec(text);
      // `... үзінді көшірме негізінде жүзеге асырылады.`: the closing words leave the item, kept on the entry.
      const item = tail?.groups?.tail ? text.slice(0, tail.index).trim() : text;
      open.items.push(item);
      if (tail?.groups?.tail) open.closing = tail.groups.tail;
      if (/\.$/u.test(text)) open = null;
      continue;
    }
    if (p.marker && group) {
      group.items.push(text);
      open = null;
      continue;
    }
    const req: Requirement = { text, items: [], sources: [{ file, line: p.line }] };
    out.push(req);
    const heads = /:$/u.test(text);
    open = heads ? req : null;
    group = heads && !p.marker ? req : null;
  }
  return out;
}
