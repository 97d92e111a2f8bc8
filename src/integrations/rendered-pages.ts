/**
 * What the pages decide while they render, handed to the integrations that run after the build, so that
 * nothing re-reads the built HTML: the middleware (src/middleware.ts) records each page here as Astro
 * renders it, and `astro:build:done` reads the record (the sitemap leaves out the pages that asked not to
 * be indexed; Pagefind indexes the pages that carry `data-pagefind-body`, from memory).
 *
 * The middleware runs inside Astro's Vite bundle, the integrations in the config's own module graph: two
 * copies of this module, so the record lives on `globalThis` under a registered symbol, which both see.
 */
import type { AliasRecord, AliasRecordData } from '../lib/search/records.ts';

/**
 * The collections as the pages read them: validated once, by the data check before the build
 * (src/integrations/data-json.ts), and stored as they are by the collections' loader.
 */
export type RenderedData = AliasRecordData;

export interface RenderedPages {
  /**
   * Takes each page the search indexes (site path, final HTML) as it renders: set by the Pagefind
   * integration when a build starts, so the index grows on Pagefind's own process while Astro renders.
   */
  indexPage: ((path: string, html: string) => void) | null;
  /** Site path (`/offices/x/`) -> the page's final HTML, for search pages rendered with no `indexPage` set. */
  searchPages: Map<string, string>;
  /** Site paths of the pages that asked search engines not to index them (robots noindex). */
  noindex: Set<string>;
  /** Site paths of HTML pages rendered without a Content-Security-Policy meta. */
  withoutCsp: Set<string>;
  /** Site paths of the HTML pages rendered in this build. */
  rendered: Set<string>;
  data: RenderedData | null;
  /**
   * Makes the search's alias records (src/lib/search/records.ts), handed over with `data` by the bundle's
   * copy of that module: the pages load it anyway, and the config then need not load it, the gazetteer,
   * the Russian names and libphonenumber a second time before the build can start (~0.1 s).
   */
  aliasRecords: ((data: RenderedData, built: ReadonlySet<string>) => AliasRecord[]) | null;
}

const KEY = Symbol.for('qyzmet.rendered-pages');
type Holder = { [KEY]?: RenderedPages };

export function renderedPages(): RenderedPages {
  const holder = globalThis as Holder;
  holder[KEY] ??= {
    indexPage: null,
    searchPages: new Map(),
    noindex: new Set(),
    withoutCsp: new Set(),
    rendered: new Set(),
    data: null,
    aliasRecords: null,
  };
  return holder[KEY];
}
