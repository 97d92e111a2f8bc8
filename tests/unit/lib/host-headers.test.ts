import { describe, expect, test } from 'vitest';
import { embedFrameAncestors, headersFile, pageFrameAncestors } from '../../../src/lib/hosting/headers.ts';

const dir = (name: string) => ({ name, isDirectory: true });
const file = (name: string) => ({ name, isDirectory: false });

/** The `_headers` rules as path -> header lines. */
function rules(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let path = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (line.startsWith('  ')) out.get(path)?.push(line.trim());
    else {
      path = line;
      out.set(path, []);
    }
  }
  return out;
}

describe('the _headers file', () => {
  const text = headersFile([dir('embed'), dir('offices'), dir('ru'), file('index.html'), dir('search')], {
    ru: [dir('embed'), dir('offices'), file('index.html')],
  });
  const r = rules(text);

  test('sends nosniff and a referrer policy for every file', () => {
    expect(r.get('/*')).toEqual([
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: strict-origin-when-cross-origin',
    ]);
  });

  test('lets any site frame the embeds, in both languages, and only this site frame the pages', () => {
    expect(r.get('/embed/*')).toEqual([`Content-Security-Policy: ${embedFrameAncestors}`]);
    expect(r.get('/ru/embed/*')).toEqual([`Content-Security-Policy: ${embedFrameAncestors}`]);
    for (const path of ['/', '/offices/*', '/search/*', '/index.html', '/ru/', '/ru/offices/*', '/ru/index.html'])
      expect(r.get(path), path).toEqual([`Content-Security-Policy: ${pageFrameAncestors}`]);
  });

  test('has no CSP rule that overlaps another (hosts would send both policies)', () => {
    const csp = [...r].filter(([, h]) => h.some((x) => x.startsWith('Content-Security-Policy'))).map(([p]) => p);
    expect(csp).not.toContain('/*');
    expect(csp).not.toContain('/ru/*');
    const folders = csp.filter((p) => p.endsWith('/*')).map((p) => p.slice(0, -1));
    for (const a of folders)
      for (const b of folders) if (a !== b) expect(b.startsWith(a), `${a} covers ${b}`).toBe(false);
  });
});
