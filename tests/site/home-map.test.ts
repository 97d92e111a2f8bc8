/**
 * The home page's map of regions counts regions in both languages: its mode is a typed value, not the
 * translated noun it once switched on (the Russian page said «На карте 16 учреждений»). The number is
 * the regions of the open data that have offices.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { ui } from '../../src/i18n/index.ts';
import type { Office } from '../../src/schemas/office.ts';
import { assertBuilt, readDist, readOpenData } from './dist.ts';

let regions: number;

beforeAll(async () => {
  assertBuilt();
  regions = new Set((await readOpenData<Office>('offices.json')).map((o) => o.region)).size;
});

describe('the map of regions on the home page', () => {
  test.each([
    { lang: 'kk', path: 'index.html' },
    { lang: 'ru', path: 'ru/index.html' },
  ] as const)('counts regions on the $lang home page', async ({ lang, path }) => {
    const html = await readDist(path);
    expect(regions).toBeGreaterThan(10);
    expect(html).toContain(ui(lang)['map.count'](regions, true));
    expect(html).not.toContain(ui(lang)['map.count'](regions, false));
  });
});
