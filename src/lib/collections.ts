/**
 * Typed access to the content collections for pages: plain arrays of records, sorted in Kazakh order,
 * and the view model of each entity (office, region, district, service and its district answers), each
 * computed once per build (thousands of pages ask for the same lists). An entity's page, embed page,
 * embed-code page and JSON route all read its model from here; the models themselves are pure
 * (offices/model.ts, places/model.ts, services/model.ts).
 */
import { getCollection } from 'astro:content';
import type { Lang } from '../i18n/index.ts';
import type { Act } from '../schemas/act.ts';
import type { Office } from '../schemas/office.ts';
import type { Place } from '../schemas/place.ts';
import type { Service } from '../schemas/service.ts';
import { sortByKk } from './kazakh.ts';
import { type MapMarker, regionMarkers } from './map/markers.ts';
import { type OfficeModel, officeModels } from './offices/model.ts';
import { once, oncePerKey } from './once.ts';
import { actsApplying, type PlaceScope } from './places/coverage.ts';
import { type DistrictModel, districtModels, type RegionModel, regionModel } from './places/model.ts';
import { buildPlaces, type RegionPage } from './places/pages.ts';
import { type Answers, indexAnswers } from './services/answers.ts';
import { type ServiceModel, serviceModels } from './services/model.ts';
import { type ActPart, type PartStart, splitAct } from './sources/act-parts.ts';
import { loadActLines } from './sources/act-text.ts';
import { loadIngestReport } from './sources/ingest-report.ts';
import { buildClauseIndex, type ClauseIndex } from './sources/label.ts';

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

export const loadPlacesById = once(
  async (): Promise<Map<string, Place>> => new Map((await loadPlaces()).map((p) => [p.id, p])),
);

/** One marker per region (at its seat), per language: the home map, and the names every office map shows. */
export const loadRegionMarkers = oncePerKey(
  async (lang: Lang): Promise<MapMarker[]> => regionMarkers(await loadRegions(), lang),
);

/** Ids of the acts that apply in a region or district (`actsApplying`), per place. */
const actsApplyingIn = oncePerKey(async (key: string): Promise<string[]> => {
  const [regionId = '', districtId] = key.split('/');
  return actsApplying(await loadServices(), { regionId, districtId: districtId || undefined });
});
export const loadActsApplying = (scope: PlaceScope): Promise<string[]> =>
  actsApplyingIn(`${scope.regionId}/${scope.districtId ?? ''}`);

/** Clause starts of every act, for source links that name the clause (`11-тармақ`). */
export const loadClauseIndex = once(async (): Promise<ClauseIndex> => buildClauseIndex(await loadServices()));

/** Act id -> its parts (src/lib/sources/act-parts.ts): where each service document and appendix starts. */
export type ActPartIndex = ReadonlyMap<string, readonly ActPart[]>;

/**
 * The parts of every act, cut where the ingest found its service documents (the versions' first source
 * line) and their appendices (the ingest report's appendices, `<version id>/<n>`).
 */
export const loadActParts = once(async (): Promise<ActPartIndex> => {
  const versions = (await loadServices()).flatMap((s) => s.versions);
  const ordinal = new Map(versions.map((v) => [v.id, v.ordinal]));
  const report = await loadIngestReport();
  const index = new Map<string, ActPart[]>();
  for (const act of await loadActs()) {
    const starts: PartStart[] = versions
      .filter((v) => v.act === act.id)
      .map((v) => ({ line: v.sources[0]?.line ?? 1, kind: 'document', document: v.ordinal, title: v.name }));
    for (const a of report.files.find((f) => f.file === act.file)?.appendices ?? []) {
      const cut = a.id.lastIndexOf('/');
      const document = ordinal.get(a.id.slice(0, cut));
      const appendix = Number(a.id.slice(cut + 1));
      if (document === undefined || !Number.isInteger(appendix)) continue;
      starts.push({ line: a.line, kind: 'appendix', document, appendix, ...(a.title ? { title: a.title } : {}) });
    }
    const lines = (await loadActLines(act.file)).map((l) => l.text);
    index.set(act.id, splitAct(lines, starts));
  }
  return index;
});
/** Every office's view model by office id, in Kazakh order of names. */
export const loadOfficeModels = once(
  async (): Promise<Map<string, OfficeModel>> =>
    officeModels(await loadOffices(), await loadRegions(), await loadServices(), await loadActs()),
);

export const loadRegionModels = once(async (): Promise<RegionModel[]> => (await loadRegions()).map(regionModel));

export const loadDistrictModels = once(
  async (): Promise<DistrictModel[]> => districtModels(await loadRegions(), await loadServices(), await loadActs()),
);

/** Every service's view model by service id (with its service x district answers), in Kazakh order. */
export const loadServiceModels = once(
  async (): Promise<Map<string, ServiceModel>> =>
    serviceModels(await loadServices(), await loadRegions(), await loadOffices(), await loadActs()),
);

/** Every service x district answer, by service and by district, from the service models. */
export const loadAnswers = once(async (): Promise<Answers> => indexAnswers((await loadServiceModels()).values()));
