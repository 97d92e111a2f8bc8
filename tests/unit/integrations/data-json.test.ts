import { describe, expect, test } from 'vitest';
import { checkCollection, parseDataJson } from '../../../src/integrations/data-json.ts';

describe('parseDataJson', () => {
  test('names the file, line and column of a fault', () => {
    const text = '[\n {"id": "a"},\n {"id": "b",, }\n]\n';
    expect(() => parseDataJson('offices.json', text)).toThrow(/^content\/data\/offices\.json:3:13: invalid JSON/);
  });

  test('names the end of a cut file', () => {
    expect(() => parseDataJson('acts.json', '[\n {"id": "a"')).toThrow(/^content\/data\/acts\.json:2:/);
  });

  test('reads valid JSON', () => {
    expect(parseDataJson('acts.json', '[{"id":"a"}]')).toEqual([{ id: 'a' }]);
  });
});

describe('checkCollection', () => {
  test.each([
    { data: {}, error: /expected an array/ },
    { data: [{ id: 'a' }, { name: 'x' }], error: /record 2 has no id/ },
    { data: [{ id: 'a' }, { id: 'a' }], error: /id a appears twice/ },
  ])('refuses $data', ({ data, error }) => {
    expect(() => checkCollection('offices.json', data)).toThrow(error);
  });
});
