/**
 * The answer layer in front of Pagefind: what a query names (a service, a life situation, an office kind,
 * a place, today's name of a place) and the answer pages it leads to. A service and a place lead to that
 * service x district answer (a region: the service's answers in its districts); a place alone to its page;
 * a service or situation alone to its page; an ambiguous place to each, labelled by region. Pure and
 * browser-safe: the page script only lays the answers out.
 */
import type { AnswerIndex } from './answer-index-types.ts';
import { matchTerms, nearestTerms, type TermMatch, wordCost } from './answer-scoring.ts';
import type { AnswerTerms, EntityType, Term } from './answer-terms.ts';
import type { KindHint } from './answer-words.ts';
import { splitWords } from './answer-words.ts';

export type AnswerLang = 'kk' | 'ru';

export type AnswerKind = 'service-district' | 'place' | 'service' | 'situation' | 'not-covered' | 'nearest';

export interface Answer {
  kind: AnswerKind;
  /** The page, without a language prefix (`/services/x/y/`); the page script adds `/ru`. */
  href: string;
  /** The link text, in the page's language where a reviewed name exists. */
  title: string;
  /** Why it matched: the names recognised in the query (`Еңбекшіқазақ ауданы · жұмыссыздарға анықтама`). */
  why: string;
}

/** Longest query read; the rest (a pasted paragraph) is Pagefind's. */
const MAX_WORDS = 12;
const MAX_ANSWERS = 24;
const NEED_ORDER: Readonly<Record<EntityType, number>> = { service: 0, situation: 1, kind: 2, place: 3, today: 3 };

interface EntityMatch {
  type: EntityType;
  row: number;
  score: number;
  used: number[];
  term: Term;
  /** Position of the term: on a tie the first name of an entity (its name, not a case form) is said. */
  termId: number;
}

function entities(terms: AnswerTerms, matches: readonly TermMatch[]): EntityMatch[] {
  const best = new Map<string, EntityMatch>();
  for (const m of matches) {
    const term = terms.terms[m.term];
    if (!term) continue;
    const key = `${term.type}:${term.row}`;
    const seen = best.get(key);
    if (!seen || m.score > seen.score || (m.score === seen.score && m.term < seen.termId)) {
      best.set(key, { type: term.type, row: term.row, score: m.score, used: m.used, term, termId: m.term });
    }
  }
  return [...best.values()];
}

const overlaps = (a: readonly number[], b: readonly number[]) => a.some((x) => b.includes(x));

/** Whether the query's words, leaving out those at `taken`, name every word of `term`. */
function namedBy(term: Term, words: readonly string[], taken: readonly number[]): boolean {
  const free = words.filter((_, i) => !taken.includes(i));
  return term.words.every((w) => free.some((q) => wordCost(q, w) !== null));
}

export function placeHref(index: AnswerIndex, row: number): string | null {
  const place = index.places[row];
  if (!place) return null;
  const [, kind, parent, id] = place;
  if (!id) return parent >= 0 ? placeHref(index, parent) : null;
  return kind === 0 || parent < 0 ? `/regions/${id}/` : `/districts/${id}/`;
}

/** The district (or region) row whose page stands for a place: a village's district. */
function pagedRow(index: AnswerIndex, row: number): number {
  let r = row;
  for (let i = 0; i < 6; i++) {
    const p = index.places[r];
    if (!p || p[3] || p[2] < 0) return r;
    r = p[2];
  }
  return r;
}

function ancestors(index: AnswerIndex, row: number): number[] {
  const out: number[] = [];
  for (let r = index.places[row]?.[2] ?? -1; r >= 0 && out.length < 6; r = index.places[r]?.[2] ?? -1) out.push(r);
  return out;
}

export function placeName(index: AnswerIndex, row: number, lang: AnswerLang): string {
  const p = index.places[row];
  if (!p) return '';
  return lang === 'ru' && p[4] ? p[4] : p[0];
}

/** `Абай ауданы (Қарағанды облысы)`: a place labelled by what it lies in. */
function labelled(index: AnswerIndex, row: number, lang: AnswerLang): string {
  const parent = index.places[row]?.[2] ?? -1;
  return parent >= 0
    ? `${placeName(index, row, lang)} (${placeName(index, parent, lang)})`
    : placeName(index, row, lang);
}

export function serviceName(index: AnswerIndex, row: number, lang: AnswerLang): string {
  const s = index.services[row];
  if (!s) return '';
  return lang === 'ru' && s[2] ? s[2] : s[1];
}

export function shortServiceName(index: AnswerIndex, row: number, lang: AnswerLang): string {
  const s = index.services[row];
  if (!s) return '';
  return lang === 'ru' ? s[4] : s[3];
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const KIND_RANK: Readonly<Record<number, number>> = { 2: 0, 1: 0, 0: 2, 3: 3, 4: 3 };

/** Order among equally good places: a district or city, then today's name, a region, a village. */
function placeRank(index: AnswerIndex, e: EntityMatch, hints: readonly KindHint[]): number {
  const hinted = e.term.hint !== null && hints.includes(e.term.hint) ? -10 : 0;
  if (e.type === 'today') return hinted + 1;
  const place = index.places[e.row];
  // Astana and Almaty are cities with no region above them: ranked as regions (their districts come first).
  if (place && place[2] < 0) return hinted + 2;
  return hinted + (KIND_RANK[place?.[1] ?? 4] ?? 3);
}

/** The places an answer lands on: district rows for a district, a village, a region (its districts), today's name. */
function districtRows(index: AnswerIndex, place: EntityMatch): number[] {
  if (place.type === 'today') {
    return (index.today[place.row]?.[3] ?? []).flatMap((r) => districtRows(index, { ...place, type: 'place', row: r }));
  }
  const row = pagedRow(index, place.row);
  const p = index.places[row];
  if (!p) return [];
  if (p[1] !== 0 && p[2] >= 0) return [row];
  // A region or a city of republican significance: every district under it.
  return index.places.flatMap((q, i) => (q[2] === row && q[3] ? [i] : []));
}

interface Picked {
  need: EntityMatch | null;
  alsoNeeds: EntityMatch[];
  places: EntityMatch[];
  hints: KindHint[];
}

function pick(terms: AnswerTerms, query: string): Picked | null {
  const { core, hints } = splitWords(query.slice(0, 300));
  const words = core.slice(0, MAX_WORDS);
  if (!words.length) return null;
  const all = entities(terms, matchTerms(terms, words, hints));
  const index = terms.index;
  const needs = all
    .filter((e) => e.type === 'service' || e.type === 'situation' || e.type === 'kind')
    .sort((a, b) => b.score - a.score || NEED_ORDER[a.type] - NEED_ORDER[b.type]);
  const need = needs[0] ?? null;
  const alsoNeeds = need
    ? needs.filter((e) => e !== need && e.used.join() === need.used.join() && e.score >= need.score - 0.01)
    : [];
  let places = all.filter((e) => (e.type === 'place' || e.type === 'today') && !(need && overlaps(e.used, need.used)));
  // A place named with what it lies in (`Абай ауданы Қарағанды облысы`, `Жамбыл ауданы Жамбыл облысы`)
  // counts both, when the words left by the one name the other.
  places = places.map((e) => {
    if (e.type !== 'place') return e;
    const up = ancestors(index, e.row);
    const within = places.find((o) => o.type === 'place' && up.includes(o.row) && namedBy(o.term, words, e.used));
    return within ? { ...e, score: e.score + within.score, used: [...new Set([...e.used, ...within.used])] } : e;
  });
  const top = Math.max(...places.map((e) => e.score), Number.NEGATIVE_INFINITY);
  // A need that took more of the query than any place is the answer alone (`Семей полигоны` is no city).
  places = places.filter((e) => e.score >= top - 0.01);
  const byRank = (a: EntityMatch, b: EntityMatch) => placeRank(index, a, hints) - placeRank(index, b, hints);
  places.sort(byRank);
  // A village the acts place under its region (`Осакаровка` of 002) beside the same village in its district:
  // the district's page only.
  const districtsFound = new Set(
    places.map((e) => pagedRow(index, e.row)).filter((r) => (index.places[r]?.[1] ?? 0) !== 0),
  );
  places = places.filter((e) => {
    if (e.type !== 'place' || (index.places[e.row]?.[1] ?? 0) < 3) return true;
    const target = pagedRow(index, e.row);
    return !(index.places[target]?.[1] === 0 && [...districtsFound].some((d) => index.places[d]?.[2] === target));
  });
  // Villages only when no district, city, region or today's name was named as well.
  if (places.some((e) => e.type === 'today' || (index.places[e.row]?.[1] ?? 4) < 3)) {
    places = places.filter((e) => e.type === 'today' || (index.places[e.row]?.[1] ?? 4) < 3);
  }
  if (need && places.length && need.score < 1) return { need: null, alsoNeeds: [], places, hints };
  return { need, alsoNeeds, places, hints };
}

export interface AnswerUi {
  /** `{service}: no act applies in {place}` in the page's language. */
  notCovered: string;
}

function todayWhy(index: AnswerIndex, e: EntityMatch, row: number, lang: AnswerLang): string {
  return `${e.term.name} → ${labelled(index, row, lang)}`;
}

export function answer(terms: AnswerTerms, query: string, lang: AnswerLang, ui: AnswerUi): Answer[] {
  const index = terms.index;
  const picked = pick(terms, query);
  if (!picked) return [];
  const { need, alsoNeeds, places } = picked;
  const out: Answer[] = [];
  const notCovered: Answer[] = [];
  const seen = new Set<string>();
  const push = (a: Answer) => {
    if (seen.has(a.href) || out.length >= MAX_ANSWERS) return;
    seen.add(a.href);
    out.push(a);
  };
  const placeWhy = (e: EntityMatch, row: number) => (e.type === 'today' ? todayWhy(index, e, row, lang) : e.term.name);

  const serviceAnswers = (serviceRow: number, needWhy: string) => {
    const s = index.services[serviceRow];
    if (!s) return;
    for (const p of places) {
      const rows = districtRows(index, p);
      const applying = rows.filter((r) => s[6].includes(r));
      for (const r of applying) {
        push({
          kind: 'service-district',
          href: `/services/${s[0]}/${index.places[r]?.[3]}/`,
          // The everyday short name: a region's answers repeat it once per district, and a phone shows it whole.
          title: `${capitalised(shortServiceName(index, serviceRow, lang))} — ${labelled(index, r, lang)}`,
          why: `${placeWhy(p, r)} · ${needWhy}`,
        });
      }
      if (!applying.length && rows.length) {
        const at = pagedRow(index, p.type === 'today' ? (rows[0] ?? p.row) : p.row);
        notCovered.push({
          kind: 'not-covered',
          href: `/services/${s[0]}/`,
          title: ui.notCovered
            .replace('{service}', serviceName(index, serviceRow, lang))
            .replace('{place}', labelled(index, at, lang)),
          why: `${p.term.name} · ${needWhy}`,
        });
      }
    }
  };

  if (need?.type === 'service' && places.length) {
    serviceAnswers(need.row, need.term.name);
  } else if (need?.type === 'situation' && places.length) {
    for (const s of index.situations[need.row]?.[3] ?? []) serviceAnswers(s, need.term.name);
  }
  // Where no act applies, say so once per service, then offer the place's own page.
  if (!out.length) for (const a of notCovered) push(a);
  if (!need || need.type === 'kind' || !out.some((a) => a.kind === 'service-district')) {
    for (const p of places) {
      const rows = p.type === 'today' ? (index.today[p.row]?.[3] ?? []) : [p.row];
      for (const r of rows) {
        const href = placeHref(index, r);
        if (!href) continue;
        const target = pagedRow(index, r);
        push({
          kind: 'place',
          href,
          title: labelled(index, target, lang),
          why: need?.type === 'kind' ? `${need.term.name} · ${placeWhy(p, target)}` : placeWhy(p, r),
        });
      }
    }
  }
  for (const n of need ? [need, ...alsoNeeds] : []) {
    if (n.type === 'service') {
      push({
        kind: 'service',
        href: `/services/${index.services[n.row]?.[0]}/`,
        title: serviceName(index, n.row, lang),
        why: n.term.name,
      });
    } else if (n.type === 'situation') {
      const x = index.situations[n.row];
      if (x)
        push({ kind: 'situation', href: `/situations/${x[0]}/`, title: lang === 'ru' ? x[2] : x[1], why: n.term.name });
    }
  }
  return out;
}

/** The names nearest to a query that named nothing, as links (at most `count`). */
export function nearest(terms: AnswerTerms, query: string, lang: AnswerLang, count = 5): Answer[] {
  const { core } = splitWords(query.slice(0, 300));
  const index = terms.index;
  const out: Answer[] = [];
  const seen = new Set<string>();
  for (const id of nearestTerms(terms, core.slice(0, MAX_WORDS), count)) {
    const t = terms.terms[id];
    if (!t || out.length >= count) continue;
    const a = entityLink(index, t, lang);
    if (!a || seen.has(a.href)) continue;
    seen.add(a.href);
    out.push(a);
  }
  return out;
}

function entityLink(index: AnswerIndex, t: Term, lang: AnswerLang): Answer | null {
  if (t.type === 'place') {
    const href = placeHref(index, t.row);
    return href ? { kind: 'nearest', href, title: labelled(index, pagedRow(index, t.row), lang), why: t.name } : null;
  }
  if (t.type === 'today') {
    const row = index.today[t.row]?.[3][0];
    const href = row === undefined ? null : placeHref(index, row);
    return href && row !== undefined ? { kind: 'nearest', href, title: labelled(index, row, lang), why: t.name } : null;
  }
  if (t.type === 'service') {
    const s = index.services[t.row];
    return s
      ? { kind: 'nearest', href: `/services/${s[0]}/`, title: serviceName(index, t.row, lang), why: t.name }
      : null;
  }
  if (t.type === 'situation') {
    const x = index.situations[t.row];
    return x
      ? { kind: 'nearest', href: `/situations/${x[0]}/`, title: lang === 'ru' ? x[2] : x[1], why: t.name }
      : null;
  }
  return null;
}

/** Every situation as a link, for the empty query. */
export function situationLinks(index: AnswerIndex, lang: AnswerLang): Answer[] {
  return index.situations.map(([id, kk, ru]) => ({
    kind: 'situation',
    href: `/situations/${id}/`,
    title: lang === 'ru' ? ru : kk,
    why: '',
  }));
}
