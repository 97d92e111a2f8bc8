/**
 * Finishes each built HTML page in memory, as it renders, instead of in passes over dist/ afterwards:
 * the CSP meta moves first in `<head>` (src/integrations/csp-first.ts says why), and the page's own
 * decisions (robots noindex, search-indexed) are recorded for the sitemap and Pagefind
 * (src/integrations/rendered-pages.ts). Not gated on the mode: a build run with NODE_ENV=test (the
 * security test's build of a hostile source) is a production build all the same; in `astro dev` there is
 * no CSP meta to move and the record is only overwritten page by page.
 */
import { getCollection } from 'astro:content';
import { defineMiddleware } from 'astro:middleware';
import { moveCspFirstBytes } from './integrations/csp-first.ts';
import { renderedPages } from './integrations/rendered-pages.ts';
import { aliasRecords } from './lib/search/records.ts';

const utf8 = new TextDecoder();

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const record = renderedPages();
  // The bytes first: the layouts set their locals while the body renders.
  const rendered = new Uint8Array(await response.arrayBuffer());
  const path = context.url.pathname;
  record.rendered.add(path);
  const moved = moveCspFirstBytes(rendered);
  if (!moved) record.withoutCsp.add(path);
  const body = moved ?? rendered;
  if (context.locals.noindex) record.noindex.add(path);
  if (context.locals.searchIndexed) {
    // Only the pages the search indexes are decoded: Pagefind takes text.
    const html = utf8.decode(body);
    if (record.indexPage) record.indexPage(path, html);
    else record.searchPages.set(path, html);
    // In the files' order (not the pages' sorted lists): the index lists an office's services in it.
    record.data ??= {
      acts: (await getCollection('acts')).map((e) => e.data),
      services: (await getCollection('services')).map((e) => e.data),
      offices: (await getCollection('offices')).map((e) => e.data),
      places: (await getCollection('places')).map((e) => e.data),
    };
    record.aliasRecords ??= aliasRecords;
  }
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
});
