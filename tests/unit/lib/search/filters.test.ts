import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ui } from '../../../../src/i18n/index.ts';
import { officeKindName } from '../../../../src/lib/names/office-kind.ts';
import { russianNames } from '../../../../src/lib/names/russian.ts';
import { regionId } from '../../../../src/lib/places/pages.ts';
import { searchFilterLists } from '../../../../src/lib/search/filters.ts';
import { actAliasRecord, officeAliasRecord, serviceAliasRecord } from '../../../../src/lib/search/records.ts';
import type { Act } from '../../../../src/schemas/act.ts';
import type { Office } from '../../../../src/schemas/office.ts';
import type { Service } from '../../../../src/schemas/service.ts';

const read = <T>(name: string): T => JSON.parse(readFileSync(join(process.cwd(), 'content/data', name), 'utf8')) as T;
const offices = read<Office[]>('offices.json');
const services = read<Service[]>('services.json');
const acts = read<Act[]>('acts.json');
const russianRegion = new Map(russianNames.places.map((p) => [p.id, p.ru]));

describe('search filters', () => {
  const kk = searchFilterLists(offices, 'kk');
  const ru = searchFilterLists(offices, 'ru');

  test('every record in the index has a filter value that one option of each page holds', () => {
    const records = [
      ...offices.map((o) => officeAliasRecord(o, [])),
      ...services.map(serviceAliasRecord),
      ...acts.map(actAliasRecord),
    ];
    for (const lists of [kk, ru]) {
      const kinds = new Set(lists.kind.map((o) => o.value));
      const regions = new Set(lists.region.map((o) => o.value));
      expect(records.filter((r) => !r.filters.kind?.every((k) => kinds.has(k))).map((r) => r.url)).toEqual([]);
      expect(records.filter((r) => r.filters.region?.some((v) => !regions.has(v))).map((r) => r.url)).toEqual([]);
    }
  });

  test('one region option per region of the offices, its id the region page’s', () => {
    const named = [...new Set(offices.map((o) => o.region))];
    expect(kk.region.map((o) => o.value).sort()).toEqual(named.map(regionId).sort());
    expect(kk.region.map((o) => o.label).sort()).toEqual([...named].sort());
  });

  test('the Russian page names regions by their reviewed Russian names, the others in Kazakh marked so', () => {
    for (const option of ru.region) {
      const russian = russianRegion.get(option.value);
      if (russian) expect(option).toMatchObject({ label: russian, lang: undefined });
      else expect(option.lang).toBe('kk');
    }
    expect(ru.region.filter((o) => russianRegion.has(o.value)).length).toBeGreaterThan(0);
  });

  test('kinds are named in the page’s language; their values are no word of either', () => {
    // The reviewed glossary's Russian names and the dictionaries' words, not this module's own lookup.
    const ruRural = ru.kind.find((o) => o.value === 'rural-akim');
    expect(ruRural?.label).toBe(russianNames.officeKinds.find((k) => k.kind === 'rural-akim')?.one);
    expect(ru.kind.find((o) => o.value === 'act')?.label).toBe(ui('ru')['search.kind.act']);
    expect(kk.kind.find((o) => o.value === 'service')?.label).toBe(ui('kk')['search.kind.service']);
    // Each kind has a Russian name of its own, and no value is a label in either language.
    kk.kind.forEach((option, i) => {
      expect(ru.kind[i]?.value).toBe(option.value);
      expect(ru.kind[i]?.label).not.toBe(option.label);
    });
    const labels = new Set([...kk.kind, ...ru.kind, ...kk.region, ...ru.region].map((o) => o.label));
    expect([...kk.kind, ...kk.region].filter((o) => labels.has(o.value))).toEqual([]);
    expect(kk.kind.map((o) => o.value)).toContain('rural-akim');
  });

  test('an option keeps the Kazakh label the index held before, for links saved then', () => {
    const rural = ru.kind.find((o) => o.value === 'rural-akim');
    // The index held labels with Pagefind's separator, the comma, taken out.
    expect(rural?.former).toBe(officeKindName('rural-akim', 'kk').one.replace(/,/g, ' '));
    const almaty = ru.region.find((o) => o.value === regionId('Алматы облысы'));
    expect(almaty?.former).toBe('Алматы облысы');
  });
});
