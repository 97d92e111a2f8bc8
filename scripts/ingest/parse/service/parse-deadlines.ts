import type { Deadline } from '../../../../src/schemas/service.ts';
import type { ClauseSegment, DocumentSegment } from '../../types.ts';
import { clauseParagraphs, type Paragraph } from './clause-paragraphs.ts';
import { countingRulesOf, withCounting } from './counting-rules.ts';
import { findFigures } from './deadline-figures.ts';
import {
  CHANNEL_CUES,
  DEADLINE_CLAUSE,
  DEADLINE_KINDS,
  DEADLINE_LABELS,
  LIMIT_CUE,
  SECTION,
} from './service-dictionary.ts';

type Channel = Deadline['channel'];
type Kind = Deadline['kind'];

/** The sentence of `match` around offset `index` (`20 күннен аспайтын мерзімде көрсетіледі. Қосымша ...`). */
function sentenceAt(match: string, index: number): string {
  const start = match.lastIndexOf('. ', index) + 1;
  const end = match.indexOf('. ', index);
  return match.slice(start, end < 0 ? undefined : end);
}

function kindOf(sentence: string): Kind | null {
  return DEADLINE_KINDS.find((k) => k.cue.test(sentence))?.kind ?? null;
}

function channelOf(p: Paragraph): Channel | null {
  if (CHANNEL_CUES['public-service-centre'].test(p.match)) return 'public-service-centre';
  if (CHANNEL_CUES.authority.test(p.match)) return 'authority';
  return null;
}

/**
 * `тұрғылықты жері бойынша Бөлімге өтініш білдіргенде - 10 күнтізбелік күн;` (002 clause 7): the words
 * before the dash say which case the figure is for, so they go into the label.
 */
function conditionOf(p: Paragraph): string | null {
  if (p.marker) return null;
  const m = /^(.{8,160}?)\s[-–]\s/u.exec(p.text);
  return m?.[1] ?? null;
}

/** Where a figure stands: its clause, and the lead-in paragraph (ending in `:`) it is an item of. */
interface Context {
  clause: ClauseSegment;
  leadIn: Paragraph | null;
  /** Figures outside the deadline clause are `other` limits, whatever their sentence says. */
  kind?: Kind;
}

function figuresOf(p: Paragraph, file: string, channel: Channel, fallback: Kind | null, at: Context): Deadline[] {
  return findFigures(p.match).map((f) => {
    const kind = at.kind ?? kindOf(sentenceAt(p.match, f.index)) ?? fallback ?? 'other';
    const condition = conditionOf(p);
    const label = condition ? `${DEADLINE_LABELS[kind]} (${condition})` : DEADLINE_LABELS[kind];
    const deadline: Deadline = {
      label,
      channel,
      kind,
      value: f.value,
      unit: f.unit,
      raw: p.text,
      clause: at.clause.number,
      sources: [{ file, line: p.line }],
    };
    const paragraphs = at.leadIn && at.leadIn !== p ? [at.leadIn, p] : [p];
    return withCounting(deadline, countingRulesOf(f, paragraphs, at.clause.lines, file));
  });
}

/**
 * The deadline clause (000 and the standards' clause 7), paragraph by paragraph. 000 states two channels:
 * `Уәкiлеттi органға өтiнiш бiлдiрген жағдайда:` then `Орталыққа барған кезде ...: үш жұмыс күнi`;
 * a channel heading ending in `:` holds for the numbered items under it.
 */
function fromDeadlineClause(clause: ClauseSegment, file: string): Deadline[] {
  const out: Deadline[] = [];
  let channel: Channel = 'any';
  let lastKind: Kind | null = null;
  let leadIn: Paragraph | null = null;
  for (const p of clauseParagraphs(clause)) {
    const own = p.marker ? null : channelOf(p);
    if (own && /:$/.test(p.text)) channel = own;
    // An item `1) ... мерзімі:` leads the unnumbered lines under it; the next numbered item ends it.
    if (/:$/.test(p.text)) leadIn = p;
    else if (p.marker) leadIn = null;
    const found = figuresOf(p, file, own ?? channel, p.marker ? null : lastKind, { clause, leadIn });
    if (p.marker) lastKind = found[0]?.kind ?? kindOf(p.match);
    out.push(...found);
  }
  return out;
}

/** Limits stated elsewhere (004 clause 5: `10 жұмыс күнінің ішінде ... жолдамасын беруді жүргізеді`). */
function fromOtherClauses(clauses: ClauseSegment[], file: string): Deadline[] {
  const out: Deadline[] = [];
  for (const clause of clauses) {
    const section = clause.section?.toLocaleLowerCase('kk') ?? '';
    if (SECTION.complaint.test(section) || SECTION.contacts.test(section)) continue;
    for (const p of clauseParagraphs(clause)) {
      if (LIMIT_CUE.test(p.match))
        out.push(...figuresOf(p, file, 'any', null, { clause, leadIn: null, kind: 'other' }));
    }
  }
  return out;
}

/** The clause that states the service's terms (`7. Мемлекеттік қызмет көрсету мерзімдері:`), if any. */
export function deadlineClause(clauses: readonly ClauseSegment[]): ClauseSegment | undefined {
  return clauses.find((c) => {
    const first = clauseParagraphs(c)[0];
    return first !== undefined && DEADLINE_CLAUSE.test(first.match);
  });
}

/** Every deadline figure of a document, with its unit, meaning, channel, counting rules and source line. */
export function parseDeadlines(doc: Pick<DocumentSegment, 'file' | 'clauses'>): Deadline[] {
  const main = deadlineClause(doc.clauses);
  const rest = doc.clauses.filter((c) => c !== main);
  return [...(main ? fromDeadlineClause(main, doc.file) : []), ...fromOtherClauses(rest, doc.file)];
}
