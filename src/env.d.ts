declare namespace App {
  /** Set by the layouts while a page renders; read by src/middleware.ts (see src/integrations/rendered-pages.ts). */
  interface Locals {
    /** The page asks search engines not to index it (`<meta name="robots" content="noindex">`). */
    noindex?: boolean;
    /** The page's body goes into the site's search index (`data-pagefind-body`). */
    searchIndexed?: boolean;
  }
}
