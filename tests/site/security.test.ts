/**
 * A site built from a hostile source (hostile-source.ts: script tags, event attributes, a `javascript:`
 * URL and CSV formulas written into 004's table) in a temporary copy of the project. Chromium loads every
 * page the strings reach, hovers and opens the map markers, and nothing may run: no dialog, no flag set
 * by an injected script, no live injected element. The open-data CSV holds no cell a spreadsheet runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { connectBrowser, offlineContext } from '../../scripts/harness/browser.ts';
import { type RunningServer, serveDirectory } from '../../scripts/harness/static-server.ts';
import { copyProject, projectRoot, removeTemp } from '../../scripts/harness/temp-project.ts';
import { sourceFile } from '../helpers/source-files.ts';
import { htmlSinkFaults } from './checks/html-sinks.ts';
import { waitForMap } from './checks/map.ts';
import { hostileSource, hostileStrings } from './hostile-source.ts';

let dir = '';
let dist = '';
let site: RunningServer;
let browser: Browser;
const pages = new Map<string, string>();

function run(args: string[]): void {
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', timeout: 240_000 });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}\n${(r.stdout + r.stderr).slice(-3000)}`);
}

async function walk(at: string): Promise<void> {
  for (const entry of await readdir(at, { withFileTypes: true })) {
    const full = join(at, entry.name);
    if (entry.isDirectory()) await walk(full);
    else if (entry.name.endsWith('.html')) pages.set(`/${relative(dist, full)}`, await readFile(full, 'utf8'));
  }
}

beforeAll(async () => {
  dir = await copyProject('security');
  dist = join(dir, 'dist');
  const source = await readFile(join(projectRoot, 'content/sources', sourceFile('004')), 'utf8');
  await rm(join(dir, 'content/sources'), { recursive: true });
  await rm(join(dir, 'content/data'), { recursive: true, force: true });
  await mkdir(join(dir, 'content/sources'));
  await writeFile(join(dir, 'content/sources/004_hostile.txt'), hostileSource(source));
  run(['scripts/ingest/index.ts']);
  run(['node_modules/astro/bin/astro.mjs', 'build']);
  await walk(dist);
  site = await serveDirectory(dist);
  // The run's Chromium (served-site.setup.ts), pointed at this file's own server.
  browser = await connectBrowser(inject('browserEndpoint'));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (dir) await removeTemp(dir);
});

/** Pages where a hostile string shows (escaped), maps whose markers carry one included. */
const targets = () =>
  [...pages].filter(([, html]) => html.includes('__pwned')).map(([path]) => path.replace(/index\.html$/, ''));

describe('a site built from a hostile source', () => {
  test('carries the hostile strings into its data (the test has something to catch)', async () => {
    const offices = await readFile(join(dist, 'data/offices.json'), 'utf8');
    expect(offices).toContain(JSON.stringify(hostileStrings.script).slice(1, -1));
    expect(offices).toContain('javascript:window.__pwned=4');
    expect(targets().length).toBeGreaterThan(3);
  });

  test('keeps every string out of HTML sinks on every page', () => {
    expect([...pages].flatMap(([path, html]) => htmlSinkFaults(path, html))).toEqual([]);
  });

  test('runs nothing in Chromium: no dialog, no injected element, maps hovered and opened', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    const found: string[] = [];
    let tooltips = 0;
    for (const path of targets()) {
      await page.goto(`${site.origin}${path}`);
      if ((await page.locator('qyzmet-map').count()) > 0) {
        await waitForMap(page);
        const markers = page.locator('path.office-marker');
        for (let i = 0; i < Math.min(await markers.count(), 3); i++) {
          await markers.nth(i).hover({ force: true });
          tooltips += await page.locator('.leaflet-tooltip').count();
          await markers.nth(i).click({ force: true });
        }
      }
      const state = await page.evaluate(() => ({
        pwned: (window as { __pwned?: unknown }).__pwned ?? null,
        live: document.querySelectorAll('[onerror], [onload], svg[onload], img[src="x"]').length,
        scriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
      }));
      if (state.pwned !== null || state.live > 0 || state.scriptLinks > 0)
        found.push(`${path}: ${JSON.stringify(state)}`);
    }
    expect(tooltips).toBeGreaterThan(0);
    expect(dialogs).toEqual([]);
    expect(found).toEqual([]);
    await context.close();
  });

  test('shows a hostile name as text in the map tooltip', async () => {
    const withName = targets().find((p) => pages.get(`${p}index.html`)?.includes('<qyzmet-map'));
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    await page.goto(`${site.origin}${withName}`);
    await waitForMap(page);
    const texts: string[] = [];
    const markers = page.locator('path.office-marker');
    for (let i = 0; i < (await markers.count()); i++) {
      await markers.nth(i).hover({ force: true });
      texts.push((await page.locator('.leaflet-tooltip').last().textContent()) ?? '');
    }
    expect(texts.some((t) => t.includes(hostileStrings.script))).toBe(true);
    await context.close();
  });

  test('publishes a CSV with no cell a spreadsheet would run', async () => {
    const csv = await readFile(join(dist, 'data/offices.csv'), 'utf8');
    const cells = parseCsv(csv.replace(/^\uFEFF/, ''));
    const header = cells[0] ?? [];
    const phones = header.indexOf('phones');
    const formulas = cells
      .slice(1)
      .flatMap((row) =>
        row.filter((cell, i) => /^[=+\-@\t\r]/.test(cell) && !(i === phones && /^\+\d+(; \+\d+)*$/.test(cell))),
      );
    expect(formulas).toEqual([]);
    // The address cell the source starts with `-2+3+cmd|…`: neutralised, not dropped.
    expect(cells.flat().some((c) => c.startsWith(`'${hostileStrings.minus}`))).toBe(true);
  });
});

/** RFC 4180 cells, quotes and CRLF inside quoted cells included. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}
