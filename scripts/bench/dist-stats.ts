/** What a build produced: HTML pages, those the search indexes, all files, and the Pagefind index on disk. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface DistStats {
  /** `index.html` files outside pagefind/ and _astro/. */
  pages: number;
  /** Those of them that carry `data-pagefind-body` (what Pagefind indexes). */
  indexedPages: number;
  /** Every file, data endpoints (JSON, CSV, ICS) included. */
  files: number;
  pagefindBytes: number;
  pagefindFiles: number;
}

export async function distStats(dist: string): Promise<DistStats> {
  const stats: DistStats = { pages: 0, indexedPages: 0, files: 0, pagefindBytes: 0, pagefindFiles: 0 };
  for (const e of await readdir(dist, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const rel = join(e.parentPath, e.name).slice(dist.length + 1);
    stats.files += 1;
    if (rel.startsWith('pagefind/')) {
      stats.pagefindFiles += 1;
      stats.pagefindBytes += (await stat(join(e.parentPath, e.name))).size;
    } else if (e.name === 'index.html' && !rel.startsWith('_astro/')) {
      stats.pages += 1;
      if ((await readFile(join(e.parentPath, e.name), 'utf8')).includes('data-pagefind-body')) stats.indexedPages += 1;
    }
  }
  return stats;
}
