/**
 * Builds the answer index (see answer-index-types.ts) from the data and the reviewed vocabularies: every
 * place at every level, the 18 services with their official and everyday names and the districts where
 * they apply, office kinds, life situations and today's geography. Build-time only.
 */

import type { EverydayNames } from '../../schemas/everyday-names.ts';
import type { GeographyChange } from '../../schemas/geography-change.ts';
import type { Place } from '../../schemas/place.ts';
import type { RussianNames } from '../../schemas/russian-names.ts';
import type { Service } from '../../schemas/service.ts';
import type { Situation } from '../../schemas/situation.ts';
import { type AnswerIndex, PLACE_KIND_CODES, type PlaceRow } from './answer-index-types.ts';

export interface AnswerIndexInput {
  places: readonly Place[];
  services: readonly Service[];
  /** Service id -> the district ids of its service x district answers (serviceDistricts). */
  serviceDistricts: ReadonlyMap<string, readonly string[]>;
  russian: RussianNames;
  everyday: EverydayNames;
  situations: readonly Situation[];
  today: readonly GeographyChange[];
  /** Place id -> other names of a settlement (GeoNames' Cyrillic names of the office's point). */
  settlementNames?: ReadonlyMap<string, readonly string[]>;
}

const PAGED = new Set<Place['kind']>(['region', 'district', 'city']);

function uniqueNames(names: readonly string[], except: readonly string[]): string[] {
  const seen = new Set(except.map((n) => n.toLowerCase()));
  const out: string[] = [];
  for (const n of names) {
    const key = n.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(n);
  }
  return out;
}

export function buildAnswerIndex(input: AnswerIndexInput): AnswerIndex {
  const russianPlace = new Map(input.russian.places.map((p) => [p.id, p]));
  const row = new Map(input.places.map((p, i) => [p.id, i]));
  const places: PlaceRow[] = input.places.map((p) => {
    const ru = russianPlace.get(p.id);
    const names = uniqueNames(
      [...p.otherNames, ...(ru?.forms ?? []), ...(input.settlementNames?.get(p.id) ?? [])],
      [p.name, ru?.ru ?? ''],
    );
    return [
      p.name,
      PLACE_KIND_CODES.indexOf(p.kind),
      p.parent === null ? -1 : (row.get(p.parent) ?? -1),
      PAGED.has(p.kind) ? p.id : '',
      ru?.ru ?? '',
      names,
    ];
  });
  const rowsOf = (ids: readonly string[]) => ids.flatMap((id) => (row.has(id) ? [row.get(id) as number] : []));

  const russianService = new Map(input.russian.services.map((s) => [s.id, s]));
  const everyday = new Map(input.everyday.services.map((s) => [s.id, s]));
  const services = input.services.map((s) => {
    const ru = russianService.get(s.id);
    const day = everyday.get(s.id);
    const official = s.versions.map((v) => v.name);
    const words = uniqueNames(
      [...official, ...(ru?.forms ?? []), ...(day ? [...day.words.kk, ...day.words.ru] : [])],
      [s.name, ru?.ru ?? ''],
    );
    return [
      s.id,
      s.name,
      ru?.ru ?? '',
      day?.kk ?? s.name,
      day?.ru ?? ru?.ru ?? s.name,
      words,
      rowsOf(input.serviceDistricts.get(s.id) ?? []),
    ] satisfies AnswerIndex['services'][number];
  });
  const serviceRow = new Map(services.map((s, i) => [s[0], i]));

  const situations = input.situations.map(
    (x) =>
      [
        x.id,
        x.kk,
        x.ru,
        x.services.flatMap((id) => (serviceRow.has(id) ? [serviceRow.get(id) as number] : [])),
        [...x.words.kk, ...x.words.ru],
      ] satisfies AnswerIndex['situations'][number],
  );

  const kindKk = new Map(input.everyday.officeKinds.map((k) => [k.kind, k.kk]));
  const kinds = input.russian.officeKinds.map(
    (k) =>
      [
        kindKk.get(k.kind)?.[0] ?? k.one,
        k.one,
        [...(kindKk.get(k.kind) ?? []), k.many, ...k.forms],
      ] satisfies AnswerIndex['kinds'][number],
  );

  const today = input.today.map(
    (c) =>
      [
        c.today.kk,
        c.today.ru,
        c.today.forms,
        rowsOf(c.places),
        c.kind,
        c.decree.date ? Number(c.decree.date.slice(0, 4)) : null,
      ] satisfies AnswerIndex['today'][number],
  );

  return { v: 1, places, services, situations, kinds, today };
}
