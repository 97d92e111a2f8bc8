import { describe, expect, test } from 'vitest';
import { foldLookalikes, LOWER_CASE_LATIN_TO_CYRILLIC } from '../../../../src/lib/text/homoglyphs.ts';

describe('foldLookalikes', () => {
  test.each([
    // 000 types Latin `i` for `і` throughout.
    { input: 'Үкiметiнiң', output: 'Үкіметінің' },
    { input: 'Cағат 9-00', output: 'Сағат 9-00' },
    // A word with no Cyrillic letter is Latin on purpose: e-mails and sites stay as written.
    { input: 'akkol_ozsp@mail.ru', output: 'akkol_ozsp@mail.ru' },
    { input: 'www.gorakim.kz бөлiмi', output: 'www.gorakim.kz бөлімі' },
  ])("folds '$input' to '$output'", ({ input, output }) => {
    expect(foldLookalikes(input)).toBe(output);
  });
});

describe('LOWER_CASE_LATIN_TO_CYRILLIC', () => {
  test('reads a lower-cased `h` as the capital `H` of `Н`, not as `һ`', () => {
    expect(LOWER_CASE_LATIN_TO_CYRILLIC.h).toBe('н');
  });

  test('holds only Latin keys and Cyrillic values', () => {
    for (const [latin, cyrillic] of Object.entries(LOWER_CASE_LATIN_TO_CYRILLIC)) {
      expect(latin).toMatch(/^[a-z]$/u);
      expect(cyrillic).toMatch(/^\p{Script=Cyrillic}$/u);
    }
  });

  test('has no twin for letters no Cyrillic letter looks like', () => {
    expect(['d', 'f', 'g', 'l', 'q', 'z'].map((ch) => LOWER_CASE_LATIN_TO_CYRILLIC[ch])).toEqual(
      Array(6).fill(undefined),
    );
  });
});
