/**
 * The two UI dictionaries. Their shape is checked by the type checker (`astro check`): the lines marked
 * `@ts-expect-error` below fail the check if a dictionary without a key, or with a key of its own, were ever
 * accepted. At run time: the same keys and kinds of entry. (An entry may be empty in one language: word order
 * differs, so a piece around a link can be needed in one and not the other.)
 */
import { describe, expect, test } from 'vitest';
import { kk } from '../../../src/i18n/kk.ts';
import { ru } from '../../../src/i18n/ru.ts';
import type { UiDictionary } from '../../../src/i18n/types.ts';

const { 'nav.services': _dropped, ...withoutOne } = ru;
// @ts-expect-error a dictionary missing a key is not a UiDictionary
const missingKey: UiDictionary = withoutOne;
// @ts-expect-error nor is one with a key the Kazakh dictionary does not have
const extraKey: UiDictionary = { ...ru, 'nav.nowhere': 'Нигде' };

describe('UI dictionaries', () => {
  test('the type check is what rejects them (the objects themselves are ordinary)', () => {
    expect(Object.keys(missingKey)).not.toContain('nav.services');
    expect(Object.keys(extraKey)).toContain('nav.nowhere');
  });

  test('Kazakh and Russian have the same keys', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(kk).sort());
  });

  test.each(Object.keys(kk) as (keyof typeof kk)[])(
    '%s: an entry of the same kind in both, Russian using no argument Kazakh lacks',
    (key) => {
      const a: unknown = kk[key];
      const b: unknown = ru[key];
      expect(typeof b).toBe(typeof a);
      if (typeof a === 'function' && typeof b === 'function') expect(b.length).toBeLessThanOrEqual(a.length);
    },
  );
});
