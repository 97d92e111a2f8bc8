/**
 * The element states a page is built of, read from its HTML: each element of `<body>` as its tag, classes,
 * role, ARIA attributes, `lang`, `type` and toggles, inside its parent's. Pages built from one template in
 * one state share them; a page with a box, a badge, a Kazakh span or a closed group no other page has adds
 * one. axe runs once per state (coverPages) while the static checks still read every page.
 */

const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
/** Attributes whose name alone changes what axe checks (`aria-label`), and those whose value does too. */
const NAMED = /^(aria-[\w-]+|hidden|open|disabled|tabindex|href|alt|for)$/u;
const VALUED = new Set(['role', 'type', 'lang']);
const tag = /<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gu;
const attribute = /([\w:-]+)(?:="([^"]*)")?/gu;

/** `main > section.card[aria-labelledby]` for every element of the body, once each. */
export function elementStates(html: string): Set<string> {
  // Script, style and code-box text is not markup (a snippet to copy is escaped inside a textarea anyway).
  const body = html.slice(Math.max(0, html.indexOf('<body'))).replace(/<(script|style)\b[\s\S]*?<\/\1>/gu, '');
  const states = new Set<string>();
  const open: { name: string; state: string }[] = [];
  for (const [, close, rawName = '', rest = ''] of body.matchAll(tag)) {
    const name = rawName.toLowerCase();
    if (close) {
      const at = open.findLastIndex((e) => e.name === name);
      if (at >= 0) open.length = at;
      continue;
    }
    const attrs = new Map<string, string>();
    for (const [, key = '', value = ''] of rest.matchAll(attribute)) attrs.set(key.toLowerCase(), value);
    const classes = (attrs.get('class') ?? '').split(/\s+/u).filter(Boolean).sort();
    const marks = [...attrs.keys()]
      .filter((k) => NAMED.test(k) || VALUED.has(k))
      .sort()
      .map((k) => (VALUED.has(k) ? `${k}=${attrs.get(k)}` : k));
    const state = `${name}${classes.map((c) => `.${c}`).join('')}${marks.length ? `[${marks.join(',')}]` : ''}`;
    states.add(`${open.at(-1)?.state ?? ''} > ${state}`);
    if (!VOID.has(name) && !rest.endsWith('/')) open.push({ name, state });
  }
  return states;
}

/**
 * Pages that together hold every element state of `pages`, the `given` pages first (greedy set cover:
 * each next page adds the most states still missing; ties go to the first path). Deterministic.
 */
export function coverPages(pages: ReadonlyMap<string, Set<string>>, given: readonly string[] = []): string[] {
  const missing = new Set<string>();
  for (const states of pages.values()) for (const s of states) missing.add(s);
  const take = (path: string) => {
    for (const s of pages.get(path) ?? []) missing.delete(s);
  };
  for (const path of given) take(path);
  const chosen: string[] = [];
  const paths = [...pages.keys()].sort();
  while (missing.size > 0) {
    let best = '';
    let gain = 0;
    for (const path of paths) {
      let n = 0;
      for (const s of pages.get(path) ?? []) if (missing.has(s)) n++;
      if (n > gain) [best, gain] = [path, n];
    }
    chosen.push(best);
    take(best);
  }
  return chosen;
}
