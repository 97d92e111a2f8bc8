/**
 * The answer layer over the data of the committed acts: every name the index holds leads to its page,
 * every service x district answer is reached by a service's everyday name and the place, today's names land
 * on the acts' places, ambiguous names offer each place, and bad input returns nothing harmful. Expected
 * pages are read from the data (ids, applicability, reviewed names), never typed.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { kazakhLatin, russianLatin } from '../../../../src/lib/names/latin.ts';
import { russianNames } from '../../../../src/lib/names/russian.ts';
import { everydayNames, geographyChanges, situations } from '../../../../src/lib/names/vocabularies.ts';
import type { AnswerIndex } from '../../../../src/lib/search/answer-index-types.ts';
import { type Answer, answer, nearest, placeHref, situationLinks } from '../../../../src/lib/search/answer-match.ts';
import { type AnswerTerms, buildTerms } from '../../../../src/lib/search/answer-terms.ts';
import type { Place } from '../../../../src/schemas/place.ts';
import type { Service } from '../../../../src/schemas/service.ts';
import { answerIndexOf } from '../../../helpers/answer-index.ts';
import { ingestCommittedSources } from '../../../helpers/ingest-inputs.ts';

let index: AnswerIndex;
let terms: AnswerTerms;
let places: Place[];
let services: Service[];

beforeAll(() => {
  const data = ingestCommittedSources();
  places = data.places;
  services = data.services;
  index = answerIndexOf(data);
  terms = buildTerms(index);
}, 60_000);

/** The sweeps ask a thousand queries (about 2 ms each): far from this limit even on a loaded machine. */
const SWEEP_MS = 120_000;

const UI = { notCovered: '{service} — {place}: not covered' };
const hrefs = (query: string, lang: 'kk' | 'ru' = 'kk', k = 3) =>
  answer(terms, query, lang, UI)
    .slice(0, k)
    .map((a) => a.href);
const pageOf = (p: Place) => (p.parent === null ? `/regions/${p.id}/` : `/districts/${p.id}/`);
const named = (kk: string) => places.filter((p) => p.name === kk && p.kind !== 'settlement');

describe('every name leads to its page', () => {
  test(
    'each region, district and city by its Kazakh, Russian, Latin and 2021 Latin names (first four answers)',
    () => {
      const ru = new Map(russianNames.places.map((p) => [p.id, p]));
      const misses = places
        .filter((p) => p.kind === 'region' || p.kind === 'district' || p.kind === 'city')
        .flatMap((p) => {
          const r = ru.get(p.id);
          const names = [p.name, kazakhLatin(p.name), ...(r ? [r.ru, r.forms.at(-1) ?? r.ru, russianLatin(r.ru)] : [])];
          return names.filter((n) => !hrefs(n, 'kk', 4).includes(pageOf(p))).map((n) => `${p.id}: ${n}`);
        });
      expect(misses).toEqual([]);
    },
    SWEEP_MS,
  );

  test(
    'each service by its official names and everyday names, in both languages',
    () => {
      const misses = services.flatMap((s) => {
        const ru = russianNames.services.find((x) => x.id === s.id);
        const day = everydayNames.services.find((x) => x.id === s.id);
        const names = [s.name, ru?.ru, ...(ru?.forms ?? []), day?.kk, day?.ru].filter((n): n is string => Boolean(n));
        return names.filter((n) => !hrefs(n).includes(`/services/${s.id}/`)).map((n) => `${s.id}: ${n}`);
      });
      expect(misses).toEqual([]);
    },
    SWEEP_MS,
  );

  test(
    "each situation's words lead to its page or to one of its services",
    () => {
      const misses = situations.flatMap((x) =>
        [x.kk, x.ru, ...x.words.kk, ...x.words.ru]
          .filter((w) => {
            const top = hrefs(w, 'kk', 4);
            return !top.includes(`/situations/${x.id}/`) && !x.services.some((s) => top.includes(`/services/${s}/`));
          })
          .map((w) => `${x.id}: ${w}`),
      );
      expect(misses).toEqual([]);
    },
    SWEEP_MS,
  );
});

describe('a need and a place', () => {
  test(
    'every service x district answer of the data is the first answer to the everyday name and the place',
    () => {
      const byId = new Map(places.map((p) => [p.id, p]));
      const ru = new Map(russianNames.places.map((p) => [p.id, p]));
      const misses: string[] = [];
      let asked = 0;
      for (const s of services) {
        const day = everydayNames.services.find((x) => x.id === s.id);
        for (const a of s.applicability ?? []) {
          const expected = `/services/${s.id}/${a.district}/`;
          const place = byId.get(a.district);
          const russian = ru.get(a.district);
          if (!day || !place) continue;
          for (const [q, lang] of [
            [`${day.kk} ${place.name}`, 'kk'],
            [`${day.ru} ${russian?.forms.at(-1) ?? place.name}`, 'ru'],
          ] as const) {
            asked++;
            if (hrefs(q, lang, 3)[0] !== expected)
              misses.push(`${q} -> ${hrefs(q, lang, 1)[0]} (expected ${expected})`);
          }
        }
      }
      expect(asked).toBeGreaterThan(1000);
      // A few everyday pairs are truly ambiguous (`Саран` is a city, `Сарқан` a district): at most 2% may
      // put another answer first, and every one must still be among the first three (next test).
      expect(misses.length / asked).toBeLessThan(0.02);
    },
    SWEEP_MS,
  );

  test.each([
    { query: 'жұмыссыз Еңбекшіқазақ', service: 'Жұмыссыз азаматтарға анықтама', place: 'Еңбекшіқазақ ауданы' },
    { query: 'Караганда пособие на детей', service: '18 жасқа дейінгі', place: 'Қарағанды қаласы' },
    { query: 'жилищная помощь Темиртау', service: 'Тұрғын үй көмегін', place: 'Теміртау қаласы' },
  ])('the issue\'s "$query" answers first with that service in $place, and says why', ({ query, service, place }) => {
    const s = services.find((x) => x.name.startsWith(service));
    const p = named(place)[0];
    const [first] = answer(terms, query, 'ru', UI);
    expect(first?.href).toBe(`/services/${s?.id}/${p?.id}/`);
    expect(first?.kind).toBe('service-district');
    expect(first?.why).toContain(' · ');
  });

  test.each([
    { query: 'zhumyssyz Enbekshikazak', service: 'Жұмыссыз азаматтарға анықтама', place: 'Еңбекшіқазақ ауданы' },
    { query: 'posobie na rebenka Temirtau', service: '18 жасқа дейінгі', place: 'Теміртау қаласы' },
    { query: 'где получить пособие на ребенка в Темиртау', service: '18 жасқа дейінгі', place: 'Теміртау қаласы' },
    { query: 'пасобие на рибенка Шахтинск', service: '18 жасқа дейінгі', place: 'Шахтинск қаласы' },
    {
      query: 'Теміртауда жұмыссыздық туралы анықтама',
      service: 'Жұмыссыз азаматтарға анықтама',
      place: 'Теміртау қаласы',
    },
  ])(
    '"$query" (Latin, a question, slips, an ending) answers first with that service there',
    ({ query, service, place }) => {
      const s = services.find((x) => x.name.startsWith(service));
      const p = named(place)[0];
      expect(hrefs(query, 'ru', 1)).toEqual([`/services/${s?.id}/${p?.id}/`]);
    },
  );

  test("a region: the service's answers in each of its districts", () => {
    const s = services.find((x) => x.name.startsWith('Тұрғын үй көмегін'));
    const region = places.find((p) => p.name === 'Қарағанды облысы');
    const inRegion = (s?.applicability ?? [])
      .filter((a) => places.find((p) => p.id === a.district)?.parent === region?.id)
      .map((a) => `/services/${s?.id}/${a.district}/`);
    const got = hrefs('тұрғын үй көмегі Қарағанды облысы', 'kk', 50);
    expect(inRegion.length).toBeGreaterThan(5);
    expect(got.filter((h) => h.startsWith(`/services/${s?.id}/`) && h.split('/').length === 5).sort()).toEqual(
      inRegion.sort(),
    );
  });

  test('a service no act applies in a place: said, with the service page, then the place', () => {
    const s = services.find((x) => x.name.startsWith('Тұрғын үй көмегін'));
    const p = named('Талғар ауданы')[0];
    expect(s?.applicability?.some((a) => a.district === p?.id)).toBe(false);
    const got = answer(terms, 'тұрғын үй көмегі Талғар', 'kk', UI);
    expect(got[0]).toMatchObject({ kind: 'not-covered', href: `/services/${s?.id}/` });
    expect(got.map((a) => a.href)).toContain(p ? pageOf(p) : '');
  });
});

describe("today's names and ambiguous places", () => {
  test.each(geographyChanges.map((c) => ({ name: c.today.kk, places: c.places })))(
    '$name lands on the places of the acts it stands for',
    ({ name, places: ids }) => {
      const got = hrefs(name, 'kk', 30);
      const expected = ids.map((id) => pageOf(places.find((p) => p.id === id) as Place));
      expect(expected.filter((h) => !got.includes(h))).toEqual([]);
    },
  );

  test('«Абай»: both Абай districts and Абай облысы, each labelled by region', () => {
    const got = answer(terms, 'Абай', 'kk', UI);
    const districts = named('Абай ауданы');
    expect(districts).toHaveLength(2);
    for (const d of districts) expect(got.map((a) => a.href)).toContain(pageOf(d));
    expect(new Set(got.slice(0, 2).map((a) => a.title)).size).toBe(2);
    expect(got.some((a) => a.why.startsWith('Абай облысы'))).toBe(true);
  });

  test('a place named with its region picks that one (`Жамбыл ауданы Жамбыл облысы`)', () => {
    const region = places.find((p) => p.name === 'Жамбыл облысы');
    const d = places.find((p) => p.name === 'Жамбыл ауданы' && p.parent === region?.id) as Place;
    expect(hrefs('Жамбыл ауданы Жамбыл облысы', 'kk', 1)).toEqual([pageOf(d)]);
  });
});

describe('links and bad input', () => {
  test('every answer links a page the index knows the id of', () => {
    const all: Answer[] = ['Қарағанды', 'пособие', 'Абай', 'Жетісу облысы'].flatMap((q) => answer(terms, q, 'ru', UI));
    for (const a of all)
      expect(a.href).toMatch(/^\/(services|districts|regions|situations)\/[a-z0-9-]+\/([a-z0-9-]+\/)?$/);
  });

  test.each([
    'а'.repeat(300),
    '!!! ??? ...',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "'; DROP TABLE offices; --",
    '😀🙂👍',
    'Karaганда',
    '',
  ])('«%s» answers without throwing, with nothing that is markup', (query) => {
    const got = [...answer(terms, query, 'kk', UI), ...nearest(terms, query, 'kk')];
    for (const a of got) expect(`${a.title}${a.why}`).not.toMatch(/[<>]/);
  });

  test('mixed Latin and Cyrillic in one word still finds the place (`Karaганда`)', () => {
    expect(hrefs('Karaганда', 'ru', 2)).toContain(pageOf(named('Қарағанды қаласы')[0] as Place));
  });

  test('a query that names nothing offers the nearest names it knows', () => {
    const near = nearest(terms, 'Каркаралинсккк', 'ru');
    expect(near.map((a) => a.href)).toContain(pageOf(named('Қарқаралы ауданы')[0] as Place));
  });

  test('the empty query shows every situation', () => {
    expect(situationLinks(index, 'ru').map((a) => a.href)).toEqual(situations.map((x) => `/situations/${x.id}/`));
  });

  test('a village leads to its district page', () => {
    const village = places.find((p) => p.kind === 'settlement' && p.name === 'Осакаровка' && p.parent !== null);
    const row = index.places.findIndex((r) => r[0] === village?.name && r[2] >= 0 && index.places[r[2]]?.[3]);
    expect(placeHref(index, row)).toMatch(/^\/(districts|regions)\//);
    expect(hrefs('Осакаровка', 'ru', 1)[0]).toBe(pageOf(named('Осакаров ауданы')[0] as Place));
  });
});
