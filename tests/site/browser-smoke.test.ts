import { describe, expect, test } from 'vitest';
import { offlineContext } from '../../scripts/harness/browser.ts';
import { useServedSite } from './browser.ts';

const site = useServedSite();

describe('the built site in Chromium, offline', () => {
  test('the home page links to every act, and each act page opens at a source-line anchor', async () => {
    const { context } = await offlineContext(site.browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      // Map tiles refused by the offline context are expected; the page must raise no other error.
      if (m.type() === 'error' && !m.text().includes('net::ERR_INTERNET_DISCONNECTED')) errors.push(m.text());
    });
    await page.goto(`${site.origin}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('kk');
    const actLinks = await page
      .locator('a[href^="/acts/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')).filter((h) => h && h !== '/acts/'));
    expect(actLinks.length).toBe(5);
    await page.goto(`${site.origin}${actLinks[0]}#L5`);
    await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe('L5');
    expect(errors).toEqual([]);
    await context.close();
  });
});
