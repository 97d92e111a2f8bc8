import type { ServiceVersion } from '../../../../src/schemas/service.ts';
import type { AppendixSegment, ClauseSegment } from '../../types.ts';
import { clauseParagraphs } from './clause-paragraphs.ts';
import { findFigures } from './deadline-figures.ts';
import { matchText } from './match-text.ts';
import { ACTORS, PROCESS_APPENDIX, STAGE_LIMIT, STAGES_HEAD } from './service-dictionary.ts';

type Step = ServiceVersion['procedure'][number];

export interface Procedure {
  steps: Step[];
  /** Appendices holding stage tables or diagrams, to claim. */
  tables: number[];
  /** Limits read from the stage table, in order, and whether they were matched to the body's steps. */
  limits: string[];
  limitsMatched: boolean;
}

export function isProcessAppendix(appendix: AppendixSegment): boolean {
  const head = [appendix.title, ...appendix.lines.slice(0, 3).map((l) => l.text)].join(' ');
  return PROCESS_APPENDIX.test(matchText(head));
}

/**
 * `Орындау мерзімі 15 минут 30 минут 1 күнтізбелік` / `күн` (001 appendix 4): the stage table lost its
 * columns in the text, but its limits survive in order after each `Орындау мерзімі` label.
 */
export function stageLimits(appendix: AppendixSegment): string[] {
  const text = matchText(appendix.lines.map((l) => l.text).join(' '));
  return text
    .split(STAGE_LIMIT)
    .slice(1)
    .flatMap((part) => findFigures(part.split(/аяқталу|келесі|қфб/u)[0] ?? '').map((f) => f.text));
}

/**
 * The stages of a regulation from the body clause `... мемлекеттік қызмет көрсетудің кезеңдері:`, with
 * the actor that opens each item (`уәкілетті органның басшысы құжаттарды қарап ...`). 001's seventh
 * regulation lists a second channel in the same clause (`... ХҚКО арқылы ... кезеңдері:`); its steps follow.
 */
function bodySteps(clauses: readonly ClauseSegment[], file: string): { steps: Step[]; firstGroup: number } {
  const steps: Step[] = [];
  let firstGroup = 0;
  let groups = 0;
  for (const clause of clauses) {
    let inGroup = false;
    for (const p of clauseParagraphs(clause)) {
      if (STAGES_HEAD.test(p.match)) {
        inGroup = true;
        groups += 1;
        continue;
      }
      if (!inGroup) continue;
      const body = p.text.replace(/^\d+\s*\)\s*/u, '');
      const last = steps.at(-1);
      if (!p.marker) {
        if (last) last.action = `${last.action} ${body}`;
        continue;
      }
      const lower = matchText(body);
      const actor = ACTORS.map((a) => a.exec(lower)?.[0]).find(Boolean) ?? null;
      steps.push({ step: steps.length + 1, actor, action: body, limit: null, sources: [{ file, line: p.line }] });
      if (groups === 1) firstGroup += 1;
    }
  }
  return { steps, firstGroup };
}

export function parseProcedure(
  clauses: readonly ClauseSegment[],
  appendices: readonly AppendixSegment[],
  file: string,
): Procedure {
  const { steps, firstGroup } = bodySteps(clauses, file);
  const processAppendices = appendices.filter(isProcessAppendix);
  const limits = processAppendices.map(stageLimits).find((l) => l.length > 0) ?? [];
  // Matched by order only when the table has exactly one limit per stage of the first channel.
  const limitsMatched = limits.length > 0 && limits.length === firstGroup;
  if (limitsMatched) {
    limits.forEach((limit, i) => {
      const step = steps[i];
      if (step) step.limit = limit;
    });
  }
  return { steps, tables: processAppendices.map((a) => a.number), limits, limitsMatched };
}
