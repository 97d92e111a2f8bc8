/**
 * Every page of dist/ against the HTML sinks a data string could reach (checks/html-sinks.ts). The same
 * check runs on the hostile-source site in security.test.ts, where the strings are attacks.
 */
import { describe, expect, test } from 'vitest';
import { htmlSinkFaults } from './checks/html-sinks.ts';
import { assertBuilt, readSite } from './dist.ts';

describe('every page of dist/', () => {
  test('keeps data out of HTML sinks: CSP first, JSON-LD escaped, no handler attributes or script links', async () => {
    assertBuilt();
    const { pages } = await readSite();
    expect(pages.size).toBeGreaterThan(100);
    const faults = [...pages].flatMap(([path, html]) => htmlSinkFaults(path, html));
    expect(faults.slice(0, 20)).toEqual([]);
  });

  test('the check itself finds each kind of fault', () => {
    const csp = `<meta http-equiv="content-security-policy" content="script-src 'self'">`;
    const page = (head: string, body = '') =>
      `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
    expect(htmlSinkFaults('/ok/', page(`${csp}<title>A</title>`, '<a href="tel:+77163821048">x</a>'))).toEqual([]);
    const bad = [
      page(`<title>A</title>${csp}`),
      page(`${csp}<script type="application/ld+json">{"name":"</script>"}</script>`),
      page(csp, '<script>alert(1)</script>'),
      page(csp, '<img src="x" onerror="alert(1)">'),
      page(csp, '<a href="javascript:alert(1)">x</a>'),
    ];
    for (const html of bad) expect(htmlSinkFaults('/bad/', html)).not.toEqual([]);
  });
});
