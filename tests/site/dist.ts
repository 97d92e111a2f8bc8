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
