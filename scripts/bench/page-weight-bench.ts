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

/** The heaviest pages by their gzipped HTML alone (target: at most 100 KB, issue 20). */
async function largestPages(files: readonly string[]): Promise<string[]> {
  const sizes = await Promise.all(files.map(async (f) => [f, gzipSync(await readFile(f)).length] as const));
  const top = [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 3);
  return [
    `largest pages (gzipped HTML; target <= 100 KB): ${top.map(([f, n]) => `${kb(n)} /${relative(dist, f).replace(/index\.html$/, '')}`).join(', ')}`,
  ];
}

/**
 * An office page before the reader asks for the street map (HTML, its CSS and JS, the outline drawing)
 * and what asking adds (Leaflet and its styles; the tiles, from OpenStreetMap, come on top).
 * Target before: at most 20 KB gzipped.
 */
async function officeMapWeight(files: readonly string[]): Promise<string[]> {
  const office = files.filter((f) => kindOf(f) === 'offices').sort()[0];
  if (!office) return ['office map: no office page'];
  const html = await readFile(office, 'utf8');
  const refs = new Set(
    [...html.matchAll(/(?:href|src)="(\/(?:_astro|geo)\/[^"]+\.(?:css|js|svg))"/g)].map((m) => m[1] ?? ''),
  );
  let before = gzipSync(html).length;
  for (const ref of refs) before += await gz(join(dist, ref));
  // What the map script loads on request: Leaflet's chunk and the stylesheets it adds.
  let after = 0;
  for (const name of await readdir(join(dist, '_astro'))) {
    if (/^leaflet(-src)?\.[^.]+\.(js|css)$/.test(name)) after += await gz(join(dist, '_astro', name));
  }
  return [
    `office page /${relative(dist, office).replace(/index\.html$/, '')}: ${kb(before)} gzipped before the street map is asked for (target <= 20 KB), ${kb(before + after)} after (Leaflet and its styles; tiles on top)`,
  ];
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
  lines.push(...(await largestPages(files)), ...(await officeMapWeight(files)));
  return lines;
}
