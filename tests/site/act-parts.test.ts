/**
 * Acts in parts: every line of every act is on exactly one part page (the act page lists them with their
 * lines, the script-free way to any line), the whole text stays one download, and an address made when
 * the act was one page (`/acts/x/#L5000`) lands, in Chromium, on the part's page at that line.
 */
import { describe, expect, test } from 'vitest';
import { offlineContext } from '../../scripts/harness/browser.ts';
import type { Act } from '../../src/schemas/act.ts';
import type { Office } from '../../src/schemas/office.ts';
import { useServedSite } from './browser.ts';
import { readOpenData, readSite } from './dist.ts';

const site = useServedSite();

/** The line ids a page holds (`L12`), in order. */
const lineIds = (html: string) => [...html.matchAll(/<div class="ln" id="L(\d+)"/g)].map((m) => Number(m[1]));

describe('every act', () => {
  test('has each line of its text on exactly one of its part pages, and its part list links them all', async () => {
    const { pages, files } = await readSite();
    for (const act of await readOpenData<Act>('acts.json')) {
      const text = files.has(`/data/acts/${act.id}.txt`);
      expect(text, `${act.id}: no download`).toBe(true);
      const download = (await fetch(`${site.origin}/data/acts/${act.id}.txt`).then((r) => r.text())).split('\n');
      const partPaths = [...pages.keys()].filter((p) => new RegExp(`^/acts/${act.id}/[^/]+/index\\.html$`).test(p));
      const seen = partPaths.flatMap((p) => lineIds(pages.get(p) ?? '')).sort((a, b) => a - b);
      expect(seen).toEqual(download.map((_, i) => i + 1));
      const index = pages.get(`/acts/${act.id}/index.html`) ?? '';
      for (const p of partPaths) expect(index).toContain(`href="${p.replace(/index\.html$/, '')}"`);
    }
  });
});

describe('a line address of the one-page act', () => {
  test('goes on to the page of the part that holds the line, at the line', async () => {
    const acts = await readOpenData<Act>('acts.json');
    // An office's first source line: the deepest kind of link, inside an appendix table.
    const office = (await readOpenData<Office>('offices.json')).find((o) => o.sources[0]?.line);
    const ref = office?.sources[0];
    const act = acts.find((a) => a.file === ref?.file);
    if (!ref || !act) throw new Error('no office with a source line in the open data');
    const { context } = await offlineContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.origin}/acts/${act.id}/#L${ref.line}`);
    await page.waitForURL(new RegExp(`/acts/${act.id}/[^/]+/#L${ref.line}$`));
    expect(await page.locator(`#L${ref.line}`).count()).toBe(1);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(`L${ref.line}`);
    await context.close();
  });
});
