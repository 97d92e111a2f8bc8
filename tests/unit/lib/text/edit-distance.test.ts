import { describe, expect, test } from 'vitest';
import { editDistance } from '../../../../src/lib/text/edit-distance.ts';

describe('editDistance', () => {
  test.each([
    { a: 'бұхар жырау', b: 'бұқар жырау', distance: 1 },
    { a: 'kitten', b: 'sitting', distance: 3 },
    { a: '', b: 'абв', distance: 3 },
    { a: 'абв', b: '', distance: 3 },
    { a: 'аудан', b: 'аудан', distance: 0 },
  ])("'$a' -> '$b' is $distance", ({ a, b, distance }) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  test('gives more than the limit when the distance exceeds it, the distance when within', () => {
    expect(editDistance('kitten', 'sitting', 2)).toBeGreaterThan(2);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('a', 'abcd', 2)).toBe(Number.POSITIVE_INFINITY);
  });

  test('weighs substitutions with the given cost', () => {
    const vowelsHalf = (x: string, y: string) => (x === y ? 0 : 'aeiou'.includes(x) && 'aeiou'.includes(y) ? 0.5 : 1);
    expect(editDistance('uzunagash', 'uzanagash', Number.POSITIVE_INFINITY, vowelsHalf)).toBe(0.5);
    expect(editDistance('uzunagash', 'uzunagach', Number.POSITIVE_INFINITY, vowelsHalf)).toBe(1);
  });
});
