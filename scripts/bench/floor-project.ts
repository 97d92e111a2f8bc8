/**
 * The floor: a bare Astro project of N trivial pages (one dynamic route, getStaticPaths returning N
 * entries), built the same way as the site and indexed by Pagefind the same way: the first `indexed` pages
 * carry `data-pagefind-body`, a middleware hands their HTML to Pagefind's Node API as they render, and it
 * indexes those alone while the build goes on (src/middleware.ts, src/integrations/pagefind.ts). Slugs
 * are `page-N`: a bare `404` or `500` would become Astro's error pages (404.html) and drop out of the
 * count. As many trivial JSON endpoints (one more dynamic route) stand for the site's data routes (embed
 * JSON, open data, calendars): Astro renders, and writes, each of them as it does a page. What our build
 * costs above it is ours to explain.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { linkNodeModules, makeTempDir } from '../harness/temp-project.ts';
import type { BuiltPage } from './dist-stats.ts';

const PAGE = `---
export function getStaticPaths() {
  return Array.from({ length: __PAGES__ }, (_, i) => ({ params: { n: 'page-' + (i + 1) }, props: { indexed: i < __INDEXED__ } }));
}
const { n } = Astro.params;
const { indexed } = Astro.props;
Astro.locals.searchIndexed = indexed;
---
<html lang="kk"><head><meta charset="utf-8" /><title>Page {n}</title></head>
<body><main data-pagefind-body={indexed ? '' : undefined}><h1>Page {n}</h1><p>A trivial page.</p></main></body></html>
`;

const ENDPOINT = `export function getStaticPaths() {
  return Array.from({ length: __ENDPOINTS__ }, (_, i) => ({ params: { n: 'data-' + (i + 1) } }));
}
export const GET = ({ params }) => new Response(JSON.stringify({ n: params.n }));
`;

const MIDDLEWARE = `import { defineMiddleware } from 'astro:middleware';
const record = (globalThis[Symbol.for('floor.pages')] ??= { index: null });
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  if (context.locals.searchIndexed) record.index(context.url.pathname, html);
  return new Response(html, { status: response.status, headers: response.headers });
});
`;

const CONFIG = `import { defineConfig } from 'astro/config';
import { close, createIndex } from 'pagefind';
const record = (globalThis[Symbol.for('floor.pages')] ??= { index: null });
let started;
const added = [];
const pagefind = {
  name: 'floor-pagefind',
  hooks: {
    'astro:build:start': () => {
      record.index = (url, content) => {
        started ??= createIndex({ forceLanguage: 'kk' });
        added.push(started.then(({ index }) => index.addHTMLFile({ url, content })));
      };
    },
    'astro:build:done': async ({ dir }) => {
      await Promise.all(added);
      const { index } = await started;
      await index.writeFiles({ outputPath: new URL('pagefind', dir).pathname });
      await close();
    },
  },
};
export default defineConfig({ build: { concurrency: 4 }, integrations: [pagefind] });
`;

/** The bare project both floors share: the config, the middleware, the endpoints; no page route yet. */
async function makeBareProject(endpoints: number): Promise<string> {
  const dir = await makeTempDir('floor');
  await mkdir(join(dir, 'src/pages'), { recursive: true });
  await writeFile(join(dir, 'package.json'), `${JSON.stringify({ name: 'floor', private: true, type: 'module' })}\n`);
  await writeFile(join(dir, 'astro.config.mjs'), CONFIG);
  await writeFile(join(dir, 'src/middleware.js'), MIDDLEWARE);
  if (endpoints > 0) {
    await mkdir(join(dir, 'src/pages/data'), { recursive: true });
    await writeFile(join(dir, 'src/pages/data/[n].json.ts'), ENDPOINT.replace('__ENDPOINTS__', String(endpoints)));
  }
  await linkNodeModules(dir);
  return dir;
}

export async function makeFloorProject(pages: number, indexed: number, endpoints = 0): Promise<string> {
  const dir = await makeBareProject(endpoints);
  await writeFile(
    join(dir, 'src/pages/[n].astro'),
    PAGE.replace('__PAGES__', String(pages)).replace('__INDEXED__', String(indexed)),
  );
  return dir;
}

/**
 * The second floor, an explanation rather than a target: the same bare project, but each page is one of the
 * site's own built pages (`pages`, as distStats listed them), its finished HTML handed to Astro as one raw
 * string (`set:html`), so Astro encodes, wraps and writes the site's bytes and Pagefind indexes the site's
 * real text, with nothing left to render. What the site costs above this floor is our rendering; what this
 * floor costs above the bare one is the weight of the pages themselves. The built pages are copied first,
 * as the site's next build empties dist/.
 */
export async function makeSiteHtmlFloorProject(
  dist: string,
  pages: readonly BuiltPage[],
  endpoints: number,
): Promise<string> {
  const dir = await makeBareProject(endpoints);
  for (const page of pages) {
    const copy = join(dir, 'html', page.file);
    await mkdir(dirname(copy), { recursive: true });
    await writeFile(copy, await readFile(join(dist, page.file)));
  }
  const listed = pages.map((p) => ({
    path: p.file.slice(0, -'index.html'.length).replace(/\/$/u, ''),
    indexed: p.indexed,
  }));
  await writeFile(join(dir, 'pages.json'), JSON.stringify(listed));
  await writeFile(join(dir, 'src/pages/[...n].astro'), SITE_HTML_PAGE);
  return dir;
}

// The site's own paths, so a rest parameter (undefined for the home page); the file is read from the
// project's copy (the build's working directory is the project).
const SITE_HTML_PAGE = `---
import { readFileSync } from 'node:fs';
export function getStaticPaths() {
  const pages = JSON.parse(readFileSync('pages.json', 'utf8'));
  return pages.map((p) => ({ params: { n: p.path || undefined }, props: p }));
}
const { path, indexed } = Astro.props;
Astro.locals.searchIndexed = indexed;
const html = readFileSync(\`html/\${path ? \`\${path}/\` : ''}index.html\`, 'utf8');
---
<Fragment set:html={html} />
`;
