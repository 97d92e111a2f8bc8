/**
 * What a deadline clause says about counting: working or calendar days (or days unstated), the event the
 * term runs from, the days it leaves out; each statement with the line its words start on. From those, how
 * a ready-by date is computed, or why it cannot be. Pure.
 */
import type { CountingRuleStatement, Deadline, ReadyBy } from '../../../../src/schemas/service.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { Diagnostic, SourceLine } from '../../types.ts';
import type { Paragraph } from './clause-paragraphs.ts';
import type { Figure } from './deadline-figures.ts';
import { matchText } from './match-text.ts';
import { COUNTING_CUES } from './service-dictionary.ts';

const DAY_RULE = {
  'working-day': 'working-days',
  'calendar-day': 'calendar-days',
  day: 'days-unstated',
} as const;

/** The first line of `lines` (from `from` on) where the words `cue` matches start: the tightest window. */
export function lineOfCue(cue: RegExp, lines: readonly SourceLine[], from: number): number {
  const own = lines.filter((l) => l.line >= from && l.text.trim() !== '').slice(0, 12);
  const joined = (a: number, b: number) =>
    matchText(
      own
        .slice(a, b + 1)
        .map((l) => l.text.trim())
        .join(' '),
    );
  for (let end = 0; end < own.length; end++) {
    if (!cue.test(joined(0, end))) continue;
    for (let start = end; start >= 0; start--) {
      if (cue.test(joined(start, end))) return own[start]?.line ?? from;
    }
  }
  return from;
}

/**
 * The counting rules for one figure: its unit's rule, then every cue of the paragraph and its lead-in
 * (`paragraphs`: the lead-in first, the figure's own paragraph last).
 * Figures in minutes, hours or months have none (they are not counted in days).
 */
export function countingRulesOf(
  figure: Pick<Figure, 'unit' | 'text'>,
  paragraphs: readonly Paragraph[],
  lines: readonly SourceLine[],
  file: string,
): CountingRuleStatement[] {
  const own = paragraphs.at(-1);
  if (!(figure.unit in DAY_RULE) || !own) return [];
  const unit = DAY_RULE[figure.unit as keyof typeof DAY_RULE];
  const figureCue = new RegExp(figure.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*'), 'u');
  const line = lineOfCue(figureCue, lines, own.line);
  const out: CountingRuleStatement[] = [{ rule: unit, text: figure.text, sources: [{ file, line }] }];
  for (const p of paragraphs) {
    for (const { rule, cue } of COUNTING_CUES) {
      const m = cue.exec(p.match);
      // `тапсырған кезден бастап` inside `комиссияға тапсырған кезден бастап` is the same words, not a second rule.
      if (!m || out.some((r) => r.rule === rule || (r.text !== m[0] && r.text.includes(m[0])))) continue;
      out.push({ rule, text: m[0], sources: [{ file, line: lineOfCue(cue, lines, p.line) }] });
    }
  }
  return out;
}

/** How the ready-by date of a service term counted in days is computed, or why it cannot be. */
export function readyByOf(rules: readonly CountingRuleStatement[]): ReadyBy {
  const has = (rule: CountingRuleStatement['rule']) => rules.find((r) => r.rule === rule);
  const issueDayAfterTerm = has('issue-day-not-counted') !== undefined;
  const other = has('from-other-event');
  if (other) {
    return {
      days: null,
      issueDayAfterTerm,
      reason: `the term runs from «${other.text}», an event inside the offices, not from the application`,
    };
  }
  const unstated = has('days-unstated');
  if (unstated) {
    return {
      days: null,
      issueDayAfterTerm,
      reason: `the clause says «${unstated.text}» without saying working or calendar days`,
    };
  }
  if (has('working-days')) return { days: 'working', issueDayAfterTerm, reason: null };
  if (has('calendar-days')) return { days: 'calendar', issueDayAfterTerm, reason: null };
  return { days: null, issueDayAfterTerm, reason: 'the clause states no unit of days' };
}

/** Adds the counting rules and, for a service term in days, its ready-by reading to a deadline. */
export function withCounting(d: Deadline, rules: CountingRuleStatement[]): Deadline {
  if (rules.length === 0) return d;
  return d.kind === 'service-term' ? { ...d, counting: rules, readyBy: readyByOf(rules) } : { ...d, counting: rules };
}

/**
 * Diagnostics for terms that get no ready-by date (the page shows the clause as written instead), and for
 * a deadline clause whose service term the reader could not find (002 standard 6 refers to other Rules).
 */
export function countingDiagnostics(
  versionId: string,
  deadlines: readonly Deadline[],
  clause: { line: number; text: string } | null,
  file: string,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of deadlines) {
    if (d.readyBy && d.readyBy.days === null) {
      out.push(
        diagnostic(
          'warning',
          'deadline-not-dated',
          `${versionId}: no ready-by date for «${d.raw.slice(0, 80)}»: ${d.readyBy.reason}`,
          { file, line: d.sources[0]?.line ?? null },
        ),
      );
    }
  }
  if (clause && !deadlines.some((d) => d.kind === 'service-term')) {
    out.push(
      diagnostic(
        'warning',
        'deadline-term-unread',
        `${versionId}: the deadline clause gives no term the reader can count: «${clause.text.slice(0, 120)}»`,
        { file, line: clause.line },
      ),
    );
  }
  return out;
}
