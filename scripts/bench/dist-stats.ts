/**
 * What a build produced: HTML pages, those the search indexes, the other routes Astro rendered (JSON,
 * CSV, calendars, act texts), all files, and the Pagefind index on disk.
 */
import { access, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Files an integration writes after the pages (host-headers.ts, sitemap.ts): not routes Astro rendered. */
const WRITTEN_AFTER = new Set(['_headers', 'sitemap.xml']);

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** One built page: its file under dist/ (`offices/x/index.html`) and whether Pagefind indexes it. */
export interface BuiltPage {
  file: string;
  indexed: boolean;
}

export interface DistStats {
  /** `index.html` files outside pagefind/ and _astro/. */
  pages: number;
  /** The same pages, one by one. */
  pageList: BuiltPage[];
  /** Those of them that carry `data-pagefind-body` (what Pagefind indexes). */
  indexedPages: number;
  /**
   * Non-HTML routes Astro rendered (endpoints): files outside pagefind/ and _astro/ that are no page, no
   * copy of a file in `publicDir`, and not written after the build. The floor renders as many.
   */
  endpoints: number;
  /** Every file, data endpoints (JSON, CSV, ICS) included. */
  files: number;
  pagefindBytes: number;
  pagefindFiles: number;
}

export async function distStats(dist: string, publicDir?: string): Promise<DistStats> {
  const stats: DistStats = {
    pages: 0,
    pageList: [],
    indexedPages: 0,
    endpoints: 0,
    files: 0,
    pagefindBytes: 0,
    pagefindFiles: 0,
  };
  for (const e of await readdir(dist, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const rel = join(e.parentPath, e.name).slice(dist.length + 1);
    stats.files += 1;
    if (rel.startsWith('pagefind/')) {
      stats.pagefindFiles += 1;
      stats.pagefindBytes += (await stat(join(e.parentPath, e.name))).size;
    } else if (e.name === 'index.html' && !rel.startsWith('_astro/')) {
      const indexed = (await readFile(join(e.parentPath, e.name), 'utf8')).includes('data-pagefind-body');
      stats.pages += 1;
      stats.pageList.push({ file: rel, indexed });
      if (indexed) stats.indexedPages += 1;
    } else if (
      !e.name.endsWith('.html') &&
      !rel.startsWith('_astro/') &&
      !WRITTEN_AFTER.has(rel) &&
      !(publicDir && (await exists(join(publicDir, rel))))
    ) {
      stats.endpoints += 1;
    }
  }
  return stats;
}
