import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

export const distDir = join(process.cwd(), 'dist');

/** Fails clearly when the site was not built (the site tests run after `npm run build`). */
export function assertBuilt(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` before the site tests (npm test does).');
  }
}

/** Every `index.html` under dist/, as site paths (`/offices/x/`). */
export async function listPages(dir = distDir): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'pagefind' || entry.name === '_astro') continue;
      out.push(...(await listPages(full)));
    } else if (entry.name === 'index.html') {
      out.push(`/${relative(distDir, dir)}/`.replace(/\/+/g, '/'));
    }
  }
  return out.sort();
}

export async function readDist(path: string): Promise<string> {
  return readFile(join(distDir, path), 'utf8');
}

/** The whole built site: HTML pages by path (`/offices/x/index.html`) and every other file's path. */
export async function readSite(dir = distDir): Promise<{ pages: Map<string, string>; files: Set<string> }> {
  const pages = new Map<string, string>();
  const files = new Set<string>();
  async function walk(current: string): Promise<void> {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else {
        const path = `/${relative(dir, full)}`;
        if (path.endsWith('.html')) pages.set(path, await readFile(full, 'utf8'));
        else files.add(path);
      }
    }
  }
  await walk(dir);
  return { pages, files };
}

/** The open data as published in dist/data/ (what the pages were built from). */
export async function readOpenData<T = unknown>(file: string): Promise<T[]> {
  return JSON.parse(await readFile(join(distDir, 'data', file), 'utf8')) as T[];
}
