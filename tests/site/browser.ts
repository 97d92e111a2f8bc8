/** The built site served on 127.0.0.1 with Chromium, both shared by every test file (served-site.setup.ts). */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { connectBrowser } from '../../scripts/harness/browser.ts';

/**
 * The served site and a browser for one test file: a connection to the run's Chromium, opened before the
 * file's tests and closed after them (closing it closes the file's contexts, not the browser). Read
 * `origin` and `browser` inside tests, not at import time.
 */
export function useServedSite(): { readonly origin: string; readonly browser: Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await connectBrowser(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get origin() {
      return inject('siteOrigin');
    },
    get browser() {
      if (!browser) throw new Error('the browser is not connected yet');
      return browser;
    },
  };
}

/**
 * `visit` for every item, in `tabs` pages of the context at once (each tab takes the next item when it is
 * done), results in the items' order. A page load mostly waits on the browser: a few at a time keep the
 * cores busy. The tabs share the context's storage, as one reader's tabs do.
 */
export async function inTabs<T, R>(
  context: BrowserContext,
  items: readonly T[],
  visit: (page: Page, item: T) => Promise<R>,
  tabs = 3,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(tabs, items.length) }, async () => {
      const page = await context.newPage();
      for (let i = next++; i < items.length; i = next++) results[i] = await visit(page, items[i] as T);
      await page.close();
    }),
  );
  return results;
}
