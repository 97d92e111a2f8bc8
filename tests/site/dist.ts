import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isRedirectPage } from './checks/lang-links.ts';

export const distDir = join(process.cwd(), 'dist');

/** Fails clearly when the site was not built (the site tests run after `npm run build`). */
export function assertBuilt(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` before the site tests (npm test does).');
  }
}

/** Every `index.html` under dist/ outside pagefind/ and _astro/, as site paths (`/offices/x/`), from readSite(). */
export async function listPages(dir = distDir): Promise<string[]> {
  const { pages } = await readSite(dir);
  return [...pages.keys()]
    .filter((p) => p.endsWith('/index.html') && !p.startsWith('/pagefind/') && !p.startsWith('/_astro/'))
    .map((p) => p.slice(0, -'index.html'.length))
    .sort();
}

/** listPages() without the former addresses: meta-refresh redirects to a page, not pages of their own. */
export async function realPages(dir = distDir): Promise<string[]> {
  const { pages } = await readSite(dir);
  return (await listPages(dir)).filter((p) => !isRedirectPage(pages.get(`${p}index.html`) ?? ''));
}

/** The site's page text by path, for tests that want one page (`/offices/x/` -> its index.html). */
export async function pageHtml(path: string): Promise<string> {
  const html = (await readSite()).pages.get(`${path}index.html`);
  if (html === undefined) throw new Error(`${path}: no page in dist/`);
  return html;
}

/** A file of dist/ as text; an HTML page comes from the site read once (readSite), not from the disk again. */
export async function readDist(path: string): Promise<string> {
  const sitePath = path.startsWith('/') ? path : `/${path}`;
  if (sitePath.endsWith('.html')) {
    const html = (await readSite()).pages.get(sitePath);
    if (html !== undefined) return html;
  }
  return readFile(join(distDir, path), 'utf8');
}

export interface BuiltSite {
  /** HTML pages by path (`/offices/x/index.html`). */
  pages: Map<string, string>;
  /** Every other file's path. */
  files: Set<string>;
}

const sites = new Map<string, Promise<BuiltSite>>();

async function walkSite(dir: string): Promise<BuiltSite> {
  const pages = new Map<string, string>();
  const files = new Set<string>();
  const html: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = `/${relative(dir, join(entry.parentPath, entry.name))}`;
    if (path.endsWith('.html')) html.push(path);
    else files.add(path);
  }
  html.sort();
  const texts = await Promise.all(html.map((p) => readFile(join(dir, p), 'utf8')));
  for (const [i, p] of html.entries()) pages.set(p, texts[i] ?? '');
  return { pages, files };
}

/**
 * The whole built site, read once per test run: the site tests share one worker (vitest.site.config.ts,
 * `isolate: false`), so every file after the first gets the same maps. Treat them as read-only.
 */
export function readSite(dir = distDir): Promise<BuiltSite> {
  let site = sites.get(dir);
  if (!site) {
    site = walkSite(dir);
    sites.set(dir, site);
  }
  return site;
}

/** The open data as published in dist/data/ (what the pages were built from). */
export async function readOpenData<T = unknown>(file: string): Promise<T[]> {
  return JSON.parse(await readFile(join(distDir, 'data', file), 'utf8')) as T[];
}
