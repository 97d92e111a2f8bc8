/**
 * Text made of the site's own words and text from the sources (Kazakh data), kept apart so a Russian
 * page can mark the data `lang="kk"` (components/RichText.astro) while Kazakh pages read it as one string.
 */
export type RichPart = string | { readonly data: string };
export type RichText = readonly RichPart[];

export function data(text: string): RichPart {
  return { data: text };
}

export function plainText(parts: RichText): string {
  return parts.map((p) => (typeof p === 'string' ? p : p.data)).join('');
}

// A character no dictionary entry contains: where it lands in a filled-in entry, the data goes.
const SLOT = '\u0000';

/**
 * A dictionary entry cut where its value goes: `(doc) => \`${doc} бойынша\`` -> `['', ' бойынша']`. The
 * entry decides the word order; components put markup (a marked name, a link) between the two halves.
 */
export function splitEntry(entry: (slot: string) => string): [string, string] {
  const [before = '', ...rest] = entry(SLOT).split(SLOT);
  return [before, rest.join('')];
}

/** A dictionary entry with data in it: `fill((x) => t['district.allOffices'](x), [data(name)])`. */
export function fill(entry: (slot: string) => string, slot: RichText): RichText {
  const [before, after] = splitEntry(entry);
  return [before, ...slot, after].filter((p) => p !== '');
}
