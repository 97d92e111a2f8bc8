/**
 * axe-core in the real page (after its scripts ran) with the WCAG 2.0/2.1/2.2 A and AA rules; findings
 * are reduced to what a reviewer needs: the rule, its impact, and where.
 *
 * axe is loaded by the browser context into every page and frame (withAxe), then run with `axe.run`. The
 * Playwright builder sends its 550 KB script over the protocol for every page and opens a blank page per
 * analysis to merge the frames' results: three times the CPU for the same findings on our pages.
 */
import axe from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

export interface AxeScope {
  /** CSS selectors to audit (default: the whole page). */
  include?: string[];
  /** CSS selectors left out, each with a reason at the call site. */
  exclude?: string[];
  /**
   * CSS selectors of nodes removed from the live page before the audit, for blocks that repeat one
   * markup thousands of times (axe's cost grows with the DOM; a 2 MB act crashes the renderer).
   */
  trim?: string[];
}

/** Every page and frame the context opens from now on gets axe-core before its own scripts run. */
export async function withAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axe.source });
}

type AxeCore = typeof axe;

/** axe's WCAG A/AA findings on the page as it is now (the page's context must have had withAxe). */
export async function axeFindings(page: Page, scope: AxeScope = {}): Promise<AxeFinding[]> {
  for (const selector of scope.trim ?? []) {
    await page.evaluate((s) => {
      for (const node of document.querySelectorAll(s)) node.remove();
    }, selector);
  }
  const violations = await page.evaluate(
    async ({ include, exclude, tags }) => {
      const core = (window as unknown as { axe?: AxeCore }).axe;
      if (!core) throw new Error('axe-core is not in the page: give its context withAxe() before opening it');
      const context = { include: include.length ? include : document, exclude };
      const results = await core.run(context, { runOnly: { type: 'tag', values: tags } });
      return results.violations.map((v) => ({
        rule: v.id,
        impact: v.impact ?? 'unknown',
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      }));
    },
    { include: (scope.include ?? []).map((s) => [s]), exclude: (scope.exclude ?? []).map((s) => [s]), tags: wcagTags },
  );
  return violations;
}

/**
 * The scope for a page: act pages and act part pages, in either language, keep their first 200 source
 * lines. The text block repeats one markup (a numbered line and its anchor link) 500 to 3,000 times on a
 * part; 200 lines audit that markup, with its neighbours, in seconds instead of a minute.
 */
const ACT_LINES_AUDITED = 200;
const isActPage = (path: string) => /^(\/ru)?\/acts\/[^/]+\/([^/]+\/)?$/u.test(path);

export function scopeFor(path: string): AxeScope {
  return isActPage(path) ? { trim: [`.act-text > .ln:nth-child(n+${ACT_LINES_AUDITED + 1})`] } : {};
}

/**
 * A page's HTML as axe sees it after `scopeFor`'s trim: on act pages the source lines past the 200th are
 * cut, so the element states counted as audited are those axe is given (a line is a flat
 * `<div class="ln"><a …>…</a><span>…</span></div>`).
 */
export function htmlForAxe(path: string, html: string): string {
  if (!isActPage(path)) return html;
  const line = '<div class="ln"';
  let cut = -1;
  for (let n = 0, at = html.indexOf(line); at >= 0; at = html.indexOf(line, at + 1)) {
    if (++n > ACT_LINES_AUDITED) {
      cut = at;
      break;
    }
  }
  if (cut < 0) return html;
  const end = html.indexOf('</div>', html.lastIndexOf(line)) + '</div>'.length;
  return html.slice(0, cut) + html.slice(end);
}

/** One line per finding, prefixed with the page, for a readable `toEqual([])` diff. */
export function describeFindings(path: string, findings: readonly AxeFinding[]): string[] {
  return findings.map((f) => `${path} ${f.rule} (${f.impact}): ${f.help} at ${f.targets.join(' | ')}`);
}
