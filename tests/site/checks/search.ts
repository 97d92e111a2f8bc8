/**
 * The search gate: the real search page in Chromium (Pagefind + folded alias records) is asked what a
 * person would type, and the ranking is checked against the open data. `aliasFinds` is the same
 * question asked of one alias record in Node, for every office at once.
 */
import type { Page } from 'playwright-core';
import { foldQuery } from '../../../src/lib/search/fold.ts';
import type { AliasRecord } from '../../../src/lib/search/records.ts';

/** Filters of the search form, by its `data-filter` key (`region`, `kind`): an option's id or its label. */
export type SearchFilters = Record<string, string>;

/**
 * Types `query` into the search form of the page already open at /search/, sets the filters, submits,
 * and returns the result links in order (site paths).
 */
export async function runSearch(page: Page, query: string, filters: SearchFilters = {}): Promise<string[]> {
  await page.locator('#q').fill(query);
  for (const [key, value] of Object.entries(filters)) {
    const select = page.locator(`select[data-filter="${key}"]`);
    await select.selectOption(value);
  }
  await page.evaluate(() => {
    delete document.body.dataset.searchDone;
  });
  await page.locator('#q').press('Enter');
  await page.waitForFunction((q) => document.body.dataset.searchDone === q, query.trim());
  return page.locator('#search-results li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

/** Opens the search page (Pagefind is not loaded until the first search). */
export async function openSearch(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/search/`);
}

export interface RankExpectation {
  /** Every page that is a right first answer (offices sharing the phone, offices of the village). */
  acceptable: readonly string[];
  /** A page that must also be among the first `within` results (none: any acceptable page first will do). */
  target?: string;
  /** How deep the target may be (default 1). */
  within?: number;
}

/** Null when the ranking is right, else why not (the first results included). */
export function rankProblem(query: string, results: readonly string[], want: RankExpectation): string | null {
  const shown = results.slice(0, 5).join(', ') || 'nothing';
  const first = results[0];
  if (!first || !want.acceptable.includes(first)) {
    return `«${query}»: first result ${first ?? 'none'} is not one of ${want.acceptable.join(', ')} (got ${shown})`;
  }
  const within = want.within ?? 1;
  if (want.target && !results.slice(0, within).includes(want.target)) {
    return `«${query}»: ${want.target} not in the first ${within} (got ${shown})`;
  }
  return null;
}

/** Does the alias record hold every word of the folded query? (Pagefind's AND over whole words.) */
export function aliasFinds(record: AliasRecord, query: string, fold: (q: string) => string = foldQuery): boolean {
  const words = new Set(record.content.split(/\s+/));
  const wanted = fold(query).split(/\s+/).filter(Boolean);
  return wanted.length > 0 && wanted.every((w) => words.has(w));
}
