/**
 * A source reference as a person reads it: the act's short name, the clause or appendix, and the line
 * (`Қарағанды облысы әкімдігі, 2008 ж. № 32/08, 7-тармақ, 4256-жол`). File names stay in the open data.
 */
import { type Lang, ui } from '../../i18n/index.ts';
import type { Act } from '../../schemas/act.ts';
import type { Service } from '../../schemas/service.ts';

interface ClauseStart {
  line: number;
  number: string;
}

/** Clause starts per source file, sorted by line: the clause of a line is the last one starting at or above it. */
export type ClauseIndex = ReadonlyMap<string, readonly ClauseStart[]>;

export function buildClauseIndex(services: readonly Service[]): ClauseIndex {
  const byFile = new Map<string, ClauseStart[]>();
  for (const v of services.flatMap((s) => s.versions)) {
    for (const c of v.clauses) {
      const src = c.sources[0];
      if (!src || !c.number) continue;
      const list = byFile.get(src.file) ?? [];
      list.push({ line: src.line, number: c.number });
      byFile.set(src.file, list);
    }
  }
  for (const list of byFile.values()) list.sort((a, b) => a.line - b.line);
  return byFile;
}

function clauseAt(index: ClauseIndex, file: string, line: number): string | null {
  let found: string | null = null;
  for (const c of index.get(file) ?? []) {
    if (c.line > line) break;
    found = c.number;
  }
  return found;
}

/** `2012-349-1/3` -> `3`. */
function appendixNumber(appendix: string): string | null {
  return /\/(\d+)$/.exec(appendix)?.[1] ?? null;
}

/**
 * Russian labels name the act by year and number only (`акт 2008 г. № 32/08, пункт 7, строка 4256`): the
 * issuer is Kazakh data, and the label is also a link's aria-label, which cannot mark part of itself `kk`.
 */
export function sourceLabel(
  ref: { file: string; line: number; appendix?: string },
  acts: readonly Act[],
  clauses: ClauseIndex,
  lang: Lang = 'kk',
): string {
  const t = ui(lang);
  const act = acts.find((a) => a.file === ref.file);
  const appendix = ref.appendix ? appendixNumber(ref.appendix) : null;
  const clause = ref.appendix ? null : clauseAt(clauses, ref.file, ref.line);
  const place = appendix ? t['source.appendix'](appendix) : clause ? t['source.clause'](clause) : null;
  const actPart = act ? t['source.actRef'](act.issuer, act.date.slice(0, 4), act.number) : t['source.act'];
  return [actPart, place, t['source.line'](ref.line)].filter(Boolean).join(', ');
}

/** The short link text beside a fact: its clause (`11-тармақ`, `пункт 11`), else its line. */
export function shortSourceLabel(ref: { file: string; line: number }, clauses: ClauseIndex, lang: Lang = 'kk'): string {
  const t = ui(lang);
  const clause = clauseAt(clauses, ref.file, ref.line);
  return clause ? t['source.clause'](clause) : t['source.line'](ref.line);
}
