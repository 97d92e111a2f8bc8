import type { AstroIntegration } from 'astro';
import { renderedPages } from './rendered-pages.ts';

const cspMeta = /<meta http-equiv="content-security-policy" content="[^"]*">/;

/**
 * Moves the CSP meta to the top of `<head>`. Astro renders it with the head's other injected content, just
 * before `</head>`: after the title, description and JSON-LD, which come from the acts. A policy only
 * covers what the parser meets after it, and any breakout above it (`</script>` in a name) would push it
 * into `<body>`, where browsers ignore it. Only `<meta charset>` stays in front: the policy with its
 * hashes runs past 1 kB, and the encoding sniffer reads the first 1024 bytes only.
 * Applied to each page as it renders (src/middleware.ts).
 */
export function moveCspFirst(html: string): string {
  const meta = html.match(cspMeta)?.[0];
  if (!meta) return html;
  const rest = html.replace(meta, '');
  const head = rest.match(/<head>(<meta charset="utf-8">)?/);
  if (!head || head.index === undefined) throw new Error('a page without <head>: the CSP meta has nowhere to go');
  const at = head.index + head[0].length;
  return `${rest.slice(0, at)}${meta}${rest.slice(at)}`;
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
