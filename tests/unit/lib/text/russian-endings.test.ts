import { describe, expect, test } from 'vitest';
import { foldText } from '../../../../src/lib/search/fold.ts';
import { stripRussianEnding } from '../../../../src/lib/text/russian-endings.ts';

const stem = (word: string) => stripRussianEnding(foldText(word));

describe('stripRussianEnding', () => {
  test.each([
    { typed: 'Бурабайского', indexed: 'Бурабайский' },
    { typed: 'района', indexed: 'район' },
    { typed: 'Карагандинской', indexed: 'Карагандинская' },
    { typed: 'области', indexed: 'область' },
    { typed: 'Караганде', indexed: 'Караганда' },
    { typed: 'занятости', indexed: 'занятость' },
    { typed: 'помощи', indexed: 'помощь' },
    { typed: 'Усть-Каменогорска', indexed: 'Усть-Каменогорск' },
  ])("'$typed' and '$indexed' meet: the typed stem starts the indexed word", ({ typed, indexed }) => {
    expect(foldText(indexed).startsWith(stem(typed))).toBe(true);
    expect(stem(typed).length).toBeGreaterThanOrEqual(4);
  });

  test('short words are left alone', () => {
    expect(stem('ЦОН')).toBe('цон');
    expect(stem('село')).toBe('село');
  });
});
