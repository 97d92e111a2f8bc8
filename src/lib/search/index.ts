/**
 * Search: what makes Pagefind find Kazakh names typed on a Russian keyboard, in Latin or in Russian.
 *
 * - `fold.ts`: folding and stemming of indexed words and queries (the browser's search uses it too).
 * - `records.ts`: the alias records indexed beside the pages.
 * - `russian-terms.ts`: what a Russian speaker types for a record, indexed with it, never shown.
 *
 * The letter-level pieces (keyboard, look-alikes, endings, edit distance) are in `../text/`, shared
 * with the ingest. Nothing is exported from this file: import the module you need.
 */
export {};
