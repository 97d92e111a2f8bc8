/**
 * Runs the search evaluation set (search-eval-set.ts) on a search page in Chromium: each query is typed
 * and submitted, and the pages offered are read in the order a reader sees them (the answers, then
 * Pagefind's results). A Russian page's links must lead into Russian (`/ru/...`); one that does not counts
 * as a miss. Shared by the site test (hit@3 on all) and `npm run bench -- search` (hit@1, hit@3, latency).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { russianNames } from '../../src/lib/names/russian.ts';
import { everydayNames, geographyChanges, situations } from '../../src/lib/names/vocabularies.ts';
import type { Place } from '../../src/schemas/place.ts';
import type { Service } from '../../src/schemas/service.ts';
import { buildEvalSet, type EvalKind, type EvalQuery } from './search-eval-set.ts';

export interface EvalOutcome {
  entry: EvalQuery;
  /** The search page it ran on (`/search/`, `/ru/search/`). */
  page: string;
  /** The pages offered, in order, without the language prefix. */
  offered: string[];
  hit1: boolean;
  hit3: boolean;
  /** Submit to the first answer or result on screen (-1: none came). */
  firstMs: number;
}

const openData = async <T>(dist: string, file: string): Promise<T[]> =>
  JSON.parse(await readFile(join(dist, 'data', file), 'utf8')) as T[];

/** The evaluation set over the open data of the site built in `dist`. */
export async function loadEvalSet(dist: string): Promise<EvalQuery[]> {
  return buildEvalSet({
    places: await openData<Place>(dist, 'places.json'),
    services: await openData<Service>(dist, 'services.json'),
    russian: russianNames,
    everyday: everydayNames,
    situations,
    today: geographyChanges,
  });
}

export function scored(entry: EvalQuery, offered: readonly string[]): { hit1: boolean; hit3: boolean } {
  const top3 = offered.slice(0, 3);
  return {
    hit1: entry.expected.includes(offered[0] ?? ''),
    hit3: entry.all ? entry.expected.every((e) => top3.includes(e)) : entry.expected.some((e) => top3.includes(e)),
  };
}

/**
 * Types and submits `query` on the open search page: the links offered (site paths), the time to the first
 * answer or result on screen, and to the whole first page (`data-search-done`).
 */
export async function ask(page: Page, query: string): Promise<{ links: string[]; firstMs: number; pageMs: number }> {
  return page.evaluate(async (q) => {
    const input = document.querySelector<HTMLInputElement>('#q');
    const form = document.querySelector<HTMLFormElement>('#search-form');
    const answers = document.querySelector('#search-answers ol');
    const results = document.querySelector('#search-results');
    if (!input || !form || !answers || !results) throw new Error('not the search page');
    const before = new Set([...answers.children, ...results.children]);
    input.value = q;
    const start = performance.now();
    let firstMs = -1;
    await new Promise<void>((resolve) => {
      const check = () => {
        const now = [...answers.children, ...results.children];
        if (firstMs < 0 && now.some((li) => !before.has(li))) firstMs = performance.now() - start;
        if (document.body.dataset.searchDone === q) {
          observer.disconnect();
          resolve();
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      form.requestSubmit();
    });
    const pageMs = Math.round(performance.now() - start);
    const section = document.querySelector<HTMLElement>('#search-answers');
    // "Nearest names" and the situations list are offers for a query that found nothing, not answers.
    const answered = section && !section.hidden ? [...answers.querySelectorAll('li:not(.answer-nearest) > a')] : [];
    const links = [...answered, ...results.querySelectorAll('li > a')].map((a) => a.getAttribute('href') ?? '');
    return { links, firstMs: Math.round(firstMs), pageMs };
  }, query.trim());
}

/** Runs every query on the search page at `origin` + `path` (`/search/` or `/ru/search/`). */
export async function runEval(
  page: Page,
  origin: string,
  path: string,
  set: readonly EvalQuery[],
): Promise<EvalOutcome[]> {
  const prefix = path.startsWith('/ru/') ? '/ru' : '';
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  const out: EvalOutcome[] = [];
  for (const entry of set) {
    const { links, firstMs } = await ask(page, entry.query);
    // A link that leaves the page's language is no answer for this page.
    const offered = links.map((h) => (prefix ? (h.startsWith(`${prefix}/`) ? h.slice(prefix.length) : `!${h}`) : h));
    out.push({ entry, page: path, offered, firstMs, ...scored(entry, offered) });
  }
  return out;
}

export interface EvalRow {
  kind: EvalKind | 'all';
  lang: 'kk' | 'ru' | 'all';
  n: number;
  hit1: number;
  hit3: number;
}

/** hit@1 and hit@3 by kind and language, and over all. */
export function summarise(outcomes: readonly EvalOutcome[]): EvalRow[] {
  const groups = new Map<string, EvalOutcome[]>();
  for (const o of outcomes) {
    for (const key of [`${o.entry.kind}|${o.entry.lang}`, `all|${o.entry.lang}`, 'all|all']) {
      groups.set(key, [...(groups.get(key) ?? []), o]);
    }
  }
  return [...groups].map(([key, list]) => {
    const [kind, lang] = key.split('|') as [EvalKind | 'all', 'kk' | 'ru' | 'all'];
    return {
      kind,
      lang,
      n: list.length,
      hit1: list.filter((o) => o.hit1).length,
      hit3: list.filter((o) => o.hit3).length,
    };
  });
}
