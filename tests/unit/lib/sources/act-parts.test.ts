import { describe, expect, test } from 'vitest';
import { partOfLine, splitAct } from '../../../../src/lib/sources/act-parts.ts';

const lines = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`);

describe('splitAct', () => {
  test('cuts at the documents and appendices, the text before them is the head, every line in one part', () => {
    const parts = splitAct(lines, [
      { line: 4, kind: 'document', document: 1, title: 'Стандарт' },
      { line: 9, kind: 'appendix', document: 1, appendix: 1, title: 'Байланыс' },
      { line: 15, kind: 'document', document: 2 },
    ]);
    expect(parts.map((p) => [p.slug, p.first, p.last])).toEqual([
      ['head', 1, 3],
      ['d1', 4, 8],
      ['d1-a1', 9, 14],
      ['d2', 15, 20],
    ]);
    expect(parts[2]?.title).toBe('Байланыс');
  });

  test('cuts a heavy part into pieces at line boundaries, none over the limit', () => {
    const heavy = Array.from({ length: 10 }, () => 'x'.repeat(99));
    const parts = splitAct(heavy, [{ line: 1, kind: 'document', document: 1 }], 300);
    expect(parts.map((p) => [p.slug, p.first, p.last, p.piece])).toEqual([
      ['d1', 1, 3, 1],
      ['d1-2', 4, 6, 2],
      ['d1-3', 7, 9, 3],
      ['d1-4', 10, 10, 4],
    ]);
  });

  test('ignores a start outside the text or on a line already taken', () => {
    const parts = splitAct(lines, [
      { line: 0, kind: 'document', document: 9 },
      { line: 30, kind: 'document', document: 8 },
      { line: 5, kind: 'document', document: 1 },
      { line: 5, kind: 'appendix', document: 1, appendix: 1 },
    ]);
    expect(parts.map((p) => p.slug)).toEqual(['head', 'd1']);
  });
});

describe('partOfLine', () => {
  const parts = splitAct(lines, [{ line: 10, kind: 'document', document: 1 }]);
  test.each([
    [1, 'head'],
    [9, 'head'],
    [10, 'd1'],
    [20, 'd1'],
  ])('line %i is in %s', (line, slug) => {
    expect(partOfLine(parts, line)?.slug).toBe(slug);
  });
  test('a line past the end is in no part', () => {
    expect(partOfLine(parts, 21)).toBeNull();
  });
});
