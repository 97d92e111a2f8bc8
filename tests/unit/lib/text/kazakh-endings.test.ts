import { describe, expect, test } from 'vitest';
import { foldText } from '../../../../src/lib/search/fold.ts';
import { stripKazakhEndings } from '../../../../src/lib/text/kazakh-endings.ts';

/** The stem of a Kazakh word as the search sees it (folded first, as both the index and the query are). */
const stem = (word: string) => stripKazakhEndings(foldText(word));

describe('stripKazakhEndings', () => {
  test.each([
    { typed: 'Қарағандыда', indexed: 'Қарағанды' },
    { typed: 'Қарағандыдағы', indexed: 'Қарағанды' },
    { typed: 'Қарағандының', indexed: 'Қарағанды' },
    { typed: 'ауданының', indexed: 'ауданы' },
    { typed: 'ауданында', indexed: 'ауданы' },
    { typed: 'ауданына', indexed: 'ауданы' },
    { typed: 'облысынан', indexed: 'облысы' },
    { typed: 'Ақкөлде', indexed: 'Ақкөл' },
    { typed: 'Шәуілдірден', indexed: 'Шәуілдір' },
    { typed: 'Екібастұзға', indexed: 'Екібастұз' },
    { typed: 'ауылдарында', indexed: 'ауыл' },
    { typed: 'жәрдемақыны', indexed: 'жәрдемақы' },
  ])("the stem of '$typed' starts '$indexed' (so Pagefind's prefix match finds it)", ({ typed, indexed }) => {
    expect(foldText(indexed).startsWith(stem(typed))).toBe(true);
    // and it is a real stem, not a stub that starts every other word too
    expect(stem(typed).length).toBeGreaterThanOrEqual(4);
  });

  test('the indexed and the inflected form meet at the same stem', () => {
    expect(stem('ауданының')).toBe('аудан');
    expect(stem('Қарағандыда')).toBe(stem('Қарағандыдан'));
  });

  test('short words are left alone', () => {
    expect(stem('үйде')).toBe('уиде');
    expect(stem('ана')).toBe('ана');
  });

  test('at most one ending of each kind comes off', () => {
    // case (-нда) then possessive (-ы) then plural (-дар); never a second case ending after the first
    expect(stem('ауылдарында')).toBe('ауыл');
    expect(stem('облысынан')).toBe('облы');
  });
});
