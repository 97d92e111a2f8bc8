/**
 * One fact (what the person gets, who may apply, the cost) across the versions that apply in a place:
 * one reading when the acts agree, each act's reading when they disagree, never one silently chosen.
 */
import { type Lang, ui } from '../../i18n/index.ts';
import type { ServiceVersion } from '../../schemas/service.ts';
import type { SourceRef } from '../../schemas/source.ts';
import { data, plainText, type RichText } from '../rich-text.ts';

export interface FactReading {
  /** The fact as the act writes it (data), or the site's word for it (`Тегін`). */
  text: RichText;
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

/**
 * Each distinct reading of a fact across versions. `cite` gives the fact's own clause where the data holds
 * it (the cost clause): the site's word `Тегін` is in no clause, so searching the clauses for it found a
 * previous standard's approval stamp (002 line 3136) instead of clause 8.
 */
export function factReadings(
  versions: readonly ServiceVersion[],
  pick: (v: ServiceVersion) => RichText | null,
  cite?: (v: ServiceVersion) => SourceRef[] | undefined,
): FactReading[] {
  const out: FactReading[] = [];
  for (const v of versions) {
    const text = pick(v);
    if (!text) continue;
    const plain = squash(plainText(text));
    const same = out.find((r) => squash(plainText(r.text)) === plain);
    if (same) same.versions.push(v);
    else out.push({ text, versions: [v], sources: cite?.(v) ?? clauseSources(v, plainText(text)) });
  }
  return out;
}

/** A fact written in the act, as data: `null` when the act leaves it out. */
export function writtenFact(text: string | null | undefined): RichText | null {
  return text ? [data(text)] : null;
}

/** The cost: the site's word for free (`Тегін`, `Бесплатно`), else the act's text. */
export function costText(v: ServiceVersion, lang: Lang): RichText | null {
  if (!v.cost) return null;
  return v.cost.free === true ? [ui(lang)['service.free']] : [data(v.cost.text)];
}

/** The cost clause's own line (the ingest's `cost.sources`), for `factReadings`' `cite`. */
export function costSources(v: ServiceVersion): SourceRef[] | undefined {
  return v.cost?.sources;
}
