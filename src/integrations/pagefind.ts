import { access, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { renderedPages } from './rendered-pages.ts';

/**
 * One index for both search pages, in one language, rather than Pagefind's split by `<html lang>`.
 * Measured (issue 10) on 20 Russian and Kazakh queries (Russian names of cities, districts and regions and
 * their genitives, services, office kinds and `ЦОН`, Kazakh endings, Russian-keyboard villages) with the
 * reviewed names of content/names/ru.json, ranking as src/scripts/site-search.ts does; figures are the rank
 * of the first right record, and right records among the first 10:
 * - forced `kk` (no stemmer; our fold and ending stems on both sides): right record first for 19 of 20,
 *   second for the 20th, on both pages; index 4.9 MB.
 * - forced `ru` (Pagefind's Russian stemmer over everything): the same first ranks, right records among
 *   the first 10 shuffled by one on two queries, and a 58 kB stemmer to download: the alias records are
 *   already folded and stemmed, so the stemmer adds nothing.
 * - split by language (Russian pages in their own `ru` index): /search/ as above, but /ru/search/ finds the
 *   right record for 10 of 20 only (the Russian names sit in the alias records, in the `kk` index), and the
 *   index is 9.6 MB. Merging the `kk` index in the browser would bring the alias records back at the cost
 *   of a second bundle and both downloads, and still one analyser (Pagefind searches a merged index with
 *   the primary one's).
 */
export const INDEX_LANGUAGE = 'kk';

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** The search pages' preload hint for the engine's WebAssembly (src/pages/[...lang]/search/index.astro). */
const WASM_PRELOAD = '<link rel="preload" href="/pagefind/wasm.unknown.pagefind" as="fetch" crossorigin="anonymous">';

/**
 * Adds to each search page a preload of the index metadata, whose file name holds a hash known only now:
 * the engine then fetches it alongside its entry file instead of one round trip after it.
 */
async function preloadMeta(site: string, logger: { warn: (m: string) => void }): Promise<void> {
  const entry = JSON.parse(await readFile(`${site}pagefind/pagefind-entry.json`, 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const hash = entry.languages[INDEX_LANGUAGE]?.hash;
  if (!hash) return logger.warn(`no ${INDEX_LANGUAGE} index in pagefind-entry.json: search pages preload no metadata`);
  const meta = `<link rel="preload" href="/pagefind/pagefind.${hash}.pf_meta" as="fetch" crossorigin="anonymous">`;
  for (const page of ['search/index.html', 'ru/search/index.html']) {
    const path = `${site}${page}`;
    if (!(await exists(path))) continue;
    const html = await readFile(path, 'utf8');
    if (!html.includes(WASM_PRELOAD)) {
      logger.warn(`${page}: no WebAssembly preload to put the metadata preload after`);
      continue;
    }
    await writeFile(path, html.replace(WASM_PRELOAD, `${WASM_PRELOAD}${meta}`));
  }
}

/** What Pagefind said about one page handed to it. */
interface PageAdded {
  url: string;
  errors: string[];
}

/**
 * Hands pages to one Pagefind index as they come: the index starts with the first page, and each page is
 * sent at once, without waiting for the previous one (the backend queues them and works through them on
 * its own threads, while Astro goes on rendering).
 */
function indexSession() {
  let started: ReturnType<typeof createIndex> | undefined;
  const added: Promise<PageAdded>[] = [];
  const start = () => {
    started ??= createIndex({ forceLanguage: INDEX_LANGUAGE });
    return started;
  };
  return {
    start,
    add(url: string, content: string): void {
      added.push(
        start().then(async ({ index, errors }) =>
          index ? { url, errors: (await index.addHTMLFile({ url, content })).errors } : { url, errors },
        ),
      );
    },
    /** Every page's answer, once all are in. */
    added: () => Promise.all(added),
  };
}

/**
 * Builds the Pagefind index through its Node API (as Starlight does), and FAILS the build on any indexing
 * error: astro-pagefind only logs them, and a site whose search silently broke is worse than no build.
 * Besides the pages, it indexes folded alias records (see src/lib/search/records.ts), made by the bundle's
 * copy of that code, which the middleware hands over with the data (rendered-pages.ts says why).
 *
 * The pages go to Pagefind as they render (the middleware hands each over through rendered-pages.ts), not
 * after the build: Pagefind's backend is a process of its own, so it indexes on the second core while
 * Astro renders on the first, and no page's HTML waits in memory for the end of the build (measured: see
 * the commit that made it so). The alias records and the files are written once the build is done.
 *
 * Only the Kazakh pages are indexed (the layout marks their body): a Russian page holds the same data
 * under Russian labels, and the Russian names a Russian speaker types are in the alias records. One index
 * serves both /search/ and /ru/search/, which links each result's Russian twin; indexing both halves
 * would double the index and the fragments a query loads, for the same records.
 */
export function pagefind(): AstroIntegration {
  let session = indexSession();
  return {
    name: 'qyzmet:pagefind',
    hooks: {
      'astro:build:start': () => {
        session = indexSession();
        renderedPages().indexPage = (url, content) => session.add(url, content);
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const site = fileURLToPath(dir);
        const record = renderedPages();
        record.indexPage = null;
        // Pages rendered with no session to take them (a hook run on its own) go in now.
        for (const [url, content] of record.searchPages) session.add(url, content);
        record.searchPages.clear();
        const { data, aliasRecords } = record;
        const built = new Set(pages.map((p) => `/${p.pathname}`.replace(/\/+/g, '/')));
        // A panic kills Pagefind's backend without a word to its Node API: the pending call never settles,
        // the event loop empties and `astro build` used to exit 0 with no index. Node says so (beforeExit).
        const stopped = () => {
          logger.error('Pagefind stopped before the index was written (its backend crashed): no search index');
          process.exitCode = 1;
        };
        process.once('beforeExit', stopped);
        try {
          const added = await session.added();
          if (added.length === 0 || !data || !aliasRecords)
            throw new Error('Pagefind got no pages: none rendered with data-pagefind-body');
          const { index, errors } = await session.start();
          if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const failed = added.flatMap((a) => (a.errors.length ? [`${a.url}: ${a.errors.join('; ')}`] : []));
          if (failed.length) throw new Error(`Pagefind indexing failed: ${failed.slice(0, 5).join('; ')}`);
          const records = aliasRecords(data, built);
          // All at once too: one round trip to the backend each, awaited in turn, took seconds.
          const recorded = await Promise.all(records.map((record) => index.addCustomRecord(record)));
          const refused = recorded.flatMap((r, i) =>
            r.errors.length ? [`${records[i]?.url}: ${r.errors.join('; ')}`] : [],
          );
          if (refused.length) throw new Error(`Pagefind alias records: ${refused.slice(0, 5).join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.length} pages and ${records.length} alias records`);
          await preloadMeta(site, logger);
        } finally {
          process.off('beforeExit', stopped);
          await close();
        }
      },
    },
  };
}
