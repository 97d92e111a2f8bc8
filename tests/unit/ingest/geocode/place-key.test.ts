import { describe, expect, test } from 'vitest';
import {
  keyDistance,
  keyTolerance,
  letterMask,
  lettersMissing,
  matchCost,
  placeKey,
  splitInitials,
} from '../../../../scripts/ingest/resolve/geocode/place-key.ts';
import { committedInputs } from '../../../helpers/ingest-inputs.ts';

/** Whether the act's spelling may be read as the gazetteer's. */
function sameName(act: string, geonames: string): boolean {
  const key = placeKey(act);
  return matchCost(key, placeKey(geonames)) <= keyTolerance(key);
}

describe('placeKey folds the spellings of one name into one key', () => {
  test.each([
    { act: 'Қарағанды', geonames: 'Karagandy' },
    { act: 'Қарағанды', geonames: 'Qaraghandy' },
    { act: 'Ұзынағаш', geonames: 'Uzynagash' },
    { act: 'Ақкөл', geonames: 'Akkol’' },
    { act: 'Ақкөл', geonames: 'Акколь' },
    { act: 'Ерейментау', geonames: 'Yereymentau' },
    { act: 'Киевка', geonames: 'Kiyevka' },
    { act: 'Новодолинский', geonames: 'Novodolinskiy' },
    { act: 'Талдықорған', geonames: 'Taldıqorğan' },
    { act: 'Щучинск', geonames: 'Shchuchinsk' },
    { act: 'Жезқазған', geonames: 'Zhezqazghan' },
    // File 000 writes Latin `i` for `і`.
    { act: 'Егiндiкөл', geonames: 'Egindiköl' },
  ])("reads '$act' as '$geonames' with the same key", ({ act, geonames }) => {
    expect(placeKey(act)).toBe(placeKey(geonames));
  });

  test.each([
    { act: 'Жансүгіров', geonames: 'Zhansugurov' },
    { act: 'Ұзынағаш', geonames: 'Uzunagach' },
    { act: 'Сәтбаев', geonames: 'Satpayev' },
    { act: 'Осакаров', geonames: 'Osakarovka' },
    { act: 'Смирнов', geonames: 'Smirnovo' },
    { act: 'Степногор', geonames: 'Stepnogorsk' },
    { act: 'Державин', geonames: 'Derzhavinsk' },
    // Letter-spacing the normaliser has not rejoined yet.
    { act: 'Жансүг іров', geonames: 'Zhansugurov' },
  ])("reads '$act' as the variant spelling '$geonames'", ({ act, geonames }) => {
    expect(sameName(act, geonames)).toBe(true);
  });

  test.each([
    { act: 'Аксу', geonames: 'Aksa' },
    { act: 'Абай', geonames: 'Abai Region' },
    { act: 'Шонжы', geonames: 'Chundzha' },
    { act: 'Төле би', geonames: 'Taraz' },
    { act: 'Комсомол', geonames: 'Komsomolets' },
    { act: 'Ақсу', geonames: 'Aksuat' },
  ])("does not read '$act' as '$geonames'", ({ act, geonames }) => {
    expect(sameName(act, geonames)).toBe(false);
  });

  test('gives the exact keys of Жансүгіров and its GeoNames spelling', () => {
    expect(placeKey('Жансүгіров')).toBe('jansugirov');
    expect(placeKey('Zhansugurov')).toBe('jansugurov');
    expect(keyDistance('jansugirov', 'jansugurov')).toBe(0.5);
  });

  test('lets short names differ in nothing and long names in one romanisation choice', () => {
    expect(keyTolerance(placeKey('Есіл'))).toBe(0);
    expect(keyTolerance(placeKey('Сәтбаев'))).toBe(0.5);
    expect(keyTolerance(placeKey('Жансүгіров'))).toBe(1);
  });

  test('splits initials from a surname as the acts abbreviate a person’s name', () => {
    expect(splitInitials('Т. Рысқұлов')).toEqual({ initials: ['Т'], surname: 'Рысқұлов' });
    expect(splitInitials('Б.Момышұлы')).toEqual({ initials: ['Б'], surname: 'Момышұлы' });
    expect(splitInitials('Ақкөл')).toBeNull();
  });
});

// The keys of every name of the first 40 gazetteer places, for the checks that compare each with each.
const keys = [
  ...new Set(
    committedInputs()
      .gazetteer.places.slice(0, 40)
      .flatMap((p) => [p.name, ...p.altNames].map(placeKey)),
  ),
];

describe('keyDistance with a limit', () => {
  // Every key against every other: the limited distance (which refuses most pairs from their letter counts
  // alone) must agree with the full table on which side of the limit each pair falls.
  test.each([0.5, 1, 1.5])('refuses exactly the pairs the full distance puts beyond %s', (limit) => {
    const disagreeing: string[] = [];
    let near = 0;
    for (const a of keys) {
      for (const b of keys) {
        const full = keyDistance(a, b);
        if (keyDistance(a, b, limit) <= limit !== full <= limit) disagreeing.push(`${a} ~ ${b}`);
        if (a !== b && full <= limit) near += 1;
      }
    }
    expect(disagreeing).toEqual([]);
    // Pairs of different keys within the limit exist, so the agreement is not only on far pairs.
    expect(near).toBeGreaterThan(0);
  });
});

describe('lettersMissing', () => {
  test('counts the distinct letters of the query the target lacks', () => {
    // The i of the Kazakh spelling; t (a is there already).
    expect(lettersMissing(letterMask('jansugirov'), letterMask('jansugurov'))).toBe(1);
    expect(lettersMissing(letterMask('aksu'), letterMask('aksuat'))).toBe(0);
    expect(lettersMissing(letterMask('aksuat'), letterMask('aksu'))).toBe(1);
    // k, r, g and d: `astana` has a and n.
    expect(lettersMissing(letterMask('karaganda'), letterMask('astana'))).toBe(4);
  });

  // A name with a Russian ending against the plain key (`aksuskoe` ~ `aksu`): the target lacks letters of
  // the query, the side the bound refuses on.
  test.each([0, 0.5, 1])('refuses no pair within %s of each other, Russian endings included', (limit) => {
    const refusedButNear: string[] = [];
    for (const key of keys) {
      const pairs: [string, string][] = [
        ...keys.map((k): [string, string] => [key, k]),
        [`${key}ka`, key],
        [`${key}skoe`, key],
      ];
      for (const [a, b] of pairs) {
        if (lettersMissing(letterMask(a), letterMask(b)) > 2 * limit && matchCost(a, b) <= limit)
          refusedButNear.push(`${a} ~ ${b}`);
      }
    }
    expect(refusedButNear).toEqual([]);
  });
});
