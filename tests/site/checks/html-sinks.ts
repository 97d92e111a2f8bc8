/**
 * Where a data string could turn into markup or script in a built page, and how each page must look:
 * the CSP meta first in <head> after the charset (which stays in the first 1024 bytes); JSON-LD that
 * parses and holds no raw `<`, `>` or `&`; no inline event handler attribute; no link with a scheme other
 * than http(s), mailto or tel; every inline script hashed in the page's own policy. Returns faults.
 */
import { createHash } from 'node:crypto';

const allowedSchemes = /^(https?:|mailto:|tel:|\/|#|\.|[a-z0-9-]+\/|$)/i;

export function htmlSinkFaults(path: string, html: string): string[] {
  const faults: string[] = [];
  const head = html.match(/<head>([\s\S]*?)<\/head>/)?.[1] ?? '';
  const first = head.match(/^(<meta charset="utf-8">)?(<[^>]+>)/)?.[2] ?? '';
  if (!first.startsWith('<meta http-equiv="content-security-policy"'))
    faults.push(`${path}: CSP meta is not first in <head>`);
  const charset = Buffer.from(html).indexOf('<meta charset="utf-8">');
  if (charset < 0 || charset > 1024 - 22) faults.push(`${path}: <meta charset> not within the first 1024 bytes`);

  const policy = head.match(/<meta http-equiv="content-security-policy" content="([^"]*)">/)?.[1] ?? '';
  for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = m[1] ?? '';
    const body = m[2] ?? '';
    if (/type="application\/ld\+json"/.test(attributes)) {
      if (/[<>&\u2028\u2029]/.test(body)) faults.push(`${path}: JSON-LD holds a raw <, >, & or line separator`);
      try {
        JSON.parse(body);
      } catch {
        faults.push(`${path}: JSON-LD does not parse`);
      }
    } else if (!/\ssrc=/.test(attributes) && body.trim() !== '') {
      const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
      if (!policy.includes(hash)) faults.push(`${path}: inline script not allowed by the page's CSP`);
    }
  }
  // Attributes only: text outside tags may quote `onload=` harmlessly as escaped text.
  for (const tag of html.matchAll(/<[a-z][a-z0-9-]*(\s[^>]*)?>/gi)) {
    const attrs = tag[1] ?? '';
    if (/\son[a-z]+\s*=/i.test(attrs.replace(/"[^"]*"|'[^']*'/g, '""')))
      faults.push(`${path}: event handler attribute in ${tag[0].slice(0, 80)}`);
    for (const href of attrs.matchAll(/\s(?:href|src|action|formaction)="([^"]*)"/gi)) {
      const value = (href[1] ?? '').replace(/&amp;/g, '&').trim();
      if (!allowedSchemes.test(value)) faults.push(`${path}: link to ${value.slice(0, 60)}`);
    }
  }
  return faults;
}
