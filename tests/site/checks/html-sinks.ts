/**
 * Where a data string could turn into markup or script in a built page, and how each page must look:
 * the CSP meta first in <head> after the charset (which stays in the first 1024 bytes); JSON-LD that
 * parses and holds no raw `<`, `>` or `&`; no inline event handler attribute; no link with a scheme other
 * than http(s), mailto or tel; every inline script hashed in the page's own policy. Returns faults.
 * Reads tags as a browser does: quoted attribute values may hold `<` and `>` (a name with `<img …>` in
 * `title="…"` is text), and the bodies of script, style, textarea and title are not markup.
 */
import { createHash } from 'node:crypto';

const allowedSchemes = /^(https?:|mailto:|tel:|\/|#|\.|[a-z0-9-]+\/|$)/i;
const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

interface Tag {
  name: string;
  attributes: Map<string, string>;
  /** Body of a raw-text element (script, style, textarea, title). */
  body: string;
  source: string;
}

export function readTags(html: string): Tag[] {
  const tags: Tag[] = [];
  let at = html.indexOf('<');
  while (at >= 0) {
    TAG.lastIndex = at;
    const m = TAG.exec(html);
    if (!m) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    const name = (m[1] ?? '').toLowerCase();
    const attributes = new Map<string, string>();
    for (const a of (m[2] ?? '').matchAll(ATTRIBUTE))
      attributes.set((a[1] ?? '').toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '');
    let end = TAG.lastIndex;
    let body = '';
    if (RAW_TEXT.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, end);
      body = html.slice(end, close < 0 ? html.length : close);
      end = close < 0 ? html.length : close;
    }
    tags.push({ name, attributes, body, source: m[0] });
    at = html.indexOf('<', end);
  }
  return tags;
}

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

export function htmlSinkFaults(path: string, html: string): string[] {
  const faults: string[] = [];
  const head = html.match(/<head>([\s\S]*?)<\/head>/)?.[1] ?? '';
  const first = head.match(/^(<meta charset="utf-8">)?(<[^>]+>)/)?.[2] ?? '';
  if (!first.startsWith('<meta http-equiv="content-security-policy"'))
    faults.push(`${path}: CSP meta is not first in <head>`);
  const charset = Buffer.from(html).indexOf('<meta charset="utf-8">');
  if (charset < 0 || charset > 1024 - 22) faults.push(`${path}: <meta charset> not within the first 1024 bytes`);

  const tags = readTags(html);
  const policy = decode(
    tags
      .find((t) => t.name === 'meta' && t.attributes.get('http-equiv') === 'content-security-policy')
      ?.attributes.get('content') ?? '',
  );
  for (const tag of tags) {
    if (tag.name === 'script' && tag.attributes.get('type') === 'application/ld+json') {
      if (/[<>&\u2028\u2029]/.test(tag.body)) faults.push(`${path}: JSON-LD holds a raw <, >, & or line separator`);
      try {
        JSON.parse(tag.body);
      } catch {
        faults.push(`${path}: JSON-LD does not parse`);
      }
    } else if (tag.name === 'script' && !tag.attributes.has('src') && tag.body.trim() !== '') {
      const hash = `'sha256-${createHash('sha256').update(tag.body).digest('base64')}'`;
      if (!policy.includes(hash)) faults.push(`${path}: inline script not allowed by the page's CSP`);
    }
    for (const [name, value] of tag.attributes) {
      if (/^on[a-z]+$/.test(name)) faults.push(`${path}: event handler attribute in ${tag.source.slice(0, 80)}`);
      if (['href', 'src', 'action', 'formaction'].includes(name) && !allowedSchemes.test(decode(value).trim()))
        faults.push(`${path}: ${name} to ${value.slice(0, 60)}`);
    }
  }
  return faults;
}
