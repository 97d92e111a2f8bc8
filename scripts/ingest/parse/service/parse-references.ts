import type { ServiceVersion } from '../../../../src/schemas/service.ts';
import type { Flag } from '../../../../src/schemas/source.ts';
import type { ClauseSegment } from '../../types.ts';
import { clauseBody, clauseParagraphs } from './clause-paragraphs.ts';
import { matchText } from './match-text.ts';
import { STANDARD_CLAUSE_REF } from './service-dictionary.ts';

type Reference = ServiceVersion['references'][number];
export type CitedStandard = NonNullable<Reference['standard']>;

/** Which fact a `Стандарттың N тармағы` reference stands for, by the words around it. */
const FIELDS: readonly { field: string; cue: RegExp }[] = [
  // `... толық ақпарат ... Стандарттың 9, 10 тармақтарында` names documents too, so it is tested first.
  { field: 'information', cue: /толық ақпарат|тармақтар/u },
  { field: 'deadlines', cue: /мерзім/u },
  { field: 'refusalGrounds', cue: /ұсынылмайды|келісім бермеу/u },
  { field: 'documents', cue: /құжат/u },
];

/** The last quoted name followed by `мемлекеттік қызмет ...`: the standard the regulation follows. */
const QUOTED_SERVICE = /["«]([^"«»]{10,300})["»]\s*мемлекеттік\s+қызмет/gu;
/** `№ 394` that the text extraction moved into the quoted name (`"Мүгедектердің№ 394 қоларбалар ...`). */
const DISPLACED_NUMBER = /\s*№\s*(\d+)\s*/u;

/**
 * The standard a regulation cites in its clause `(бұдан соң – Стандарт)`: its name, the year and number
 * of the act that approved it (`Үкіметінің 2011 жылғы 7 сәуірдегі қаулысымен ... № 394`).
 */
export function citedStandard(clauses: readonly ClauseSegment[]): (CitedStandard & { line: number }) | null {
  for (const clause of clauses) {
    const body = clauseBody(clause);
    if (!/бұдан соң\s*[–-]\s*стандарт|стандартына сәйкес/u.test(matchText(body))) continue;
    const quoted = [...body.matchAll(QUOTED_SERVICE)].at(-1);
    if (!quoted?.[1]) continue;
    const before = body.slice(0, quoted.index);
    const inside = DISPLACED_NUMBER.exec(quoted[1]);
    // A number before the name counts only if no later date intervenes (001's seventh regulation cites
    // `бұйрығының ... № 1092 ... Ережесіне және ... Үкіметінің 2012 жылғы 17 тамыздағы ... "18 жасқа ...`).
    const lastNumber = [...before.matchAll(/№\s*(\d+)/gu)].at(-1);
    const dateAfter = lastNumber
      ? /\d{4}\s+жыл/u.test(before.slice((lastNumber.index ?? 0) + lastNumber[0].length))
      : true;
    const number = inside?.[1] ?? (dateAfter ? null : (lastNumber?.[1] ?? null));
    const year = [...before.matchAll(/(\d{4})\s+жыл/gu)].at(-1)?.[1] ?? null;
    const name = quoted[1].replace(DISPLACED_NUMBER, ' ').replace(/\s+/gu, ' ').trim();
    return { name, year, number, line: clause.span.line };
  }
  return null;
}

/** Names compared without case, quotes, homoglyphs and spacing. */
export function sameName(a: string, b: string): boolean {
  const key = (s: string) =>
    matchText(s)
      .replace(/[«»"“”„]/gu, '')
      .replace(/\s+/gu, ' ')
      .trim();
  return key(a) === key(b);
}

/**
 * A regulation's pointers to its standard (`Мемлекеттік қызмет көрсетудің мерзімдері Стандарттың 7
 * тармағында көрсетілген`), unresolved: resolve-references.ts decides whether the standard is among the
 * sources. A regulation citing a standard of another service is flagged, the citation kept.
 */
export function parseReferences(
  clauses: readonly ClauseSegment[],
  docName: string,
  file: string,
): { references: Reference[]; flags: Flag[] } {
  const standard = citedStandard(clauses);
  const references: Reference[] = [];
  for (const clause of clauses) {
    for (const p of clauseParagraphs(clause)) {
      const m = STANDARD_CLAUSE_REF.exec(p.match);
      if (!m) continue;
      const field = FIELDS.find((f) => f.cue.test(p.match))?.field ?? 'other';
      references.push({
        field,
        text: p.text,
        clause: (m[2] ?? '').replace(/\s+/gu, ''),
        resolvedTo: null,
        note: 'not resolved yet',
        standard: standard ? { name: standard.name, year: standard.year, number: standard.number } : null,
        sources: [{ file, line: p.line }],
      });
    }
  }
  const flags: Flag[] =
    standard && references.length > 0 && !sameName(standard.name, docName)
      ? [
          {
            code: 'wrong-standard-cited',
            message: `the regulation for «${docName}» cites the standard «${standard.name}» of another service`,
            sources: [{ file, line: standard.line }],
          },
        ]
      : [];
  return { references, flags };
}
