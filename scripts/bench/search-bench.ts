/**
 * Search cost: the Pagefind index on disk, and the bytes a visitor fetches from /pagefind/ for one query
 * on the search page (loader, WebAssembly, metadata, index chunks, fragments), in Chromium with no network.
 */
import { join } from 'node:path';
import { launchBrowser, offlineContext } from '../../tests/site/browser.ts';
import { serveDirectory } from '../../tests/site/static-server.ts';
import { distStats } from './dist-stats.ts';
import { kb } from './stats.ts';
import { projectRoot } from './temp-project.ts';

const QUERIES = ['Ақкөл', 'жәрдемақы'];

/** `/pagefind/fragment/x.pf_fragment` -> `fragment`; the loader, WebAssembly and metadata -> `runtime`. */
function partOf(path: string): string {
  const folder = path.split('/')[2] ?? '';
  return ['fragment', 'index', 'filter'].includes(folder) ? folder : 'runtime';
}

export async function benchSearch(): Promise<string[]> {
  const dist = join(projectRoot, 'dist');
  const stats = await distStats(dist);
  const lines = [`search: index ${kb(stats.pagefindBytes)} in ${stats.pagefindFiles} files on disk`];
  const server = await serveDirectory(dist);
  const browser = await launchBrowser();
  try {
    for (const query of QUERIES) {
      // A fresh context per query: nothing cached from the one before.
      const { context } = await offlineContext(browser);
      const page = await context.newPage();
      const sizes: Promise<[string, number]>[] = [];
      page.on('response', (res) => {
        const path = new URL(res.url()).pathname;
        if (path.startsWith('/pagefind/')) sizes.push(res.body().then((b) => [partOf(path), b.length]));
      });
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction((q) => document.body.dataset.searchDone === q, query, { timeout: 60_000 });
      const results = await page.locator('#search-results > li').count();
      const byPart = new Map<string, number>();
      for (const [part, n] of await Promise.all(sizes)) byPart.set(part, (byPart.get(part) ?? 0) + n);
      const bytes = [...byPart.values()].reduce((a, b) => a + b, 0);
      const parts = [...byPart].map(([part, n]) => `${part} ${kb(n)}`).join(', ');
      lines.push(`search: «${query}» ${results} results, ${sizes.length} /pagefind/ requests, ${kb(bytes)} (${parts})`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return lines;
}
