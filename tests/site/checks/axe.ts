/**
 * axe-core in the real page (after its scripts ran) with the WCAG 2.0/2.1/2.2 A and AA rules; findings
 * are reduced to what a reviewer needs: the rule, its impact, and where.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

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

export async function axeFindings(page: Page, scope: AxeScope = {}): Promise<AxeFinding[]> {
  for (const selector of scope.trim ?? []) {
    await page.evaluate((s) => {
      for (const node of document.querySelectorAll(s)) node.remove();
    }, selector);
  }
  let builder = new AxeBuilder({ page }).withTags(wcagTags);
  for (const s of scope.include ?? []) builder = builder.include(s);
  for (const s of scope.exclude ?? []) builder = builder.exclude(s);
  const results = await builder.analyze();
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
}

/**
 * The scope for a page: act pages keep their first 200 source lines. The text block repeats one markup
 * (a numbered line and its anchor link) 1,000 to 30,000 times; 200 lines audit that markup, with its
 * neighbours, in seconds instead of minutes.
 */
export function scopeFor(path: string): AxeScope {
  return /^\/acts\/[^/]+\/$/.test(path) ? { trim: ['.act-text > .ln:nth-child(n+201)'] } : {};
}

/** One line per finding, prefixed with the page, for a readable `toEqual([])` diff. */
export function describeFindings(path: string, findings: readonly AxeFinding[]): string[] {
  return findings.map((f) => `${path} ${f.rule} (${f.impact}): ${f.help} at ${f.targets.join(' | ')}`);
}
