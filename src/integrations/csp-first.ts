import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const cspMeta = /<meta http-equiv="content-security-policy" content="[^"]*">/;

/**
 * Moves the CSP meta to the top of `<head>`. Astro renders it with the head's other injected content, just
 * before `</head>`: after the title, description and JSON-LD, which come from the acts. A policy only
 * covers what the parser meets after it, and any breakout above it (`</script>` in a name) would push it
 * into `<body>`, where browsers ignore it. Only `<meta charset>` stays in front: the policy with its
 * hashes runs past 1 kB, and the encoding sniffer reads the first 1024 bytes only.
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

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** Every built page gets its CSP meta first in `<head>` (after the charset); a page without one fails the build. */
export function cspFirst(): AstroIntegration {
  return {
    name: 'qyzmet:csp-first',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await htmlFiles(fileURLToPath(dir));
        const missing: string[] = [];
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          if (!cspMeta.test(html)) missing.push(file);
          else await writeFile(file, moveCspFirst(html));
        }
        if (missing.length) throw new Error(`pages without a CSP meta: ${missing.slice(0, 5).join(', ')}`);
        logger.info(`CSP meta first in <head> on ${files.length} pages`);
      },
    },
  };
}
