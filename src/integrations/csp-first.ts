import type { AstroIntegration } from 'astro';
import { renderedPages } from './rendered-pages.ts';

const META_START = Buffer.from('<meta http-equiv="content-security-policy" content="');
const HEAD = Buffer.from('<head>');
const CHARSET = Buffer.from('<meta charset="utf-8">');
const QUOTE = 0x22;
const GT = 0x3e;

/**
 * Moves the CSP meta to the top of `<head>`. Astro renders it with the head's other injected content, just
 * before `</head>`: after the title, description and JSON-LD, which come from the acts. A policy only
 * covers what the parser meets after it, and any breakout above it (`</script>` in a name) would push it
 * into `<body>`, where browsers ignore it. Only `<meta charset>` stays in front: the policy with its
 * hashes runs past 1 kB, and the encoding sniffer reads the first 1024 bytes only.
 * Applied to each page's bytes as it renders (src/middleware.ts): no decoding and re-encoding of every
 * page (the meta and the tags around it are ASCII). Null when the page has no policy.
 */
export function moveCspFirstBytes(page: Uint8Array): Uint8Array<ArrayBuffer> | null {
  const html = Buffer.from(page.buffer, page.byteOffset, page.byteLength);
  const start = html.indexOf(META_START);
  if (start < 0) return null;
  const close = html.indexOf(QUOTE, start + META_START.length);
  if (close < 0 || html[close + 1] !== GT) return null;
  const end = close + 2;
  const rest = Buffer.concat([html.subarray(0, start), html.subarray(end)]);
  const head = rest.indexOf(HEAD);
  if (head < 0) throw new Error('a page without <head>: the CSP meta has nowhere to go');
  let at = head + HEAD.length;
  if (rest.subarray(at, at + CHARSET.length).equals(CHARSET)) at += CHARSET.length;
  return Buffer.concat([rest.subarray(0, at), html.subarray(start, end), rest.subarray(at)]);
}

/**
 * Fails the build when a page rendered without a CSP meta, or when no page went through the middleware
 * that moves it first (then no page would have it first).
 */
export function cspFirst(): AstroIntegration {
  return {
    name: 'qyzmet:csp-first',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const { rendered, withoutCsp } = renderedPages();
        if (rendered.size === 0)
          throw new Error('no page went through src/middleware.ts: the CSP meta was not moved first');
        if (withoutCsp.size) throw new Error(`pages without a CSP meta: ${[...withoutCsp].slice(0, 5).join(', ')}`);
        logger.info(`CSP meta first in <head> on ${rendered.size} pages`);
      },
    },
  };
}
