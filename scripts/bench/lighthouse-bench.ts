/**
 * Lighthouse's four category scores with its default mobile settings (a mid-range phone on its slow-4G
 * profile, simulated throttling) for the home page, a service x district answer, an office and a region,
 * with Debian's Chromium against dist/ served on 127.0.0.1. Target (issue 20): performance at least 95.
 * Map tiles are blocked: the pages must score without the network (they ask for none until the reader
 * asks for the street map).
 */
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../harness/browser.ts';
import { serveDirectory } from '../harness/static-server.ts';
import { projectRoot } from '../harness/temp-project.ts';
import { samplePages } from './pick-pages.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function benchLighthouse(): Promise<string[]> {
  const dist = join(projectRoot, 'dist');
  const server = await serveDirectory(dist);
  const chrome = await launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const lines = [`lighthouse: ${CATEGORIES.join(' / ')} (0-100, mobile, slow 4G simulated; target performance >= 95)`];
  try {
    for (const [kind, path] of Object.entries(await samplePages(dist))) {
      if (!path) {
        lines.push(`  ${kind.padEnd(8)} no page of this kind in dist/`);
        continue;
      }
      const result = await lighthouse(`${server.origin}${path}`, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: CATEGORIES,
        blockedUrlPatterns: ['*tile.openstreetmap.org*'],
      });
      const scores = CATEGORIES.map((c) => {
        const score = result?.lhr.categories[c]?.score;
        return score == null ? '  -' : String(Math.round(score * 100)).padStart(3);
      });
      lines.push(`  ${kind.padEnd(8)} ${scores.join(' ')}  ${path}`);
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return lines;
}
