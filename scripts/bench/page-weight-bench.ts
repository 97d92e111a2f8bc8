/**
 * Page weight per page kind: gzipped HTML + the CSS and JS it references (median and max), and how many
 * pages load any JavaScript. Reads dist/ as built.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb, median } from './stats.ts';

const dist = join(process.cwd(), 'dist');
const assetSize = new Map<string, number>();

async function gz(path: string): Promise<number> {
  const cached = assetSize.get(path);
  if (cached !== undefined) return cached;
  const size = gzipSync(await readFile(path)).length;
  assetSize.set(path, size);
  return size;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory() && e.name !== 'pagefind' && e.name !== '_astro') out.push(...(await htmlFiles(full)));
    else if (e.name === 'index.html') out.push(full);
  }
  return out;
}

function kindOf(path: string): string {
  const first = relative(dist, path).split('/')[0] ?? '';
  return first === 'index.html' ? 'home' : first;
}

export async function benchPageWeight(): Promise<string[]> {
  const byKind = new Map<string, number[]>();
  let withJs = 0;
  const files = await htmlFiles(dist);
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    let total = gzipSync(html).length;
    const refs = [...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1] ?? '');
    if (refs.some((r) => r.endsWith('.js'))) withJs += 1;
    for (const ref of new Set(refs)) total += await gz(join(dist, ref));
    const kind = kindOf(file);
    byKind.set(kind, [...(byKind.get(kind) ?? []), total]);
  }
  const all = [...byKind.values()].flat();
  const lines = [
    `pages: ${files.length}, ${withJs} load JavaScript; median HTML+CSS+JS ${kb(median(all))} gzipped (target < 20 KB)`,
  ];
  for (const [kind, sizes] of [...byKind].sort()) {
    lines.push(
      `  ${kind.padEnd(10)} ${String(sizes.length).padStart(5)} pages  median ${kb(median(sizes))}  max ${kb(Math.max(...sizes))}`,
    );
  }
  const pagefindDir = join(dist, 'pagefind');
  let indexBytes = 0;
  for (const e of await readdir(pagefindDir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) indexBytes += (await stat(join(e.parentPath, e.name))).size;
  }
  lines.push(`search index: ${kb(indexBytes)} on disk in dist/pagefind`);
  return lines;
}
