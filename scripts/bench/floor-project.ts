/**
 * The floor: a bare Astro project of N trivial pages (one dynamic route, getStaticPaths returning N
 * entries), built the same way as the site. Slugs are `page-N`: a bare `404` or `500` would become
 * Astro's error pages (404.html) and drop out of the count. What our build costs above it is ours to explain.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { linkNodeModules, makeTempDir } from '../harness/temp-project.ts';

const PAGE = `---
export function getStaticPaths() {
  return Array.from({ length: __PAGES__ }, (_, i) => ({ params: { n: 'page-' + (i + 1) } }));
}
const { n } = Astro.params;
---
<html lang="kk"><head><meta charset="utf-8" /><title>Page {n}</title></head>
<body><h1>Page {n}</h1><p>A trivial page.</p></body></html>
`;

export async function makeFloorProject(pages: number): Promise<string> {
  const dir = await makeTempDir('floor');
  await mkdir(join(dir, 'src/pages'), { recursive: true });
  await writeFile(join(dir, 'package.json'), `${JSON.stringify({ name: 'floor', private: true, type: 'module' })}\n`);
  await writeFile(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n",
  );
  await writeFile(join(dir, 'src/pages/[n].astro'), PAGE.replace('__PAGES__', String(pages)));
  await linkNodeModules(dir);
  return dir;
}
