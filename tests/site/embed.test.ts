/**
 * Embeds as an akimat site would use them: the iframe code copied from /embed/, pasted into a page served
 * from ANOTHER origin (a second server on another port), in Chromium with no network. The frame must
 * show the office, take its content's height, stay quiet (no console error, no CSP violation) and never
 * reach beyond 127.0.0.1. Plus static checks over every embed page in dist/.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { offlineContext } from '../../scripts/harness/browser.ts';
import { useServedSite } from './browser.ts';
import { axeFindings, describeFindings, withAxe } from './checks/axe.ts';
import { assertBuilt, distDir } from './dist.ts';

const siteOrigin = 'https://qyzmet.kz';

const site = useServedSite();
let host: { origin: string; pages: Map<string, string>; close: () => Promise<void> };

/** The "akimat site": serves whatever HTML a test puts at a path. */
async function serveHost(): Promise<typeof host> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const body = pages.get(path);
    // Pages under /strict/ are an akimat site with a CSP that runs its own scripts only (issue 19).
    const csp: Record<string, string> = path.startsWith('/strict/')
      ? { 'content-security-policy': "script-src 'self'" }
      : {};
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...csp }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    pages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const hostPage = (body: string) =>
  `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Аудан әкімдігі</title></head><body><h1>Аудан әкімдігі</h1>${body}</body></html>`;

interface Watched {
  context: BrowserContext;
  page: Page;
  problems: string[];
  requests: string[];
  blocked: string[];
}

/** A page that records console errors, page errors and CSP violations from every frame, and every request. */
async function watchedPage(): Promise<Watched> {
  const { context, blocked } = await offlineContext(site.browser);
  const problems: string[] = [];
  const requests: string[] = [];
  await context.exposeBinding('reportViolation', ({ frame }, text: string) => {
    problems.push(`csp in ${frame.url()}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return { context, page, problems, requests, blocked };
}

/** The iframe codes and titles of the three examples on /embed/ (or /ru/embed/), pointed at the local site. */
async function codesFromEmbedPage(
  guide = '/embed/',
): Promise<{ title: string; code: string; html: string; json: string }[]> {
  const { context, page } = await watchedPage();
  await page.goto(`${site.origin}${guide}`);
  const blocks = await page.locator('section.embed-code').evaluateAll((sections) =>
    sections.map((s) => ({
      title: s.querySelector(`#${s.id}-title`)?.textContent ?? '',
      code: (s.querySelector('textarea[id$="-iframe"]') as HTMLTextAreaElement | null)?.value ?? '',
      html: (s.querySelector('textarea[id$="-html"]') as HTMLTextAreaElement | null)?.value ?? '',
      json: s.querySelector<HTMLAnchorElement>('a[href$=".json"]')?.getAttribute('href') ?? '',
    })),
  );
  await context.close();
  return blocks.map((b) => ({ ...b, code: b.code.replaceAll(siteOrigin, site.origin) }));
}

/** The height the pasted code gives the frame (measured at build time from the content): the resizer's start. */
const pastedHeight = (code: string | undefined) => /height="(\d+)"/.exec(code ?? '')?.[1] ?? 'none';

const frameState = (page: Page, index: number) =>
  page.evaluate((i) => {
    const frame = document.querySelectorAll('iframe')[i] as HTMLIFrameElement;
    return { attr: frame.height, box: Math.round(frame.getBoundingClientRect().height) };
  }, index);

/** Height of the i-th embed's own document, measured inside the frame. */
async function contentHeight(page: Page, index: number): Promise<number> {
  const frame = await (await page.$$('iframe'))[index]?.contentFrame();
  if (!frame) throw new Error(`no frame ${index}`);
  return frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
}

beforeAll(async () => {
  assertBuilt();
  host = await serveHost();
});

afterAll(async () => {
  await host?.close();
});

describe('the iframe code pasted on an akimat page of another origin', () => {
  test('shows the office, takes its content height, re-fits a narrower page, quietly and offline', async () => {
    const [office] = await codesFromEmbedPage();
    expect(office?.code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/offices\/[a-z0-9-]+\/"/);
    host.pages.set('/office.html', hostPage(`<p>Біздің бөлім:</p>${office?.code}<p>Соңы.</p>`));
    expect(new URL(host.origin).port).not.toBe(new URL(site.origin).port);

    const w = await watchedPage();
    await w.page.setViewportSize({ width: 1000, height: 800 });
    await w.page.goto(`${host.origin}/office.html`);
    const frame = w.page.frameLocator('iframe[data-qyzmet-embed]');
    // A loaded machine (four builds on two cores) can take seconds to fill the frame.
    await expect.poll(() => frame.locator('h1').textContent(), { timeout: 15_000 }).toBe(office?.title);
    expect(await frame.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
    expect(await frame.locator('footer a[target="_top"]').getAttribute('href')).toMatch(/^\/offices\/[a-z0-9-]+\/$/);

    // From the height pasted with the code to the height of the card itself.
    await expect.poll(async () => (await frameState(w.page, 0)).attr).not.toBe(pastedHeight(office?.code));
    const wide = await contentHeight(w.page, 0);
    expect(wide).toBeLessThan(400);
    expect(await frameState(w.page, 0)).toEqual({ attr: String(wide), box: wide });

    // A phone-width page wraps the address and hours onto more lines: the frame grows to match.
    await w.page.setViewportSize({ width: 320, height: 640 });
    await expect.poll(async () => Number((await frameState(w.page, 0)).attr)).toBeGreaterThan(wide);
    const narrow = await contentHeight(w.page, 0);
    await expect.poll(async () => (await frameState(w.page, 0)).attr).toBe(String(narrow));

    expect(w.problems).toEqual([]);
    expect(w.blocked).toEqual([]);
    expect(w.requests.filter((u) => new URL(u).hostname !== '127.0.0.1')).toEqual([]);
    expect(w.requests.some((u) => u.startsWith(`${site.origin}/embed/offices/`))).toBe(true);
    expect(await w.context.cookies()).toEqual([]);
    await w.context.close();
  });

  test('sizes each of the three embeds on one page to its own content, the listener installed once', async () => {
    const codes = await codesFromEmbedPage();
    expect(codes.map((c) => c.code.match(/\/embed\/(\w+)\//)?.[1])).toEqual(['offices', 'districts', 'services']);
    host.pages.set('/all.html', hostPage(codes.map((c) => `<section>${c.code}</section>`).join('')));
    const w = await watchedPage();
    await w.page.goto(`${host.origin}/all.html`);
    for (const [i] of codes.entries()) {
      // Chromium pauses rendering (and ResizeObserver) in off-screen cross-origin frames: look at each, as a reader would.
      await w.page.locator('iframe').nth(i).scrollIntoViewIfNeeded();
      await expect.poll(async () => (await frameState(w.page, i)).attr).not.toBe(pastedHeight(codes[i]?.code));
      const h = await contentHeight(w.page, i);
      await expect.poll(async () => (await frameState(w.page, i)).attr).toBe(String(h));
    }
    const heights = await Promise.all(codes.map(async (_, i) => (await frameState(w.page, i)).attr));
    expect(new Set(heights).size).toBe(3);
    expect(w.problems).toEqual([]);
    expect(w.requests.filter((u) => new URL(u).hostname !== '127.0.0.1')).toEqual([]);
    await w.context.close();
  });

  test('ignores a resize message from any origin but the site', async () => {
    const [office] = await codesFromEmbedPage();
    // A frame from the akimat's own origin posting a well-formed message: the listener must not obey it.
    host.pages.set(
      '/impostor.html',
      hostPage(
        '<script>setInterval(function () { parent.postMessage({ type: "qyzmet:resize", height: 55 }, "*"); document.title = "sent"; }, 50);</script>',
      ),
    );
    const code = (office?.code ?? '').replace(/src="[^"]+"/, `src="${host.origin}/impostor.html"`);
    host.pages.set('/impostor-host.html', hostPage(code));
    const w = await watchedPage();
    await w.page.goto(`${host.origin}/impostor-host.html`);
    const impostor = () => w.page.frames().find((f) => f.url().endsWith('/impostor.html'));
    await expect.poll(async () => (await impostor()?.title()) ?? null).toBe('sent');
    await w.page.waitForTimeout(200);
    expect((await frameState(w.page, 0)).attr).toBe(pastedHeight(office?.code));
    await w.context.close();
  });
});

describe('the iframe code on a host with a strict CSP', () => {
  test('resizes through the resizer file alone: no inline script, no style attribute, no violation', async () => {
    const [office] = await codesFromEmbedPage();
    // The policy the embed guide (content/pages/embed-help.mdx) asks a host to add, and nothing more.
    const csp = `default-src 'none'; frame-src ${site.origin}; script-src ${site.origin}`;
    const page = `<!doctype html><html lang="kk"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><title>Әкімдік</title></head><body>${office?.code}</body></html>`;
    host.pages.set('/strict.html', page);
    const w = await watchedPage();
    await w.page.goto(`${host.origin}/strict.html`);
    await expect.poll(async () => (await frameState(w.page, 0)).attr).not.toBe(pastedHeight(office?.code));
    const h = await contentHeight(w.page, 0);
    await expect.poll(async () => (await frameState(w.page, 0)).attr).toBe(String(h));
    expect(w.problems).toEqual([]);
    await w.context.close();
  });
});

describe('the /embed/ page', () => {
  test('sizes its live previews through the bundled listener, under the strict CSP', async () => {
    const w = await watchedPage();
    await w.page.goto(`${site.origin}/embed/`);
    const previews = await w.page.locator('iframe[data-qyzmet-embed]').count();
    expect(previews).toBe(3);
    for (let i = 0; i < previews; i++) {
      await w.page.locator('iframe[data-qyzmet-embed]').nth(i).scrollIntoViewIfNeeded();
      // The bundled listener sets the content's own height, not the one measured at build time.
      const h = await contentHeight(w.page, i);
      await expect
        .poll(async () => w.page.locator('iframe[data-qyzmet-embed]').nth(i).getAttribute('height'))
        .toBe(String(h));
    }
    expect(w.problems).toEqual([]);
    await w.context.close();
  });
});

describe('the embeds in Russian', () => {
  test('the Russian guide hands out code for the Russian embeds, with Russian labels and the data in Kazakh', async () => {
    const blocks = await codesFromEmbedPage('/ru/embed/');
    expect(blocks).toHaveLength(3);
    const kinds = ['offices', 'districts', 'services'];
    blocks.forEach((b, i) => {
      expect(b.code).toMatch(new RegExp(`^<iframe src="http://127\\.0\\.0\\.1:\\d+/ru/embed/${kinds[i]}/[a-z0-9-]+/"`));
      expect(b.json).toMatch(new RegExp(`^/ru/embed/${kinds[i]}/[a-z0-9-]+\\.json$`));
      // The plain-HTML snippet: Russian words, links to the Russian pages, the acts' text marked Kazakh.
      expect(b.html).toMatch(/^<section lang="ru">/);
      expect(b.html).toContain('Дата данных (новейший акт):');
      expect(b.html).toContain('<span lang="kk">');
      expect(b.html).not.toContain('Деректер күні');
      for (const href of b.html.matchAll(/href="(https:\/\/qyzmet\.kz\/[^"]*)"/g))
        expect(href[1]).toMatch(/^https:\/\/qyzmet\.kz\/ru\//);
    });
    const html = await readFile(join(distDir, 'ru', 'embed', 'index.html'), 'utf8');
    expect(html).toMatch(/<html lang="ru">/);
    expect(html).toContain('<h1>Встроить на свой сайт</h1>');
    // Every way into the code pages stays in Russian.
    const codeLinks = [...html.matchAll(/<a href="(\/[^"]*embed\/code\/[^"]*)"/g)].map((m) => m[1] ?? '');
    expect(codeLinks.length).toBeGreaterThan(100);
    expect(codeLinks.filter((h) => !h.startsWith('/ru/'))).toEqual([]);
  });

  test('a Russian office iframe pasted on a host page shows Russian labels, sizes itself and links to /ru/', async () => {
    const [office] = await codesFromEmbedPage('/ru/embed/');
    host.pages.set('/office-ru.html', hostPage(`<p>Наш отдел:</p>${office?.code}`));
    const w = await watchedPage();
    await w.page.goto(`${host.origin}/office-ru.html`);
    const frame = w.page.frameLocator('iframe[data-qyzmet-embed]');
    await expect
      .poll(() => frame.locator('footer').textContent(), { timeout: 15_000 })
      .toContain('Дата данных (новейший акт):');
    expect(await frame.locator('html').getAttribute('lang')).toBe('ru');
    expect(await frame.locator('h1 [lang="kk"]').count()).toBe(1);
    expect(await frame.locator('dt').allTextContents()).toContain('Адрес');
    expect(await frame.locator('footer a[target="_top"]').getAttribute('href')).toMatch(
      /^\/ru\/offices\/[a-z0-9-]+\/$/,
    );
    const h = await contentHeight(w.page, 0);
    await expect.poll(async () => (await frameState(w.page, 0)).attr).toBe(String(h));
    expect(w.problems).toEqual([]);
    expect(w.blocked).toEqual([]);
    await w.context.close();
  });

  test.each([{ kind: 'offices' }, { kind: 'districts' }, { kind: 'services' }])(
    'the Russian $kind JSON has every Kazakh field unchanged, plus lang and the reviewed Russian names',
    async ({ kind }) => {
      const dir = join(distDir, 'embed', kind);
      const files = (await readdir(dir)).filter((f) => f.endsWith('.json'));
      expect(files.length).toBeGreaterThan(0);
      for (const file of files.slice(0, 40)) {
        const kk = JSON.parse(await readFile(join(dir, file), 'utf8')) as Record<string, unknown>;
        const ru = JSON.parse(await readFile(join(distDir, 'ru', 'embed', kind, file), 'utf8')) as Record<
          string,
          unknown
        >;
        expect(kk.lang).toBe('kk');
        expect(ru.lang).toBe('ru');
        const { lang: _kkLang, ...kkFields } = kk;
        const { lang: _ruLang, russian, ...ruFields } = ru;
        if (kind === 'districts') {
          // The offices inside carry their own language fields; the rest is the Kazakh record.
          const strip = (o: Record<string, unknown>) => {
            const { lang: _l, russian: _r, ...rest } = o;
            return rest;
          };
          const kkOffices = (kkFields.offices as Record<string, unknown>[]).map(strip);
          const ruOffices = (ruFields.offices as Record<string, unknown>[]).map(strip);
          expect(ruOffices).toEqual(kkOffices);
          expect({ ...ruFields, offices: [] }).toEqual({ ...kkFields, offices: [] });
        } else {
          expect(ruFields).toEqual(kkFields);
        }
        expect(russian).toBeTypeOf('object');
        if (kind === 'offices') expect((russian as { kind?: string }).kind).toMatch(/^[^әғқңөұүһі]+$/);
      }
    },
  );
});

describe('accessibility of the embed layout and the code pages', () => {
  test('axe finds no WCAG A/AA violation on each embed kind, /embed/ and a district code page, in both languages', async () => {
    const paths: string[] = [];
    for (const prefix of ['', '/ru']) {
      const html = await readFile(join(distDir, prefix, 'embed', 'index.html'), 'utf8');
      paths.push(
        `${prefix}/embed/`,
        ...[...html.matchAll(/<iframe src="((?:\/ru)?\/embed\/[a-z]+\/[a-z0-9-]+\/)"/g)].map((m) => m[1] ?? ''),
        ...[...html.matchAll(/<a href="((?:\/ru)?\/embed\/code\/districts\/[a-z0-9-]+\/)"/g)]
          .slice(0, 1)
          .map((m) => m[1] ?? ''),
      );
    }
    expect(paths).toHaveLength(10);
    expect(paths.filter((p) => p.startsWith('/ru/'))).toHaveLength(5);
    const w = await watchedPage();
    await withAxe(w.context);
    const findings: string[] = [];
    for (const path of paths) {
      await w.page.goto(`${site.origin}${path}`);
      findings.push(...describeFindings(path, await axeFindings(w.page)));
    }
    expect(findings).toEqual([]);
    await w.context.close();
  });
});

/** The framed pages under an embed folder (`dist/embed` or `dist/ru/embed`): not the guide, not the code pages. */
async function embedPages(root = join(distDir, 'embed'), dir = root): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'code') out.push(...(await embedPages(root, full)));
    } else if (entry.name === 'index.html' && dir !== root) out.push(full);
  }
  return out;
}

describe('every framed embed page in dist/', () => {
  test('is noindex, outside the search index, self-contained and links back out of the frame', async () => {
    const kazakh = await embedPages();
    const russian = await embedPages(join(distDir, 'ru', 'embed'));
    // One per office, district and service in each language: counted from the open data.
    const offices = JSON.parse(await readFile(join(distDir, 'data', 'offices.json'), 'utf8')) as unknown[];
    expect(kazakh.filter((p) => p.includes('/embed/offices/'))).toHaveLength(offices.length);
    expect(russian.filter((p) => p.includes('/embed/offices/'))).toHaveLength(offices.length);
    const pages = [...kazakh, ...russian];
    // The data's date is the newest act read, never the build's day (issue 18).
    const acts = JSON.parse(await readFile(join(distDir, 'data', 'acts.json'), 'utf8')) as { date: string }[];
    const newest = acts
      .map((a) => a.date)
      .sort()
      .at(-1);
    const faults: string[] = [];
    for (const path of pages) {
      const html = await readFile(path, 'utf8');
      const name = path.slice(distDir.length);
      // A former address (a district's other spelling) redirects to the embed: former-urls.test.ts checks those.
      if (html.includes('http-equiv="refresh"')) continue;
      if (!html.includes('<meta name="robots" content="noindex">')) faults.push(`${name}: no noindex`);
      if (html.includes('data-pagefind-body')) faults.push(`${name}: indexed`);
      if (/(src|href)="(https?:)?\/\//.test(html)) faults.push(`${name}: off-site resource or link`);
      if (/<link rel="stylesheet"/.test(html) && html.match(/<link rel="stylesheet"/g)?.length !== 1)
        faults.push(`${name}: more than one stylesheet`);
      const ru = name.startsWith('/ru/');
      if (!new RegExp(`<a href="${ru ? '/ru/' : '/'}[^"]*" target="_top">`).test(html))
        faults.push(`${name}: no link back`);
      const dataDate = ru ? 'Дата данных' : 'Деректер күні';
      if (!new RegExp(`${dataDate} \\([^)]+\\): <time datetime="${newest}">`).test(html))
        faults.push(`${name}: no data date of the newest act (${newest})`);
      if (!html.includes(`<html lang="${ru ? 'ru' : 'kk'}">`)) faults.push(`${name}: wrong language`);
    }
    expect(faults.slice(0, 20)).toEqual([]);
  });

  test('is small: its CSS under 1 kB and an office card under 3 kB gzipped, script included', async () => {
    const html = await readFile(join(distDir, 'embed', 'offices', await embedOfficeId(), 'index.html'), 'utf8');
    const css = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
    const linked = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1] ?? '');
    const linkedCss = (await Promise.all(linked.map((h) => readFile(join(distDir, h), 'utf8')))).join('');
    expect(gzipSync(css + linkedCss).length).toBeLessThan(1024);
    const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1] ?? '');
    let js = '';
    for (const s of scripts) {
      const body = await readFile(join(distDir, s), 'utf8');
      js += body;
      for (const imported of body.matchAll(/from"\.\/([^"]+)"/g))
        js += await readFile(join(distDir, '_astro', imported[1] ?? ''), 'utf8');
    }
    expect(js).toContain('qyzmet:resize');
    expect(gzipSync(html).length + gzipSync(js).length).toBeLessThan(3 * 1024);
  });
});

async function embedOfficeId(): Promise<string> {
  const html = await readFile(join(distDir, 'embed', 'index.html'), 'utf8');
  const id = html.match(/<iframe src="\/embed\/offices\/([a-z0-9-]+)\/"/)?.[1];
  if (!id) throw new Error('no office preview on /embed/');
  return id;
}

describe("the iframe code on a host whose CSP is `script-src 'self'` (the resizer cannot run)", () => {
  /** The district with the longest list, read from the embed JSON files. */
  async function longestDistrict(): Promise<{ id: string; offices: number }> {
    const dir = join(distDir, 'embed', 'districts');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.json'));
    let best = { id: '', offices: 0 };
    for (const f of files) {
      const data = JSON.parse(await readFile(join(dir, f), 'utf8')) as { offices: unknown[] };
      if (data.offices.length > best.offices) best = { id: f.slice(0, -'.json'.length), offices: data.offices.length };
    }
    return best;
  }

  for (const lang of ['kk', 'ru'] as const)
    for (const width of [360, 1280])
      test(`shows the whole of the longest district list, sandboxed (${lang}, ${width} px)`, async () => {
        const district = await longestDistrict();
        expect(district.offices).toBeGreaterThan(10);
        const prefix = lang === 'ru' ? '/ru' : '';
        const w = await watchedPage();
        await w.page.goto(`${site.origin}${prefix}/embed/code/districts/${district.id}/`);
        const code = (await w.page.locator(`#district-${district.id}-iframe`).inputValue()).replaceAll(
          siteOrigin,
          site.origin,
        );
        expect(code).toContain('sandbox="allow-scripts allow-same-origin allow-top-navigation-by-user-activation"');
        host.pages.set('/strict/list', hostPage(code));
        await w.page.setViewportSize({ width, height: 800 });
        await w.page.goto(`${host.origin}/strict/list`);
        const frame = await (await w.page.$('iframe'))?.contentFrame();
        if (!frame) throw new Error('no frame');
        await frame.waitForLoadState('load');
        // The host blocked the resizer: the frame keeps the height pasted with it.
        expect(w.problems.some((p) => p.includes('script-src'))).toBe(true);
        expect((await frameState(w.page, 0)).attr).toBe(pastedHeight(code));
        // Nothing of the list is cut: the frame's document fits in the frame, and its last office is inside it.
        const inside = await frame.evaluate(() => ({
          scroll: document.documentElement.scrollHeight,
          client: document.documentElement.clientHeight,
          items: document.querySelectorAll('li').length,
          lastBottom: Math.ceil(document.querySelector('li:last-of-type')?.getBoundingClientRect().bottom ?? 0),
        }));
        expect(inside.items).toBe(district.offices);
        expect(inside.scroll).toBeLessThanOrEqual(inside.client);
        expect(inside.lastBottom).toBeLessThanOrEqual(inside.client);
        await w.context.close();
      });
});
