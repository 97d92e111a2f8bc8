/**
 * Typed access to the content collections for pages: plain arrays of records, sorted in Kazakh order.
 * Pages stay thin; the shaping lives here and in the other src/lib helpers.
 */
import { getCollection } from 'astro:content';
import type { Act } from '../schemas/act.ts';
import type { Office } from '../schemas/office.ts';
import type { Service } from '../schemas/service.ts';
import { sortByKk } from './kazakh.ts';

export async function loadActs(): Promise<Act[]> {
  return (await getCollection('acts')).map((e) => e.data).sort((a, b) => a.date.localeCompare(b.date));
}

export async function loadServices(): Promise<Service[]> {
  return sortByKk(
    (await getCollection('services')).map((e) => e.data),
    (s) => s.name,
  );
}

export async function loadOffices(): Promise<Office[]> {
  return sortByKk(
    (await getCollection('offices')).map((e) => e.data),
    (o) => o.name,
  );
}
