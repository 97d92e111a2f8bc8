/**
 * Sources: the acts behind every fact, and how a page points back to them.
 *
 * - `act-status.ts`: an act's status in one line, said before any figure taken from it.
 * - `act-text.ts`: an act's normalised text, line by line, for its page.
 * - `label.ts`, `link.ts`: a source reference as a person reads it, and the link to its exact line.
 * - `phone-note.ts`: the note beside a phone, with where a completed area code came from (from structure).
 * - `reference-text.ts`, `flag-text.ts`: a regulation's reference to a standard, and a flag on the
 *   authors' error, told in the page's language from their structured fields.
 * - `ingest-report.ts`: the ingest report (what the ingest made of every table row), read at build time.
 *
 * Nothing is exported from this file: import the module you need.
 */
export {};
