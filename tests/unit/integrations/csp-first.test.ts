import { describe, expect, test } from 'vitest';
import { moveCspFirstBytes } from '../../../src/integrations/csp-first.ts';

/** The page as the middleware hands it over, and back as text; null when it has no policy. */
const moveCspFirst = (html: string): string | null => {
  const moved = moveCspFirstBytes(Buffer.from(html));
  return moved && Buffer.from(moved).toString('utf8');
};

const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'">`;

describe('moveCspFirstBytes', () => {
  test('puts the policy right after the charset, above the title and the JSON-LD', () => {
    const page = `<!DOCTYPE html><html lang="kk"><head><meta charset="utf-8"><title>A</title><script type="application/ld+json">{}</script>${csp}</head><body></body></html>`;
    const moved = moveCspFirst(page);
    expect(moved).toBe(
      `<!DOCTYPE html><html lang="kk"><head><meta charset="utf-8">${csp}<title>A</title><script type="application/ld+json">{}</script></head><body></body></html>`,
    );
  });

  test('puts it first when the page declares no charset', () => {
    const moved = moveCspFirst(`<html><head><title>A</title>${csp}</head></html>`);
    expect(moved).toBe(`<html><head>${csp}<title>A</title></head></html>`);
  });

  test('leaves a page without a policy alone', () => {
    const page = '<html><head><title>A</title></head></html>';
    expect(moveCspFirst(page)).toBeNull();
  });
});
