import { describe, expect, test } from 'vitest';
import { unlinkCutWebsites } from '../../../../scripts/ingest/resolve/unlink-cut-websites.ts';
import { office } from '../../../helpers/records.ts';

// 001 lines 5892 and 5924: two rural akims of Панфилов ауданы; the second lost the `p` at a line break.
const whole = office({
  id: 'zharkent',
  kind: 'rural-akim',
  name: 'Жаркент',
  region: 'Алматы облысы',
  websites: ['panfilov.kz'],
});
const cut = office({
  id: 'birlik',
  kind: 'rural-akim',
  name: 'Бірлік',
  region: 'Алматы облысы',
  websites: ['anfilov.kz'],
});

describe('unlinkCutWebsites', () => {
  test('moves `anfilov.kz` to unlinkedContacts, naming `panfilov.kz`', () => {
    const { offices, diagnostics } = unlinkCutWebsites([whole, cut]);
    expect(offices[1]?.websites).toEqual([]);
    expect(offices[1]?.unlinkedContacts).toEqual([
      { kind: 'website', raw: 'anfilov.kz', reason: 'looks cut short at a line break: other rows write «panfilov.kz»' },
    ]);
    expect(diagnostics.map((d) => d.code)).toEqual(['website-cut']);
    expect(offices[0]).toBe(whole);
  });

  test.each([
    ['shahtinsk.kz', 'www.shahtinsk.kz'], // a subdomain: cut at a dot, both are hosts
    ['akmol.kz', 'egindyk.akmol.kz'],
  ])('keeps `%s` next to `%s` linked', (short, long) => {
    const a = office({ id: 'a', kind: 'akim-office', name: 'a', region: 'Қарағанды облысы', websites: [short] });
    const b = office({ id: 'b', kind: 'akim-office', name: 'b', region: 'Қарағанды облысы', websites: [long] });
    expect(unlinkCutWebsites([a, b]).offices[0]?.websites).toEqual([short]);
  });
});
