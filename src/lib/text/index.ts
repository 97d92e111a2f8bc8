/**
 * Text: letter-level rules shared by the ingest (scripts/ingest) and the site's search.
 *
 * - `homoglyphs.ts`: Latin and Cyrillic letters drawn alike, the one dictionary of them.
 * - `keyboard.ts`: Kazakh letters to what a Russian keyboard types for them.
 * - `letter-spacing.ts`, `squash.ts`: letter-spaced runs left by PDF extraction, and whitespace-blind keys.
 * - `kazakh-endings.ts`, `russian-endings.ts`: case and plural endings cut for search.
 * - `edit-distance.ts`: the one edit distance.
 *
 * Nothing is exported from this file: import the module you need.
 */
export {};
