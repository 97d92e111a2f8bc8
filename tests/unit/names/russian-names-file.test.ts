/**
 * content/names/ru.json against the data the ingest builds from the committed acts: every region, district and
 * city, every service and office kind has a reviewed Russian name; each entry was reviewed against the name the
 * data has now (a renamed place fails here until someone looks at its Russian name again); sources are real.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { KzGazetteer } from '../../../scripts/geodata/types.ts';
import type { IngestResult } from '../../../scripts/ingest/run-ingest.ts';
import { transliteratePlaceName } from '../../../scripts/names/transliterate-place-name.ts';
import { russianNames } from '../../../src/lib/names/russian.ts';
import { officeKinds } from '../../../src/schemas/office.ts';
import { ingestCommittedSources } from '../../helpers/ingest-inputs.ts';

const gazetteer = JSON.parse(
  readFileSync(new URL('../../../content/geo/kz-places.json', import.meta.url), 'utf8'),
) as KzGazetteer;

const NAMED_KINDS = new Set(['region', 'district', 'city']);
let data: IngestResult;

beforeAll(() => {
  data = ingestCommittedSources();
}, 60_000);

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

describe('places', () => {
  test('every region, district and city has an entry reviewed against its current Kazakh name', () => {
    const entries = new Map(russianNames.places.map((p) => [p.id, p]));
    const named = data.places.filter((p) => NAMED_KINDS.has(p.kind));
    expect(named.length).toBeGreaterThan(200);
    const problems = named.flatMap((place) => {
      const entry = entries.get(place.id);
      if (!entry) return [`${place.id} (${place.name}): no Russian name`];
      if (entry.kk !== place.name) return [`${place.id}: reviewed as "${entry.kk}", the data now says "${place.name}"`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  test('no entry names a place the data does not have, and no id is listed twice', () => {
    const ids = new Set(data.places.filter((p) => NAMED_KINDS.has(p.kind)).map((p) => p.id));
    expect(russianNames.places.map((p) => p.id).filter((id) => !ids.has(id))).toEqual([]);
    expect(duplicates(russianNames.places.map((p) => p.id))).toEqual([]);
  });

  test('a transliteration entry is what the rule derives from its Kazakh name', () => {
    const kindOf = new Map(data.places.map((p) => [p.id, p.kind]));
    const differ = russianNames.places
      .filter((p) => p.source === 'transliteration')
      .flatMap((p) => {
        const kind = kindOf.get(p.id);
        if (kind !== 'region' && kind !== 'district' && kind !== 'city') return [`${p.id}: not a named place`];
        const derived = transliteratePlaceName(p.kk, kind)?.ru;
        return derived === p.ru ? [] : [`${p.id}: file "${p.ru}", rule "${derived}"`];
      });
    expect(differ).toEqual([]);
  });

  test('a GeoNames entry cites a record of the gazetteer; a populated place lists the Russian name among its names', () => {
    const records = new Map(gazetteer.places.flatMap((p) => (p.id === null ? [] : [[p.id, p] as const])));
    const admin2 = new Set(gazetteer.admin2.map((a) => Number(a.code.split('.').at(-1))));
    const problems = russianNames.places.flatMap((entry) => {
      const id = /^GeoNames (\d+)$/.exec(entry.source)?.[1];
      if (id === undefined) return [];
      const record = records.get(Number(id));
      if (record) {
        const bare = entry.ru.replace(/^город /u, '');
        return record.altNames.includes(bare) ? [] : [`${entry.id}: GeoNames ${id} has no "${bare}"`];
      }
      return admin2.has(Number(id)) ? [] : [`${entry.id}: GeoNames ${id} is not in content/geo`];
    });
    expect(problems).toEqual([]);
  });

  test('forms are searched, never shown: none repeats the name, none is empty or Kazakh', () => {
    const bad = russianNames.places.flatMap((p) =>
      p.forms.filter((f) => f === p.ru || f.trim() !== f || /[әғқңөұүһі]/iu.test(f)).map((f) => `${p.id}: "${f}"`),
    );
    expect(bad).toEqual([]);
  });

  test.each([
    { id: 'karagandy-oblysy', ru: 'Карагандинская область' },
    { id: 'karagandy-kalasy', ru: 'город Караганда' },
    { id: 'oskemen-kalasy', ru: 'город Усть-Каменогорск' },
    { id: 'petropavl-kalasy', ru: 'город Петропавловск' },
    { id: 'oral-kalasy', ru: 'город Уральск' },
    { id: 'semei-kalasy', ru: 'город Семей' },
    { id: 'shymkent-kalasy', ru: 'город Шымкент' },
    { id: 'aktobe-oblysy', ru: 'Актюбинская область' },
    { id: 'kokshetau-kalasy', ru: 'город Кокшетау' },
    { id: 'taldykorgan-kalasy', ru: 'город Талдыкорган' },
    { id: 'burabai-audany', ru: 'Бурабайский район' },
  ])('the well-known Russian name of $id is $ru', ({ id, ru }) => {
    expect(russianNames.places.find((p) => p.id === id)?.ru).toBe(ru);
  });
});

describe('services and office kinds', () => {
  test('every service has a Russian name reviewed against its current Kazakh name, each listed once', () => {
    const entries = new Map(russianNames.services.map((s) => [s.id, s]));
    const problems = data.services.flatMap((service) => {
      const entry = entries.get(service.id);
      if (!entry) return [`${service.id}: no Russian name`];
      return entry.kk === service.name ? [] : [`${service.id}: reviewed as "${entry.kk}", now "${service.name}"`];
    });
    expect(problems).toEqual([]);
    expect(russianNames.services).toHaveLength(data.services.length);
    expect(duplicates(russianNames.services.map((s) => s.id))).toEqual([]);
  });

  test('every office kind has a Russian name with the words people use for it', () => {
    expect(russianNames.officeKinds.map((k) => k.kind).sort()).toEqual([...officeKinds].sort());
    const forms = russianNames.officeKinds.flatMap((k) => k.forms);
    for (const word of ['отдел занятости', 'ЦОН', 'аким сельского округа', 'аким поселка', 'аппарат акима']) {
      expect(forms).toContain(word);
    }
  });
});
