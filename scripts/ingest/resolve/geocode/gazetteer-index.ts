/**
 * The gazetteer made searchable: every place under the keys of all its names, and every region of the
 * time with its GeoNames admin1 codes, its centre and how far from the centre its places lie. Built
 * once per run from content/geo/kz-places.json (or a gazetteer a test passes in).
 */
import type { GeoPlace, KzGazetteer } from '../../../geodata/types.ts';
import { ADMIN1_CORRECTIONS, PLACE_ALIASES, REGIONS_OF_THE_TIME } from './geo-dictionary.ts';
import { distanceKm } from './geo-distance.ts';
import { letterMask, matchCost, placeKey } from './place-key.ts';

export interface PlaceCandidate {
  place: GeoPlace;
  /** How far the spelling is from the name asked for (0 = same key). */
  cost: number;
  how: 'name' | 'spelling' | 'alias';
  /** Matched through an alternate or historic name (`Samarkand` of Temirtau), not the current one. */
  historic: boolean;
}

export interface IndexedPlace {
  place: GeoPlace;
  keys: string[];
  /** Each key's `letterMask`, in the order of `keys`. */
  masks: number[];
  /** Keys of the current name in any script (`Temirtau`, `Теміртау`); the other keys are historic or alternate. */
  current: Set<string>;
}

export interface IndexedRegion {
  name: string;
  /** Key of the region's own name (`akmola`), to find it however an office spells it. */
  key: string;
  admin1: Set<string>;
  /** The centre then (Көкшетау for Ақмола облысы), or null when the gazetteer lacks it. */
  centre: GeoPlace | null;
  centreName: string;
  /** Farthest a place of the region's admin1 codes lies from the centre, plus a margin. */
  radiusKm: number;
}

export interface GazetteerIndex {
  places: IndexedPlace[];
  regions: IndexedRegion[];
  /** Alias keys: Kazakh name key -> GeoNames name key. */
  aliases: Map<string, string>;
  /** For places GeoNames gives no admin1 (`00`): the region whose centre is nearest. */
  nearestRegion: Map<GeoPlace, IndexedRegion>;
  /** Candidates already found per name: the same villages recur across acts. */
  cache: Map<string, PlaceCandidate[]>;
  /**
   * Each place's names as lists of word keys (`Тұрар Рысқұлов` -> [`turar`, `riskulov`]), for names the
   * acts write with initials; made on the first such name, as few runs have one.
   */
  wordKeys: Map<GeoPlace, string[][]>;
}

/** Margin on a region's radius: villages lie a little beyond the farthest town GeoNames lists. */
const RADIUS_MARGIN_KM = 30;

/** GeoNames feature codes, most central first: capital, region seat, district seat. */
const FEATURE_RANK: Record<string, number> = { PPLC: 0, PPLA: 1, PPLA2: 2, PPLA3: 3 };
export function featureRank(place: GeoPlace): number {
  return place.feature ? (FEATURE_RANK[place.feature] ?? 5) : 4;
}

/** `Ақмола облысы`, `Ақмола облысының`, `Астана қаласы` -> the key of the name before the last word. */
export function regionKey(name: string): string {
  const words = name.trim().split(/\s+/);
  return placeKey(words.length > 1 ? words.slice(0, -1).join(' ') : name);
}

export function indexGazetteer(gazetteer: KzGazetteer): GazetteerIndex {
  const admin1ByName = new Map(gazetteer.admin1.map((a) => [a.name, a.code]));
  const corrections = new Map(ADMIN1_CORRECTIONS.map((c) => [c.id, admin1ByName.get(c.admin1)]));
  const places = gazetteer.places.map((entry) => {
    const corrected = entry.id === null ? undefined : corrections.get(entry.id);
    const place = corrected ? { ...entry, admin1: corrected } : entry;
    const keys = [...new Set([place.name, ...place.altNames].map(placeKey))];
    // The current name in other scripts and romanisations (`Күршім` of Kurchum, `Новоишим` of
    // Novoishimskoye) stays close to the main name; a former name (`Samarkand` of Temirtau) does not.
    const main = placeKey(place.name);
    const near = (k: string) => Math.min(matchCost(k, main), matchCost(main, k)) <= Math.max(1.5, main.length / 4);
    const current = new Set(keys.filter(near));
    return { place, keys, masks: keys.map(letterMask), current };
  });
  const regions = REGIONS_OF_THE_TIME.map((r) => {
    const admin1 = new Set(gazetteer.admin1.filter((a) => r.admin1.includes(a.name)).map((a) => a.code));
    const centreKey = placeKey(r.centre);
    const centre =
      places
        .filter((p) => admin1.has(p.place.admin1) && p.keys.includes(centreKey))
        .map((p) => p.place)
        .sort((a, b) => featureRank(a) - featureRank(b))[0] ?? null;
    const members = places.filter((p) => admin1.has(p.place.admin1)).map((p) => p.place);
    const radiusKm = centre ? Math.max(0, ...members.map((m) => distanceKm(centre, m))) + RADIUS_MARGIN_KM : 0;
    return { name: r.name, key: regionKey(r.name), admin1, centre, centreName: r.centre, radiusKm };
  });
  const aliases = new Map(PLACE_ALIASES.map((a) => [placeKey(a.name), placeKey(a.geonames)]));
  const nearestRegion = new Map<GeoPlace, IndexedRegion>();
  for (const { place } of places.filter((p) => p.place.admin1 === '00')) {
    const nearest = regions
      .filter((r) => r.centre)
      .sort((a, b) => distanceKm(a.centre as GeoPlace, place) - distanceKm(b.centre as GeoPlace, place))[0];
    if (nearest) nearestRegion.set(place, nearest);
  }
  return { places, regions, aliases, nearestRegion, cache: new Map(), wordKeys: new Map() };
}

export function findRegion(index: GazetteerIndex, name: string): IndexedRegion | null {
  const key = regionKey(name);
  const isCity = /қала/u.test(name);
  return index.regions.find((r) => r.key === key && /қаласы$/u.test(r.name) === isCity) ?? null;
}
