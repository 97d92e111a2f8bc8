/**
 * Embeds: what akimat websites paste to show an office, a district, a region or a service.
 *
 * - `urls.ts`: the embeds' addresses (a public contract: never rename, only add).
 * - `facts.ts`: the facts an embed shows, one list for the framed pages and the plain-HTML snippets.
 * - `snippet.ts`, `html.ts`: the plain-HTML snippets for CMSs that strip frames and scripts, and their escaping.
 * - `iframe.ts`, `message.ts`: the `<iframe>` code with its resizer, and the one message a frame sends.
 * - `json.ts`: the records the embed JSON files hand out (the open data's fields, plus `lang`).
 * - `code-index.ts`, `examples.ts`: which code page an office links to, and the live examples of `/embed/`.
 *
 * Nothing is exported from this file: import the module you need, so a browser script never pulls in
 * build-time code through a shared entry point.
 */
export {};
