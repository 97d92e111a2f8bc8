/**
 * Debian's Chromium driven by playwright-core, with no network: every request that is not to 127.0.0.1
 * is aborted (map tiles included), and the pages must still work.
 */
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { assertBuilt, distDir } from './dist.ts';
import { type RunningServer, serveDirectory } from './static-server.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A context whose requests to anything but 127.0.0.1 are aborted; `blocked` lists what was refused. */
export async function offlineContext(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; blocked: string[] }> {
  const context = await browser.newContext({ locale: 'kk-KZ', timezoneId: 'Asia/Almaty', ...options });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    blocked.push(url.href);
    return route.abort('internetdisconnected');
  });
  return { context, blocked };
}

/**
 * The served site and a browser for one test file: dist/ on 127.0.0.1 and Chromium, started before the
 * file's tests and closed after them. Read `origin` and `browser` inside tests, not at import time.
 */
export function useServedSite(): { readonly origin: string; readonly browser: Browser } {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    assertBuilt();
    server = await serveDirectory(distDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get origin() {
      if (!server) throw new Error('the site is not served yet');
      return server.origin;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not started yet');
      return browser;
    },
  };
}
