/**
 * The text of a page split by the language it is marked in: every text node and every user-visible attribute
 * (aria-label, title, alt, placeholder, a button input's value) with the `lang` of its nearest element that has one (`<html lang>` at
 * the root). Script and style contents are not text. A small tokenizer over Astro's output (quoted attributes,
 * explicit end tags), enough to tell data marked `lang="kk"` from the UI around it on thousands of pages.
 */

export interface LangSegment {
  /** The language the text is marked in (nearest `lang` attribute). */
  lang: string;
  text: string;
  /** `text`, `title` (the document title) or `@aria-label` etc. for an attribute. */
  where: string;
  /** The nearest element's tag and class, to find the template: `span.name-ru`. */
  element: string;
}

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const RAW_TEXT_ELEMENTS = new Set(['script', 'style']);
const VISIBLE_ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder'];
/** An input shown as a button shows its `value`. */
const BUTTON_INPUT = /^(submit|button|reset)$/iu;

const TOKEN =
  /<!--[\s\S]*?-->|<!doctype[^>]*>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)/giu;
const ATTRIBUTE = /([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/gu;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) {
    out.set((m[1] ?? '').toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return out;
}

interface OpenElement {
  name: string;
  lang: string;
  label: string;
}

export function langSegments(html: string): LangSegment[] {
  const out: LangSegment[] = [];
  const stack: OpenElement[] = [];
  const current = (): OpenElement => stack.at(-1) ?? { name: '', lang: '', label: '' };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m !== null; m = TOKEN.exec(html)) {
    const [, endName, startName, attrSource, text] = m;
    if (text !== undefined) {
      const decoded = decodeEntities(text);
      if (decoded.trim()) {
        const { lang, name, label } = current();
        const documentTitle = name === 'title' && stack.some((e) => e.name === 'head');
        out.push({ lang, text: decoded.trim(), where: documentTitle ? 'title' : 'text', element: label });
      }
    } else if (endName !== undefined) {
      const name = endName.toLowerCase();
      const at = stack.findLastIndex((e) => e.name === name);
      if (at !== -1) stack.length = at;
    } else if (startName !== undefined) {
      const name = startName.toLowerCase();
      const attrs = attributes(attrSource ?? '');
      const lang = attrs.get('lang') ?? current().lang;
      const cls = attrs.get('class')?.split(/\s+/u)[0];
      const label = cls ? `${name}.${cls}` : name;
      const visible =
        BUTTON_INPUT.test(attrs.get('type') ?? '') && name === 'input'
          ? [...VISIBLE_ATTRIBUTES, 'value']
          : VISIBLE_ATTRIBUTES;
      for (const attr of visible) {
        const value = attrs.get(attr)?.trim();
        if (value) out.push({ lang, text: value, where: `@${attr}`, element: label });
      }
      if (RAW_TEXT_ELEMENTS.has(name)) {
        const close = html.toLowerCase().indexOf(`</${name}`, TOKEN.lastIndex);
        TOKEN.lastIndex = close === -1 ? html.length : close;
      } else if (!VOID_ELEMENTS.has(name) && !(attrSource ?? '').trimEnd().endsWith('/')) {
        stack.push({ name, lang, label });
      }
    }
  }
  return out;
}
