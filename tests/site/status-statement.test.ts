/**
 * Issue 18, "status first, everywhere": one status statement (act, its date, its status) in the first screen
 * of a 360 x 800 phone on every page kind and every embed, in both languages; the plain-HTML snippets open with
 * it, the JSON embeds carry a `status` object per act, and every embed's date is the newest act read.
 *
 * The statement's presence and place in the page run over every page (static); its position on the phone
 * screen, in Chromium, over a sample of every page kind in both languages (every page would take minutes).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { offlineContext } from '../../scripts/harness/browser.ts';
import { inTabs, useServedSite } from './browser.ts';
import { pathLang } from './checks/lang-links.ts';
import { pageKind, samplePages } from './checks/sample.ts';
import { distDir, listPages, readOpenData, readSite, realPages } from './dist.ts';

interface ActRecord {
  id: string;
  date: string;
  number: string;
  status: 'repealed' | 'unknown' | 'in-force';
  repealedBy: { date: string } | null;
}

const site = useServedSite();
let html: Map<string, string>;
let pages: string[];
let acts: ActRecord[];
let newest: string;

beforeAll(async () => {
  const all = await listPages();
  const { pages: site } = await readSite();
  html = new Map(all.map((p) => [p, site.get(`${p}index.html`) ?? '']));
  pages = await realPages();
  acts = await readOpenData<ActRecord>('acts.json');
  newest =
    acts
      .map((a) => a.date)
      .sort()
      .at(-1) ?? '';
});

/** `2008-11-25` -> `25.11.2008`, the form the statement writes dates in. */
const numeric = (iso: string) => iso.split('-').reverse().join('.');

describe('every page and framed embed, in the built HTML', () => {
  test('has exactly one status statement, before its h1', () => {
    const faults = pages.flatMap((p) => {
      const page = html.get(p) ?? '';
      const count = page.match(/data-status-statement/g)?.length ?? 0;
      if (count !== 1) return [`${p}: ${count} statements`];
      const h1 = page.indexOf('<h1');
      return h1 >= 0 && h1 < page.indexOf('data-status-statement') ? [`${p}: statement after the h1`] : [];
    });
    expect(faults.slice(0, 20), `${faults.length} pages`).toEqual([]);
    expect(pages.length).toBeGreaterThan(2000);
  });

  test("says an office's act, its date and its status as the acts file gives them", () => {
    const offices = pages.filter((p) => /^\/(ru\/)?offices\/[^/]+\/$/u.test(p));
    const faults = offices.flatMap((p) => {
      const statement = /data-status-statement[^>]*>([\s\S]*?)<\/p>/u.exec(html.get(p) ?? '')?.[1] ?? '';
      const actId = /href="(?:\/ru)?\/acts\/([^/]+)\/"/u.exec(statement)?.[1];
      const act = acts.find((a) => a.id === actId);
      // Offices of several acts link the list of acts instead: their statement names no single act.
      if (!act) return /href="(?:\/ru)?\/acts\/"/u.test(statement) ? [] : [`${p}: no act`];
      const repealed = act.status === 'repealed' && act.repealedBy ? numeric(act.repealedBy.date) : '';
      return statement.includes(numeric(act.date)) && statement.includes(repealed) ? [] : [`${p}: ${statement}`];
    });
    expect(offices.length).toBeGreaterThan(1000);
    expect(faults.slice(0, 10)).toEqual([]);
  });

  test("dates every framed embed by the newest act read, never the build's day", () => {
    const embeds = pages.filter((p) => /^\/(ru\/)?embed\/(offices|districts|services)\//u.test(p));
    const faults = embeds.filter(
      (p) =>
        !(html.get(p) ?? '').includes(`data-data-date="`) ||
        !(html.get(p) ?? '').includes(`<time datetime="${newest}">`),
    );
    expect(embeds.length).toBeGreaterThan(1000);
    expect(faults.slice(0, 10)).toEqual([]);
  });
});

describe('on a 360 x 800 phone', () => {
  /** Every page kind once or more in each language, and a search with results. */
  const phoneSample = () => {
    const kazakh = samplePages(
      pages.filter((p) => pathLang(p) === 'kk'),
      60,
    );
    const kinds = new Set(kazakh.map(pageKind));
    return { paths: [...kazakh, ...kazakh.map((p) => `/ru${p}`), '/search/?q=Ақкөл', '/ru/search/?q=Акколь'], kinds };
  };

  test('shows the statement within the first 800 px of every sampled page kind and embed, in both languages', async () => {
    const { paths, kinds } = phoneSample();
    for (const kind of [
      'home',
      'regions',
      'districts',
      'offices',
      'services',
      'acts',
      'page',
      'embed/offices',
      'embed/districts',
      'embed/services',
    ])
      expect(kinds, kind).toContain(kind);
    const { context } = await offlineContext(site.browser, { viewport: { width: 360, height: 800 } });
    const built = paths.filter((path) => html.has(path.split('?')[0] ?? path));
    const faults = await inTabs(context, built, async (page, path) => {
      await page.goto(`${site.origin}${path}`);
      const box = await page.locator('[data-status-statement]').boundingBox();
      return !box || box.y + box.height > 800 || box.height < 10 ? [`${path}: ${JSON.stringify(box)}`] : [];
    });
    await context.close();
    expect(faults.flat()).toEqual([]);
  });

  test("keeps one act's statement to one line, in both languages", async () => {
    const one = ['/offices/', '/services/'].flatMap((root) =>
      pages
        .filter(
          (p) =>
            p.startsWith(root) &&
            /href="\/acts\/[^/]+\/"/u.test(
              /data-status-statement[^>]*>[\s\S]*?<\/p>/u.exec(html.get(p) ?? '')?.[0] ?? '',
            ),
        )
        .slice(0, 3),
    );
    const { context } = await offlineContext(site.browser);
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    const lines: string[] = [];
    for (const path of [...one, ...one.map((p) => `/ru${p}`)]) {
      await page.goto(`${site.origin}${path}`);
      const n = await page.locator('[data-status-statement]').evaluate((el) => {
        const style = getComputedStyle(el);
        const content =
          el.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
        return Math.round(content / parseFloat(style.lineHeight));
      });
      if (n !== 1) lines.push(`${path}: ${n} lines`);
    }
    await context.close();
    expect(one.length).toBeGreaterThan(3);
    expect(lines).toEqual([]);
  });
});

describe('the embeds people copy', () => {
  test('every plain-HTML snippet opens with the statement under its heading, and never the build date', async () => {
    const codePages = pages.filter((p) => /^\/(ru\/)?embed\/code\//u.test(p) || /^\/(ru\/)?embed\/$/u.test(p));
    const faults: string[] = [];
    let snippets = 0;
    for (const p of codePages) {
      for (const m of (html.get(p) ?? '').matchAll(/<textarea id="[^"]+-html"[^>]*>([\s\S]*?)<\/textarea>/gu)) {
        snippets++;
        const lines = (m[1] ?? '')
          .replaceAll('&lt;', '<')
          .replaceAll('&gt;', '>')
          .replaceAll('&quot;', '"')
          .replaceAll('&amp;', '&')
          .split('\n');
        if (!/^<p><strong><a href="https:\/\/[^"]+\/acts\/[^"]*">/u.test(lines[2] ?? ''))
          faults.push(`${p}: ${lines[2]}`);
      }
    }
    expect(snippets).toBeGreaterThan(1000);
    expect(faults.slice(0, 10)).toEqual([]);
  });

  test('every JSON embed carries a status object per act and the data date of the newest act', async () => {
    const faults: string[] = [];
    let files = 0;
    for (const root of ['embed', join('ru', 'embed')]) {
      for (const f of await readdir(join(distDir, root), { recursive: true })) {
        if (!f.endsWith('.json')) continue;
        files++;
        const data = JSON.parse(await readFile(join(distDir, root, f), 'utf8')) as {
          status?: { act: string; status: string; date: string }[];
          dataDate?: string;
        };
        const known = (data.status ?? []).every((s) =>
          acts.some((a) => a.id === s.act && a.status === s.status && a.date === s.date),
        );
        if (!data.status?.length || !known || data.dataDate !== newest) faults.push(`${root}/${f}`);
      }
    }
    expect(files).toBeGreaterThan(1000);
    expect(faults.slice(0, 10)).toEqual([]);
  });
});
