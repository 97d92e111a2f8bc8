/**
 * Places: regions and districts as pages.
 *
 * - `pages.ts`: regions and districts from places.json, their offices, ids and addresses.
 * - `model.ts`: the region and district view models their pages, embeds, code pages and JSON routes share.
 * - `coverage.ts`: which services the acts cover in a region or district, and under which acts.
 *
 * Nothing is exported from this file: import the module you need.
 */
export {};
