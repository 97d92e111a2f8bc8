/**
 * How well a query's words name a term: each of the term's words is taken by a different query word, equal,
 * the same stem (`Қарағандыда`, `Карагандинской`), or within a bounded edit distance (one letter in words of
 * 5+ letters, two in 9+: `Карагнда`, `Осакровка`, `жумысыз`). A long official name matches on most of its
 * words. Browser-safe.
 */
import { editDistance } from '../text/edit-distance.ts';
import { stripKazakhEndings } from '../text/kazakh-endings.ts';
import { stripRussianEnding } from '../text/russian-endings.ts';
import type { AnswerTerms } from './answer-terms.ts';

/** Letters a word of this length may differ by. */
export function typoLimit(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

const stemCache = new Map<string, readonly string[]>();
function stems(word: string): readonly string[] {
  let s = stemCache.get(word);
  if (!s) {
    s = [stripKazakhEndings(word), stripRussianEnding(word)].filter((x) => x.length >= 4 && x !== word);
    stemCache.set(word, s);
  }
  return s;
}

const gramCache = new Map<string, Set<string>>();
function bigrams(word: string): Set<string> {
  let g = gramCache.get(word);
  if (!g) {
    g = new Set<string>();
    for (let i = 0; i + 1 < word.length; i++) g.add(word.slice(i, i + 2));
    gramCache.set(word, g);
  }
  return g;
}

/**
 * A cheap bound before the edit distance: one edit removes at most two letter pairs of a word, so a pair of
 * `q` that `t` lacks entirely must have lost an occurrence to an edit; more than `2 * limit` such pairs and
 * `t` is further than `limit` (thousands of names are tried per query word).
 */
function mayBeWithin(q: string, t: string, limit: number): boolean {
  const theirs = bigrams(t);
  let missing = 0;
  for (const g of bigrams(q)) if (!theirs.has(g) && ++missing > 2 * limit) return false;
  return true;
}

/** The cost of reading query word `q` as name word `t`, or null when it is not that word. */
export function wordCost(q: string, t: string): number | null {
  if (q === t) return 0;
  const qs = stems(q);
  const ts = stems(t);
  if (qs.includes(t) || ts.includes(q) || qs.some((s) => ts.includes(s))) return 0.25;
  const limit = typoLimit(Math.min(q.length, t.length));
  if (!limit || Math.abs(q.length - t.length) > limit || !mayBeWithin(q, t, limit)) return null;
  const d = editDistance(q, t, limit);
  return d <= limit ? 0.5 * d : null;
}

export interface TermMatch {
  term: number;
  score: number;
  /** Query words (positions) the term took. */
  used: number[];
}

/**
 * The words `q` could be read as: those of a near length (a slip changes the length by at most two letters)
 * and, for a case form, those at most five letters longer or shorter (`Қарағандыдағы`, `Бурабайского`).
 */
function candidates(terms: AnswerTerms, q: string): string[] {
  const out: string[] = [];
  const prefix = q.slice(0, 3);
  for (let len = Math.max(1, q.length - 6); len <= q.length + 6; len++) {
    // A slip may fall anywhere, but only in words of 5+ letters and changes the length by two at most; a case
    // form keeps the stem, whose first letters are the word's.
    const slip = Math.abs(len - q.length) <= typoLimit(Math.min(len, q.length));
    for (const w of terms.byLength.get(len) ?? []) if (slip || w.startsWith(prefix)) out.push(w);
  }
  return out;
}

/** Points for a name whose kind the query says too (`Павлодар облысы`: the region, not the city). */
const HINT_BONUS = 1.5;

/** Every term the query's words name, with its score; `hints` are the kinds the query's kind words say. */
export function matchTerms(terms: AnswerTerms, query: readonly string[], hints: readonly string[] = []): TermMatch[] {
  // term -> (word position in the term -> candidate query words with their cost)
  const hits = new Map<number, { pos: number; q: number; cost: number }[]>();
  for (const [qi, q] of query.entries()) {
    for (const word of candidates(terms, q)) {
      const cost = wordCost(q, word);
      if (cost === null) continue;
      for (const id of terms.vocabulary.get(word) ?? []) {
        const words = terms.terms[id]?.words ?? [];
        const list = hits.get(id) ?? [];
        for (const [pos, w] of words.entries()) if (w === word) list.push({ pos, q: qi, cost });
        hits.set(id, list);
      }
    }
  }
  const out: TermMatch[] = [];
  for (const [id, list] of hits) {
    const words = terms.terms[id]?.words ?? [];
    // Cheapest first; each term word and each query word taken once.
    list.sort((a, b) => a.cost - b.cost);
    const takenPos = new Set<number>();
    const takenQ = new Set<number>();
    let letters = 0;
    let cost = 0;
    for (const h of list) {
      if (takenPos.has(h.pos) || takenQ.has(h.q)) continue;
      takenPos.add(h.pos);
      takenQ.add(h.q);
      // The shorter of the two words: a longer case form (`Алматинского` for `Алматинская`) earns no more
      // than the word as typed, so an exact name always outranks a near one.
      letters += Math.min(words[h.pos]?.length ?? 0, query[h.q]?.length ?? 0);
      cost += h.cost;
    }
    const n = words.length;
    const m = takenPos.size;
    const complete = m === n;
    if (!complete && !(n >= 3 && m >= 2 && m / n >= 0.6)) continue;
    const hint = terms.terms[id]?.hint;
    const bonus = hint && hints.includes(hint) ? HINT_BONUS : 0;
    out.push({
      term: id,
      score: (letters * m) / n - 1.5 * cost + (complete ? 2 : 0) + bonus,
      used: [...takenQ].sort(),
    });
  }
  return out;
}

/** The names nearest to the query's words (for "nothing found"): terms by the smallest edit distance. */
export function nearestTerms(terms: AnswerTerms, query: readonly string[], count: number): number[] {
  const scored: { term: number; d: number }[] = [];
  for (const q of query) {
    if (q.length < 3) continue;
    const limit = Math.max(2, Math.floor(q.length / 3));
    for (const [word, termIds] of terms.vocabulary) {
      if (Math.abs(word.length - q.length) > limit || !mayBeWithin(q, word, limit)) continue;
      const d = editDistance(q, word, limit);
      if (d > limit) continue;
      for (const id of termIds) scored.push({ term: id, d: d / Math.max(q.length, word.length) });
    }
  }
  scored.sort((a, b) => a.d - b.d);
  return scored.slice(0, count * 20).map((s) => s.term);
}
