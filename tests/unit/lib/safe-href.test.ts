import { describe, expect, test } from 'vitest';
import { mailtoHref, safeHref } from '../../../src/lib/safe-href.ts';

describe('safeHref', () => {
  test.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/',
    'https://x.kz/"><svg/onload=alert(1)>',
    'www.x.kz',
  ])('refuses %s', (href) => {
    expect(safeHref(href)).toBeNull();
  });

  test.each([
    'https://akimat.kz/kk/',
    'http://www.akimat.kz',
    'tel:+77163821048',
    'mailto:bolim@akimat.kz',
    '/offices/akkol-audany/',
    '#line-12',
  ])('lets %s through unchanged', (href) => {
    expect(safeHref(href)).toBe(href);
  });
});

describe('mailtoHref', () => {
  test('links a plain address', () => {
    expect(mailtoHref('bolim@akimat.kz')).toBe('mailto:bolim@akimat.kz');
  });

  test.each(['"x"@a.kz', 'a@b', 'a@b.kz?body=<script>', 'x@a.kz"onmouseover="alert(1)', 'no address'])(
    'refuses %s',
    (email) => {
      expect(mailtoHref(email)).toBeNull();
    },
  );
});
