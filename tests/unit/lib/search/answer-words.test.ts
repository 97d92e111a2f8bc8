import { describe, expect, test } from 'vitest';
import { typoLimit, wordCost } from '../../../../src/lib/search/answer-scoring.ts';
import { splitWords } from '../../../../src/lib/search/answer-words.ts';

describe('words of a query', () => {
  test.each([
    { text: 'Қарағанды облысында', core: ['караганды'], hints: ['region'] },
    { text: 'Бурабайского района', core: ['бурабаиского'], hints: ['district'] },
    { text: 'г. Караганда', core: ['караганда'], hints: ['city'] },
    { text: 'пособие на ребенка', core: ['пособие', 'ребенка'], hints: [] },
    { text: 'Qarağandy oblysy', core: ['qaragandy'], hints: ['region'] },
    { text: '<script>alert(1)</script>', core: ['script', 'alert', '1', 'script'], hints: [] },
    { text: '😀 !!! ...', core: [], hints: [] },
  ])('"$text" names $core', ({ text, core, hints }) => {
    expect(splitWords(text)).toEqual({ core, hints });
  });
});

describe('reading a word as a name', () => {
  test('one letter may differ in words of 5 to 8 letters, two in 9 or more, none below 5', () => {
    expect([4, 5, 8, 9, 12].map(typoLimit)).toEqual([0, 1, 1, 2, 2]);
  });

  test.each([
    { q: 'карагнда', t: 'караганда', found: true },
    { q: 'осакровка', t: 'осакаровка', found: true },
    { q: 'талдыкоргн', t: 'талдыкорган', found: true },
    { q: 'жумысыз', t: 'жумыссыз', found: true },
    { q: 'караганды', t: 'карагандыда', found: true },
    { q: 'шет', t: 'шу', found: false },
    { q: 'абаи', t: 'абыл', found: false },
    { q: 'караганда', t: 'карасаи', found: false },
  ])('"$q" as "$t": $found', ({ q, t, found }) => {
    expect(wordCost(q, t) !== null).toBe(found);
  });

  test('the exact word costs nothing, a case form less than a slip', () => {
    const exact = wordCost('караганда', 'караганда') ?? Number.NaN;
    const form = wordCost('караганды', 'карагандыда') ?? Number.NaN;
    const slip = wordCost('карагнда', 'караганда') ?? Number.NaN;
    expect(exact).toBe(0);
    expect(form).toBeLessThan(slip);
  });
});
