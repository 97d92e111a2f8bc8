/**
 * Names: how a record is named in a page's language.
 *
 * - `russian.ts`: the reviewed Russian names (content/names/ru.json) beside the Kazakh ones.
 * - `office-kind.ts`: an office kind's name, singular and plural.
 * - `title.ts`, `place-title.ts`: names where `lang="kk"` cannot mark Kazakh (titles, a map's name).
 * - `vocabularies.ts`: life situations, everyday service names and today's geography (content/), parsed.
 * - `latin.ts`: Latin names by rule (the 2021 Kazakh Latin alphabet; the usual Latin of Russian names).
 *
 * Nothing is exported from this file: import the module you need.
 */
export {};
