/**
 * Search speed and cost, in Chromium with a simulated 60 ms round trip (CDP
 * `Network.emulateNetworkConditions`): the time from a query (Enter, as soon as the page has loaded) to its
 * first rendered result, for the first query on a freshly loaded page (cold: the Pagefind loader,
 * WebAssembly and metadata, which start loading with the page, and the first index chunks) and for the
 * queries after it on the same page (warm), each with the bytes it fetched from /pagefind/ (the cold one
 * from the page load on). Also the index on disk. Targets (issue 10): warm median at most 300 ms, cold at
 * most 1 s. Figures only: the machine's load moves them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, offlineContext } from '../harness/browser.ts';
import { ask, type EvalOutcome, loadEvalSet, runEval, summarise } from '../harness/search-eval.ts';
import { serveDirectory } from '../harness/static-server.ts';
import { projectRoot } from '../harness/temp-project.ts';
import { distStats } from './dist-stats.ts';
import { kb, median } from './stats.ts';

const ROUND_TRIP_MS = 60;

/** Kazakh and Russian queries, on both search pages; the first of each list is the cold one. */
const QUERIES: Record<string, readonly string[]> = {
  '/search/': ['Ақкөл', 'жәрдемақы', 'Караганды', 'Шәуілдір', 'Ақкөл ауданының', '020100', 'ЦОН', 'Щучинск'],
  '/ru/search/': ['Караганда', 'жилищная помощь', 'Бурабайского района', 'Усть-Каменогорск', 'Узынагаш', 'ЦОН'],
};

interface Timing {
  query: string;
  /** Enter to the first result on screen. */
  firstMs: number;
  /** Enter to the whole first page on screen (`data-search-done`). */
  pageMs: number;
  bytes: number;
}

async function slowPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: ROUND_TRIP_MS,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  return page;
}

/** Types the query, submits it, and times the first new answer or result and the finished first page. */
async function timeQuery(page: Page, query: string): Promise<Omit<Timing, 'bytes'>> {
  const { firstMs, pageMs } = await ask(page, query);
  return { query: query.trim(), firstMs, pageMs };
}

export async function benchSearch(): Promise<string[]> {
  const dist = join(projectRoot, 'dist');
  const stats = await distStats(dist);
  const lines = [`search: index ${kb(stats.pagefindBytes)} in ${stats.pagefindFiles} files on disk`];
  const server = await serveDirectory(dist);
  const browser = await launchBrowser();
  try {
    for (const [path, queries] of Object.entries(QUERIES)) {
      const { context } = await offlineContext(browser);
      const page = await slowPage(context);
      let bytes = 0;
      page.on('response', (res) => {
        if (new URL(res.url()).pathname.startsWith('/pagefind/'))
          void res.body().then(
            (b) => (bytes += b.length),
            () => undefined,
          );
      });
      await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      const timings: Timing[] = [];
      for (const [i, query] of queries.entries()) {
        // The first query's bytes count from the page load: the engine it needs started loading with the page.
        if (i > 0) bytes = 0;
        const t = await timeQuery(page, query);
        // Bodies are counted as they arrive; give the last ones a moment.
        await page.waitForTimeout(50);
        timings.push({ ...t, bytes });
      }
      await context.close();
      const [cold, ...warm] = timings;
      if (!cold) continue;
      const each = timings.map((t) => `«${t.query}» ${t.firstMs}/${t.pageMs} ms ${kb(t.bytes)}`).join('; ');
      lines.push(
        `search ${path} (${ROUND_TRIP_MS} ms round trip): cold first query «${cold.query}» ${cold.firstMs} ms to the first result (${cold.pageMs} ms to the first page), ${kb(cold.bytes)}`,
        `search ${path}: warm median ${median(warm.map((t) => t.firstMs))} ms to the first result, ${median(warm.map((t) => t.pageMs))} ms to the first page, ${kb(median(warm.map((t) => t.bytes)))} per query`,
        `search ${path}: each (first result / first page, bytes): ${each}`,
      );
    }
    lines.push(...(await benchAnswers(browser, server.origin, dist)));
  } finally {
    await browser.close();
    await server.close();
  }
  return lines;
}

const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(0)}%`;

/**
 * The answer layer: the answer index's size, and the evaluation set (scripts/harness/search-eval-set.ts) on both
 * search pages at the same simulated round trip: hit@1 and hit@3 by kind and query language, and the
 * median time to the first answer or result.
 */
async function benchAnswers(browser: Awaited<ReturnType<typeof launchBrowser>>, origin: string, dist: string) {
  const index = await readFile(join(dist, 'search', 'answers.json'));
  const lines = [`search answers: index ${kb(index.length)} raw, ${kb(gzipSync(index).length)} gzipped (target 30 KB)`];
  const set = await loadEvalSet(dist);
  const outcomes: EvalOutcome[] = [];
  for (const path of ['/search/', '/ru/search/']) {
    const { context } = await offlineContext(browser);
    const page = await slowPage(context);
    outcomes.push(...(await runEval(page, origin, path, set)));
    await context.close();
  }
  lines.push(`search answers: ${set.length} queries x 2 pages, hit@1 / hit@3 by kind and query language:`);
  for (const row of summarise(outcomes).sort((a, b) => `${a.kind}${a.lang}`.localeCompare(`${b.kind}${b.lang}`))) {
    lines.push(
      `  ${`${row.kind} ${row.lang}`.padEnd(18)} n=${String(row.n).padStart(3)}  hit@1 ${pct(row.hit1, row.n).padStart(4)}  hit@3 ${pct(row.hit3, row.n).padStart(4)}`,
    );
  }
  const times = outcomes.map((o) => o.firstMs).filter((ms) => ms >= 0);
  lines.push(
    `search answers: median ${median(times)} ms from Enter to the first answer or result (${times.length} searches, ${ROUND_TRIP_MS} ms round trip, warm page)`,
  );
  for (const o of outcomes.filter((x) => !x.hit1)) {
    lines.push(
      `  not first on ${o.page}: «${o.entry.query}» (${o.entry.kind}) -> ${o.offered.slice(0, 3).join(', ') || 'nothing'}`,
    );
  }
  return lines;
}
