/**
 * The reviewed vocabularies of content/ against the data the ingest builds from the committed acts: life
 * situations and everyday names lead to services that exist, and today's geography names places the acts
 * have, agreeing with the ingest's own `presentRegion` (two reviews of one fact must not drift apart).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { IngestResult } from '../../../scripts/ingest/run-ingest.ts';
import { kazakhLatin } from '../../../src/lib/names/latin.ts';
import { russianNames } from '../../../src/lib/names/russian.ts';
import { changesOf, everydayNames, geographyChanges, situations } from '../../../src/lib/names/vocabularies.ts';
import { ingestCommittedSources } from '../../helpers/ingest-inputs.ts';

let data: IngestResult;

beforeAll(() => {
  data = ingestCommittedSources();
}, 60_000);

const KAZAKH_LETTER = /[әғқңөұүһі]/iu;
const duplicates = (xs: readonly string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);

describe('life situations', () => {
  test('every situation leads only to services the data has, and every service is reached by one', () => {
    const ids = new Set(data.services.map((s) => s.id));
    expect(situations.flatMap((s) => s.services.filter((id) => !ids.has(id)).map((id) => `${s.id}: ${id}`))).toEqual(
      [],
    );
    const reached = new Set(situations.flatMap((s) => s.services));
    expect([...ids].filter((id) => !reached.has(id))).toEqual([]);
  });

  test('ids are unique and a situation lists a service once', () => {
    expect(duplicates(situations.map((s) => s.id))).toEqual([]);
    expect(situations.flatMap((s) => duplicates(s.services).map((d) => `${s.id}: ${d}`))).toEqual([]);
  });

  test('the issue covers its list: job, child, disability of five kinds, income, housing, fuel, test site, care', () => {
    expect(situations.map((s) => s.id).sort()).toEqual(
      [
        'job-loss',
        'child',
        'disability',
        'disabled-child',
        'mobility',
        'hearing',
        'sight',
        'low-income',
        'housing',
        'rural-fuel',
        'semipalatinsk',
        'care-at-home',
        'care-in-institution',
      ].sort(),
    );
  });

  test('Russian words hold no Kazakh letter; each situation has the words people use in both languages', () => {
    const bad = situations.flatMap((s) => s.words.ru.filter((w) => KAZAKH_LETTER.test(w)).map((w) => `${s.id}: ${w}`));
    expect(bad).toEqual([]);
    expect(situations.filter((s) => !s.words.kk.length || !s.words.ru.length)).toEqual([]);
  });

  test.each([
    { words: 'потерял работу', lang: 'ru', service: 'zhumyssyz-azamattarga-anyktama-beru' },
    { words: 'жұмыстан шықтым', lang: 'kk', service: 'zhumyssyz-azamattarga-anyktama-beru' },
    { words: 'пособие на ребенка', lang: 'ru', service: '18-zhaska-deiingi-balaly-otbasylarga-memlekettik' },
    { words: 'слуховой аппарат', lang: 'ru', service: 'mugedekterdi-surdo-tiflokuraldarmen-zhane-mindetti' },
    {
      words: 'топливо для сельских специалистов',
      lang: 'ru',
      service: 'otyn-satyp-alu-boiynsha-auyldyk-zherde-turatyn-aleumettik',
    },
  ] as const)(
    'the issue\'s "$words" is a word of a situation that leads to its service',
    ({ words, lang, service }) => {
      const hit = situations.find((s) => s.words[lang].includes(words));
      expect(hit?.services).toContain(service);
    },
  );
});

describe('everyday service names', () => {
  test('one entry per service of the data, no other', () => {
    expect(everydayNames.services.map((s) => s.id).sort()).toEqual(data.services.map((s) => s.id).sort());
  });

  test('the Russian short names and words hold no Kazakh letter', () => {
    const bad = everydayNames.services.flatMap((s) =>
      [s.ru, ...s.words.ru].filter((w) => KAZAKH_LETTER.test(w)).map((w) => `${s.id}: ${w}`),
    );
    expect(bad).toEqual([]);
  });

  test('every office kind has its Kazakh everyday names', () => {
    expect(everydayNames.officeKinds.map((k) => k.kind).sort()).toEqual(
      russianNames.officeKinds.map((k) => k.kind).sort(),
    );
  });
});

describe("today's geography", () => {
  test('each change names places and a former region the data has', () => {
    const ids = new Set(data.places.map((p) => p.id));
    const missing = geographyChanges.flatMap((c) =>
      [...c.places, ...(c.fromRegion ? [c.fromRegion] : [])].filter((id) => !ids.has(id)).map((id) => `${c.id}: ${id}`),
    );
    expect(missing).toEqual([]);
    expect(duplicates(geographyChanges.map((c) => c.id))).toEqual([]);
  });

  test("a moved place lay in the change's former region in the acts", () => {
    const parent = new Map(data.places.map((p) => [p.id, p.parent]));
    const wrong = geographyChanges
      .filter((c) => c.fromRegion && c.kind !== 'region-renamed')
      .flatMap((c) => c.places.filter((id) => parent.get(id) !== c.fromRegion).map((id) => `${c.id}: ${id}`));
    expect(wrong).toEqual([]);
  });

  test("the 2022 regions and Turkistan list exactly the districts and cities the ingest's presentRegion moves", () => {
    const changes = geographyChanges.filter((c) => c.kind === 'region-created' || c.kind === 'region-renamed');
    expect(changes.map((c) => c.today.kk).sort()).toEqual(
      ['Абай облысы', 'Жетісу облысы', 'Түркістан облысы', 'Ұлытау облысы'].sort(),
    );
    for (const c of changes) {
      const moved = data.places
        .filter(
          (p) => p.presentRegion === c.today.kk && (p.kind === 'district' || p.kind === 'city' || p.kind === 'region'),
        )
        .filter((p) => (c.kind === 'region-renamed' ? p.kind === 'region' : true))
        .map((p) => p.id);
      expect({ change: c.id, places: [...c.places].sort() }).toEqual({ change: c.id, places: moved.sort() });
    }
  });

  test("today's Latin name is the 2021 Kazakh Latin alphabet's, by the tested rule", () => {
    expect(geographyChanges.filter((c) => c.today.latin !== kazakhLatin(c.today.kk)).map((c) => c.id)).toEqual([]);
  });

  test('Қапшағай is Қонаев today, with the decree of 2022', () => {
    const kapshagai = geographyChanges.find((c) => c.places.includes('kapshagai-kalasy'));
    expect(kapshagai?.today.kk).toBe('Қонаев қаласы');
    expect(kapshagai?.decree.date?.slice(0, 4)).toBe('2022');
  });

  test('a village of a district that moved is in the new region today, through its district', () => {
    const parent = new Map(data.places.map((p) => [p.id, p.parent]));
    const moved = geographyChanges.find((c) => c.today.kk === 'Жетісу облысы');
    const village = data.places.find((p) => p.kind === 'settlement' && moved?.places.includes(parent.get(p.id) ?? ''));
    expect(village).toBeDefined();
    expect(changesOf(village?.id ?? '', (id) => parent.get(id) ?? null).map((c) => c.id)).toContain(moved?.id);
    const untouched = data.places.find((p) => p.kind === 'district' && p.presentRegion === null && p.parent !== null);
    expect(
      changesOf(untouched?.id ?? '', (id) => parent.get(id) ?? null).filter((c) => c.kind.startsWith('region')),
    ).toEqual([]);
  });

  test('an unconfirmed number or date is null and said, never guessed', () => {
    const silent = geographyChanges.filter(
      (c) => (c.decree.number === null || c.decree.date === null) && c.decree.unconfirmed === null,
    );
    expect(silent.map((c) => c.id)).toEqual([]);
  });
});

describe('Russian name corrections (issue 18)', () => {
  const entry = (id: string) => russianNames.places.find((p) => p.id === id);

  test.each([
    { id: 'taran-audany', ru: 'Тарановский район', previous: 'Таранский район' },
    { id: 'karmakshy-audany', ru: 'Кармакшинский район', previous: 'Кармакчинский район' },
    { id: 'kobda-audany', ru: 'Кобдинский район', previous: 'Хобдинский район' },
  ])('$id is $ru, the former $previous kept beside it with its reason', ({ id, ru, previous }) => {
    const e = entry(id);
    expect(e?.ru).toBe(ru);
    expect(e?.source).toBe('reviewed');
    expect(e?.correction?.previous).toBe(previous);
    expect(e?.correction?.references.length).toBeGreaterThan(0);
  });

  test('the older forms stay searchable: Кармакчинский, Хобдинский, and Капчагай for Қапшағай', () => {
    expect(entry('karmakshy-audany')?.forms).toContain('Кармакчинский');
    expect(entry('kobda-audany')?.forms).toContain('Хобдинский');
    expect(entry('kapshagai-kalasy')?.forms).toContain('Капчагай');
  });
});
