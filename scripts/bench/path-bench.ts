/**
 * The phone path (issue 17), measured in Chromium at 360 x 800 in both languages: for every service x
 * district answer, the taps from the home page and the pixels scrolled to reach it, by the region chooser
 * of the home page (tap the region, tap the district) and then the district page's list (tap the service).
 * Pixels scrolled on a page: how far the reader must scroll for the link tapped there to be on screen
 * (its bottom edge less the viewport's height, at least 0), summed over the two pages. Figures only.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser, offlineContext } from '../harness/browser.ts';
import { ANSWER, allLinks, DISTRICT, type LinkPlace } from '../harness/phone-path.ts';
import { serveDirectory } from '../harness/static-server.ts';
import { projectRoot } from '../harness/temp-project.ts';
import { median } from './stats.ts';

const WIDTH = 360;
const HEIGHT = 800;

interface Path {
  answer: string;
  taps: number;
  pixels: number;
}

/** The answers dist/ holds: `/services/<service>/<district>/`, read from the built directories, redirects left out. */
async function builtAnswers(dist: string): Promise<string[]> {
  const out: string[] = [];
  for (const service of await readdir(join(dist, 'services'), { withFileTypes: true })) {
    if (!service.isDirectory()) continue;
    for (const district of await readdir(join(dist, 'services', service.name), { withFileTypes: true })) {
      if (!district.isDirectory()) continue;
      // Former addresses are meta-refresh redirects to the answer under its place's current id.
      const html = await readFile(join(dist, 'services', service.name, district.name, 'index.html'), 'utf8');
      if (!html.includes('http-equiv="refresh"')) out.push(`/services/${service.name}/${district.name}/`);
    }
  }
  return out.sort();
}

const scroll = (link: LinkPlace) => Math.max(0, link.bottom - HEIGHT);

export async function benchPath(): Promise<string[]> {
  const dist = join(projectRoot, 'dist');
  const answers = await builtAnswers(dist);
  if (answers.length === 0) {
    console.error('path: dist/ has no service x district answers; run `npm run build` first');
    process.exitCode = 1;
    return ['path: NOT MEASURED (no answers in dist/)'];
  }
  const server = await serveDirectory(dist);
  const browser = await launchBrowser();
  const lines: string[] = [];
  try {
    const { context } = await offlineContext(browser, { viewport: { width: WIDTH, height: HEIGHT } });
    const page = await context.newPage();
    for (const prefix of ['', '/ru']) {
      await page.goto(`${server.origin}${prefix}/`);
      // The first link to each district on the home page (the region chooser), with the tap that opens its region.
      const home = new Map<string, LinkPlace>();
      for (const link of await allLinks(page, DISTRICT)) if (!home.has(link.href)) home.set(link.href, link);
      const byDistrict = new Map<string, Map<string, LinkPlace>>();
      for (const districtPath of home.keys()) {
        await page.goto(`${server.origin}${districtPath}`);
        const found = new Map<string, LinkPlace>();
        for (const link of await allLinks(page, ANSWER)) if (!found.has(link.href)) found.set(link.href, link);
        byDistrict.set(districtPath, found);
      }
      const paths: Path[] = [];
      const unreached: string[] = [];
      for (const answer of answers) {
        const district = answer.split('/')[3] ?? '';
        const districtPath = `${prefix}/districts/${district}/`;
        const first = home.get(districtPath);
        const last = byDistrict.get(districtPath)?.get(`${prefix}${answer}`);
        if (!first || !last) {
          unreached.push(`${prefix}${answer}`);
          continue;
        }
        paths.push({
          answer: `${prefix}${answer}`,
          taps: first.opened + 1 + last.opened + 1,
          pixels: Math.round(scroll(first) + scroll(last)),
        });
      }
      const taps = paths.map((p) => p.taps);
      const pixels = paths.map((p) => p.pixels);
      const worst = [...paths].sort((a, b) => b.pixels - a.pixels)[0];
      const lang = prefix ? 'ru' : 'kk';
      lines.push(
        `path (${lang}, ${WIDTH}x${HEIGHT}): ${paths.length} of ${answers.length} answers reached from the home page`,
        `  taps: median ${median(taps)}, worst ${Math.max(...taps)}`,
        `  pixels scrolled: median ${median(pixels)}, worst ${Math.max(...pixels)}${worst ? ` (${worst.answer})` : ''}`,
      );
      if (unreached.length)
        lines.push(`  NOT reached by the chooser: ${unreached.length} (${unreached.slice(0, 5).join(', ')})`);
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  return lines;
}
