/**
 * A source reference as a person reads it: the act's short name, the clause or appendix, and the line
 * (`Қарағанды облысы әкімдігі, 2008 ж. № 32/08, 7-тармақ, 4256-жол`). File names stay in the open data.
 */
import type { Act } from '../schemas/act.ts';
import type { Service } from '../schemas/service.ts';
import { actLabel } from './source-link.ts';

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

/** `2012-349-1/3` -> `3-қосымша`. */
function appendixLabel(appendix: string): string | null {
  const n = /\/(\d+)$/.exec(appendix)?.[1];
  return n ? `${n}-қосымша` : null;
}

export function sourceLabel(
  ref: { file: string; line: number; appendix?: string },
  acts: readonly Act[],
  clauses: ClauseIndex,
): string {
  const act = acts.find((a) => a.file === ref.file);
  const where = ref.appendix ? appendixLabel(ref.appendix) : clauseAt(clauses, ref.file, ref.line);
  const place = where && !ref.appendix ? `${where}-тармақ` : where;
  return [act ? actLabel(act) : 'акт', place, `${ref.line}-жол`].filter(Boolean).join(', ');
}

const fileRef = /(\d{3}_[0-9a-f]{16}\.txt):(\d+)/g;

/**
 * Ingest notes cite rows as `000_8780a4b2e90bbbe3.txt:194`; on a page that reads as the act and line.
 */
export function humaniseFileRefs(text: string, acts: readonly Act[]): string {
  return text.replace(fileRef, (_, file: string, line: string) => {
    const act = acts.find((a) => a.file === file);
    return act ? `${actLabel(act)}, ${line}-жол` : `${line}-жол`;
  });
}

/** The short link text beside a fact: its clause (`11-тармақ`), else its line. */
export function shortSourceLabel(ref: { file: string; line: number }, clauses: ClauseIndex): string {
  const clause = clauseAt(clauses, ref.file, ref.line);
  return clause ? `${clause}-тармақ` : `${ref.line}-жол`;
}

/** Where no act list is at hand (embeds): the file reference is dropped, the quoted number stays. */
export function stripFileRefs(text: string): string {
  return text.replace(/,?\s*\d{3}_[0-9a-f]{16}\.txt:\d+/g, '');
}
