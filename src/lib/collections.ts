/**
 * Typed access to the content collections for pages: plain arrays of records, sorted in Kazakh order,
 * each computed once per build (thousands of pages ask for the same lists).
 */
import { getCollection } from 'astro:content';
import type { Act } from '../schemas/act.ts';
import type { Office } from '../schemas/office.ts';
import type { Place } from '../schemas/place.ts';
import type { Service } from '../schemas/service.ts';
import { sortByKk } from './kazakh.ts';
import { buildPlaces, type RegionPage } from './places/pages.ts';
import { buildClauseIndex, type ClauseIndex } from './sources/label.ts';

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => {
    promise ??= load();
    return promise;
  };
}

export const loadActs = once(
  async (): Promise<Act[]> =>
    (await getCollection('acts')).map((e) => e.data).sort((a, b) => a.date.localeCompare(b.date)),
);

export const loadServices = once(
  async (): Promise<Service[]> =>
    sortByKk(
      (await getCollection('services')).map((e) => e.data),
      (s) => s.name,
    ),
);

export const loadOffices = once(
  async (): Promise<Office[]> =>
    sortByKk(
      (await getCollection('offices')).map((e) => e.data),
      (o) => o.name,
    ),
);

/** Regions with their districts and offices, for the region, district and office pages. */
export const loadRegions = once(
  async (): Promise<RegionPage[]> => buildPlaces(await loadOffices(), await loadPlaces()),
);

export const loadPlaces = once(async (): Promise<Place[]> => (await getCollection('places')).map((e) => e.data));

/** Clause starts of every act, for source links that name the clause (`11-тармақ`). */
export const loadClauseIndex = once(async (): Promise<ClauseIndex> => buildClauseIndex(await loadServices()));
