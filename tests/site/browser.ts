/** The built site served on 127.0.0.1 with Chromium, for one test file (scripts/harness/ has the pieces). */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/harness/browser.ts';
import { type RunningServer, serveDirectory } from '../../scripts/harness/static-server.ts';
import { assertBuilt, distDir } from './dist.ts';

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
