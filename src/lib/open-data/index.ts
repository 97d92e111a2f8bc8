/**
 * Open data: the public files under /data/ (a contract: extend, never rename).
 *
 * - `files.ts`: pure functions from records to the JSON, CSV and GeoJSON bodies.
 * - `csv-cell.ts`: CSV cells a spreadsheet cannot run as formulas.
 *
 * Nothing is exported from this file: import the module you need.
 */
export {};
