/**
 * One group per real district or city of regional significance, whatever spelling each act uses: names
 * one merged office carries (its `district` and district alternatives: `Бұхар жырау` / `Бұқар жырау`),
 * names equal once folded (`Бұланды` / `Буланды`), and names one letter apart or one ending the other
 * (`Түрксіб` / `Түркісіб`, `Рысқұлов` / `Тұрар Рысқұлов`) within one region are one district.
 */
import { slugify } from '../../../src/lib/slug.ts';
import type { Office } from '../../../src/schemas/office.ts';
import { districtStem, editDistance } from './merge-offices/office-keys.ts';

export interface DistrictGroup {
  region: string;
  /** The spelling most offices show (ties: the first in alphabetical order); the reviewed name wins (confirm-places.ts). */
  name: string;
  /** Stable id: slug of the first spelling seen, with the region in front when two regions share it. */
  id: string;
  spellings: string[];
}

const placeWord = (name: string) => name.trim().split(/\s+/).at(-1) ?? '';

export function sameDistrict(a: string, b: string): boolean {
  if (placeWord(a) !== placeWord(b)) return false;
  const x = districtStem(a);
  const y = districtStem(b);
  if (x === y) return true;
  if (x.endsWith(` ${y}`) || y.endsWith(` ${x}`)) return true;
  return Math.min(x.length, y.length) >= 5 && editDistance(x, y) <= 1;
}

/** `14 шағын ауданы` is a microdistrict of Ақтау the address parser took for a district: not one. */
export function isDistrictName(name: string | null): name is string {
  return !!name && /^\p{L}/u.test(name) && !/шағын/u.test(name);
}

export function groupDistricts(offices: readonly Office[]): DistrictGroup[] {
  // Union-find over `region|spelling`, in order of first appearance (offices come in source order).
  const parent = new Map<string, string>();
  const uses = new Map<string, number>();
  const find = (k: string): string => {
    const p = parent.get(k) ?? k;
    if (p === k) return k;
    const root = find(p);
    parent.set(k, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(rb, ra);
  };
  for (const o of offices) {
    const names = [o.district, ...(o.alternatives ?? []).filter((a) => a.field === 'district').map((a) => a.value)];
    const keys = names.filter(isDistrictName).map((n) => `${o.region}|${n}`);
    for (const k of keys) if (!parent.has(k)) parent.set(k, k);
    if (o.district) uses.set(`${o.region}|${o.district}`, (uses.get(`${o.region}|${o.district}`) ?? 0) + 1);
    for (const k of keys.slice(1)) union(keys[0] as string, k);
  }
  const all = [...parent.keys()];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const [ra, na] = (all[i] as string).split('|') as [string, string];
      const [rb, nb] = (all[j] as string).split('|') as [string, string];
      if (ra === rb && sameDistrict(na, nb)) union(all[i] as string, all[j] as string);
    }
  }
  const groups = new Map<string, string[]>();
  for (const k of all) groups.set(find(k), [...(groups.get(find(k)) ?? []), k]);
  const drafts = [...groups.values()].map((keys) => {
    const region = (keys[0] as string).split('|')[0] as string;
    const spellings = keys.map((k) => k.split('|')[1] as string);
    const count = (s: string) => uses.get(`${region}|${s}`) ?? 0;
    const name = [...spellings].sort((a, b) => count(b) - count(a) || a.localeCompare(b))[0] as string;
    return { region, name, base: slugify(spellings[0] as string), spellings };
  });
  const regionsOfBase = new Map<string, Set<string>>();
  for (const d of drafts) regionsOfBase.set(d.base, (regionsOfBase.get(d.base) ?? new Set()).add(d.region));
  return drafts.map(({ base, ...d }) => ({
    ...d,
    // As src/lib/places/pages.ts does for district pages: `Жамбыл ауданы` of three regions keeps three pages.
    id: (regionsOfBase.get(base)?.size ?? 0) > 1 ? `${slugify(d.region)}-${base}` : base,
  }));
}
