/**
 * Search: what makes Pagefind find Kazakh names typed on a Russian keyboard, in Latin or in Russian.
 *
 * - `fold.ts`: folding and stemming of indexed words and queries (the browser's search uses it too).
 * - `records.ts`: the alias records indexed beside the pages.
 * - `russian-terms.ts`: what a Russian speaker types for a record, indexed with it, never shown.
 *
 * The answer layer in front of Pagefind (what a query names, and the page it leads to):
 * - `answer-index-types.ts`, `answer-index.ts`: the compact index built at build time (/search/answers.json);
 *   `settlement-names.ts`: GeoNames' other names of the villages in it.
 * - `answer-words.ts`: a query or a name in folded words, kind words and function words apart.
 * - `answer-terms.ts`: the index as terms to match, Latin names derived by rule.
 * - `answer-scoring.ts`: how well the query's words name a term (stems, bounded edit distance).
 * - `answer-match.ts`: the answers: service x district, place, service, situation; nearest names.
 *
 * The letter-level pieces (keyboard, look-alikes, endings, edit distance) are in `../text/`, shared
 * with the ingest. Nothing is exported from this file: import the module you need.
 */
export {};
