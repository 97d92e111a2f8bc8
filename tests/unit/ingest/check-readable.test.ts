import { describe, expect, test } from 'vitest';
import { checkReadable } from '../../../scripts/ingest/integrity/check-readable.ts';

describe('checkReadable', () => {
  test('accepts a Kazakh act text', () => {
    expect(checkReadable({ file: 'a.txt', text: 'Мемлекеттік қызмет\n\tстандарты\n' })).toBeNull();
  });
  test('refuses an empty file', () => {
    expect(checkReadable({ file: 'a.txt', text: ' \n\n' })?.code).toBe('empty-source');
  });
  test('refuses random bytes and names the first bad line', () => {
    const bytes = Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 97 + 13) % 256)).toString('utf8');
    const d = checkReadable({ file: 'noise.txt', text: `Мемлекеттік\nқызмет\n${bytes}` });
    expect(d?.code).toBe('not-text');
    expect(d?.file).toBe('noise.txt');
    expect(d?.line).toBe(3);
  });
});
