import { describe, expect, test } from 'vitest';
import { foldKeyboard } from '../../../../src/lib/text/keyboard.ts';
import { squash } from '../../../../src/lib/text/squash.ts';

describe('foldKeyboard', () => {
  test.each([
    { input: 'қарағанды', output: 'караганды' },
    { input: 'ұзынағаш', output: 'узынагаш' },
    { input: 'бұланды', output: 'буланды' },
    { input: 'алматы', output: 'алматы' },
  ])("folds '$input' to '$output'", ({ input, output }) => {
    expect(foldKeyboard(input)).toBe(output);
  });
});

describe('squash', () => {
  test('makes a letter-spaced run and its word the same key', () => {
    expect(squash('с т а н д а р т ы н а')).toBe(squash('Стандартына'));
  });

  test('keeps letters apart that only look alike (folding is the normaliser’s work)', () => {
    expect(squash('бөлiмi')).not.toBe(squash('бөлімі'));
  });
});
