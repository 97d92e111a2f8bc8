/**
 * What every built page must have, whatever its template: one h1, `lang="kk"`, a canonical URL (pages
 * that are indexed), the strict CSP meta before any script, and JavaScript only where a widget needs it
 * (a map, the search form, the open-now badge, due dates counted from today, a live embed preview whose height a listener sets; framed
 * embeds carry their resize script by design).
 */

import { splitLocale } from '../../../src/i18n/index.ts';
import { type Attributes, startTags } from './html-tags.ts';

/** astro.config.mjs `site`: canonical URLs are absolute on it. */
export const SITE = 'https://qyzmet.kz';

export interface PageProblem {
  page: string;
  rule: 'one-h1' | 'lang' | 'canonical' | 'csp' | 'js-only-for-widgets';
  detail: string;
}

/** Elements that run JavaScript; a page with none of them must load none. */
const widgets = [
  /<qyzmet-map[\s>]/,
  /<qyzmet-open-now[\s>]/,
  /<qyzmet-due-dates[\s>]/,
  // The reader's district, kept on the device (issue 17): remembered on district pages, offered on others.
  /<qyzmet-remember-district[\s>]/,
  /<qyzmet-your-district[\s>]/,
  /<qyzmet-line-jump[\s>]/,
  /<form\b[^>]*\sid="search-form"/,
  /<iframe\b[^>]*\ssrc="(\/ru)?\/embed\//,
];

/** The CSP directives the site promises (astro.config.mjs `security.csp`). */
const requiredCsp = ["default-src 'self'", "object-src 'none'", "base-uri 'self'"];
const forbiddenScriptSources = ["'unsafe-inline'", "'unsafe-eval'"];

/**
 * `/offices/x/index.html` -> `/offices/x/`. A language's `404.html` is the hosts' copy of its `404/` page
 * (src/integrations/status-pages.ts): its canonical address is the folder's.
 */
export function pageUrlPath(file: string): string {
  return file.replace(/index\.html$/, '').replace(/\/404\.html$/, '/404/');
}

/** Scripts the browser runs: not JSON-LD data blocks. */
export function executableScripts(html: string): Attributes[] {
  return startTags(html, 'script').filter((s) => !s.type || s.type === 'module' || s.type === 'text/javascript');
}

function isNoindex(html: string): boolean {
  return startTags(html, 'meta').some((m) => m.name === 'robots' && /noindex/.test(m.content ?? ''));
}

function checkCsp(html: string): string | null {
  const metas = startTags(html, 'meta').filter((m) => m['http-equiv']?.toLowerCase() === 'content-security-policy');
  if (metas.length !== 1) return `${metas.length} CSP meta elements`;
  const policy = metas[0]?.content ?? '';
  const missing = requiredCsp.filter((d) => !policy.includes(d));
  if (missing.length) return `CSP lacks ${missing.join(', ')}`;
  const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
  const loose = forbiddenScriptSources.filter((s) => scriptSrc.includes(s));
  if (loose.length) return `script-src allows ${loose.join(', ')}`;
  // A CSP meta applies only to what follows it.
  const metaAt = html.search(/<meta\b[^>]*http-equiv="content-security-policy"/i);
  const firstScript = html.search(/<script\b(?![^>]*type="application\/ld\+json")/i);
  if (firstScript !== -1 && firstScript < metaAt) return 'a script comes before the CSP meta';
  return null;
}

/** Problems of one page (`file` is its dist path, `/offices/x/index.html`). */
export function checkPageInvariants(file: string, html: string): PageProblem[] {
  const problems: PageProblem[] = [];
  const add = (rule: PageProblem['rule'], detail: string) => problems.push({ page: file, rule, detail });

  const h1s = (html.match(/<h1[\s>]/g) ?? []).length;
  if (h1s !== 1) add('one-h1', `${h1s} h1 elements`);

  // The language of a page is the one its path says: Russian under /ru/, Kazakh elsewhere.
  const { lang: want, path: bare } = splitLocale(file);
  const lang = startTags(html, 'html')[0]?.lang;
  if (lang !== want) add('lang', `lang=${JSON.stringify(lang)}, want ${want}`);

  const canonicals = startTags(html, 'link').filter((l) => l.rel === 'canonical');
  const canonical = `${SITE}${pageUrlPath(file)}`;
  // Framed embeds are noindex: a canonical there would contradict the robots meta, so none is required.
  if (!isNoindex(html) && (canonicals.length !== 1 || canonicals[0]?.href !== canonical)) {
    add('canonical', `canonical ${JSON.stringify(canonicals.map((c) => c.href))}, want ${canonical}`);
  }

  const csp = checkCsp(html);
  if (csp) add('csp', csp);

  const scripts = executableScripts(html);
  const hasWidget = widgets.some((w) => w.test(html));
  const framed = bare.startsWith('/embed/') && isNoindex(html);
  if (!hasWidget && !framed && scripts.length > 0) {
    add('js-only-for-widgets', `no map, search or badge, but ${scripts.length} script(s)`);
  }
  if (hasWidget && scripts.length === 0) add('js-only-for-widgets', 'a widget but no script to run it');
  return problems;
}
