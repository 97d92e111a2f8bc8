/**
 * One fact (what the person gets, who may apply, the cost) across the versions that apply in a place:
 * one reading when the acts agree, each act's reading when they disagree, never one silently chosen.
 */

import type { ServiceVersion } from '../schemas/service.ts';
import type { SourceRef } from '../schemas/source.ts';

export interface FactReading {
  text: string;
  versions: ServiceVersion[];
  /** The clause the text is read from (else the start of the version's document). */
  sources: SourceRef[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The clause whose text holds the value: facts carry no line of their own. */
export function clauseSources(version: ServiceVersion, text: string): SourceRef[] {
  const probe = squash(text).slice(0, 60);
  const clause = version.clauses.find((c) => squash(c.text).includes(probe));
  return clause?.sources ?? version.sources;
}

export function factReadings(
  versions: readonly ServiceVersion[],
  pick: (v: ServiceVersion) => string | null,
): FactReading[] {
  const out: FactReading[] = [];
  for (const v of versions) {
    const text = pick(v);
    if (!text) continue;
    const same = out.find((r) => squash(r.text) === squash(text));
    if (same) same.versions.push(v);
    else out.push({ text, versions: [v], sources: clauseSources(v, text) });
  }
  return out;
}

export function costText(v: ServiceVersion): string | null {
  if (!v.cost) return null;
  return v.cost.free === true ? 'Тегін' : v.cost.text;
}
