import type { ClauseSegment } from '../../types.ts';
import { clauseBody, clauseParagraphs } from './clause-paragraphs.ts';
import { matchText } from './match-text.ts';
import { SECTION } from './service-dictionary.ts';

export type TextField = 'provider' | 'legalBasis' | 'result' | 'recipients' | 'schedule' | 'placeConditions';

export interface TextFact {
  text: string;
  line: number;
}

interface Rule {
  field: TextField;
  /** Tested on the match text of the clause's first paragraph, or of the whole clause (`body`). */
  test: (m: string) => boolean;
  body?: true;
}

const RECIPIENTS =
  /(азаматтар(ға|ына)|тұлғаларға|адамдарға|оралмандарға|мүгедектерге|отбасыларға|балаларға|тұтынушылар\)|санаттары)/u;

/**
 * One clause per fact, the first that matches, in the order the model standard puts them. Each rule
 * quotes the surface forms it was written against.
 */
const RULES: readonly Rule[] = [
  // `... бөлімдері (бұдан әрі – Бөлімдер) ұсынады` (002), `... уәкілетті органдар тарапынан көрсетіледі` (001),
  // 002's third standard: `Осы мемлекеттік қызметті ... бөлімдері (бұдан әрі – Бөлімдер).` with no verb.
  {
    field: 'provider',
    test: (m) =>
      /бөлім|орган|әкім/u.test(m) &&
      /бұдан әрі\s*[–-]\s*бөлімдер|ұсынады|көрсетеді|тарапынан|бөлімдерімен/u.test(m) &&
      !/нысаны|түрі:|тегін|ақысыз|заң|нәтиже|мерзім/u.test(m),
    body: true,
  },
  // `Мемлекеттiк қызмет «Халықты жұмыспен қамту туралы» ... Заңының 8-бабына сәйкес көрсетiледi` (000)
  { field: 'legalBasis', test: (m) => /^(осы )?мемлекеттік қызмет[:\s]/u.test(m) && /заң/u.test(m) },
  // `... нәтижесi ... анықтама беру` (000), `Мемлекеттік қызметті аяқтау нысаны` (002), `аяқталу нысаны` (003)
  {
    field: 'result',
    test: (m) => /нәтижесі|нәтижелері бойынша|аяқтау нысаны|аяқталу нысаны/u.test(m) && !/сапа|көрсеткіш/u.test(m),
  },
  // `Мемлекеттiк қызмет Қазақстан Республикасының азаматтарына, оралмандарға ... көрсетiледi` (000),
  // `Әлеуметтік көмекті алуға құқылы азаматтар санаттары ... белгіленеді` (002)
  {
    field: 'recipients',
    test: (m) =>
      RECIPIENTS.test(m) &&
      /көрсетіл|берілед|белгілен|құқылы/u.test(m) &&
      !/кезеңдері/u.test(m) &&
      !/заң(ының|ына|ы\s)|тарапынан|бұдан әрі\s*[–-]\s*бөлімдер/u.test(m),
    body: true,
  },
  // `Уәкiлеттi органның жұмыс кестесi: ...` (000), `... сағат 9.00-ден 18.00-ге дейін ұсынылады` (002)
  { field: 'schedule', test: (m) => /жұмыс кестесі|\d{1,2}[.:-]\d{2}-?(ден|дан|нан|ге)/u.test(m), body: true },
  // `Күту залында отыруға арналған орындар` (000), `жеке кабинеттер ... пандустар` (002)
  {
    field: 'placeConditions',
    test: (m) => /күту зал|пандус|орындықтар|кабинеттер/u.test(m) && !/жұмыс кестесі/u.test(m),
    body: true,
  },
];

/** Sections whose clauses never state these facts (complaints, contacts, results). */
function eligible(clause: ClauseSegment): boolean {
  const section = matchText(clause.section ?? '');
  return !SECTION.complaint.test(section) && !SECTION.contacts.test(section) && !SECTION.results.test(section);
}

/** The general facts of a document, each from the first clause that states it. */
export function parseTextFacts(clauses: readonly ClauseSegment[]): Record<TextField, TextFact | null> {
  const out: Record<TextField, TextFact | null> = {
    provider: null,
    legalBasis: null,
    result: null,
    recipients: null,
    schedule: null,
    placeConditions: null,
  };
  const used = new Set<ClauseSegment>();
  for (const rule of RULES) {
    const clause = clauses.find((c) => {
      if (used.has(c) || !eligible(c)) return false;
      return rule.test(rule.body ? matchText(clauseBody(c)) : (clauseParagraphs(c)[0]?.match ?? ''));
    });
    if (!clause) continue;
    used.add(clause);
    out[rule.field] = { text: clauseBody(clause), line: clause.span.line };
  }
  return out;
}
