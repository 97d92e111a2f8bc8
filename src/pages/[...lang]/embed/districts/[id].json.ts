import type { APIRoute, GetStaticPaths } from 'astro';
import { type Lang, withLanguages } from '../../../../i18n/index.ts';
import { loadActs, loadActsApplying, loadDistrictModels } from '../../../../lib/collections.ts';
import { districtJson, statusJson } from '../../../../lib/embed/json.ts';
import { toJson } from '../../../../lib/open-data/files.ts';
import { placeActIds } from '../../../../lib/places/coverage.ts';
import type { DistrictModel } from '../../../../lib/places/model.ts';
import { actsWithIds } from '../../../../lib/sources/status-statement.ts';

// A district and its offices (records as in /data/offices.json): what the district embed shows.
export const getStaticPaths = (async () => {
  const models = await loadDistrictModels();
  return withLanguages(models.map((model) => ({ params: { id: model.district.id }, props: { model } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ model: DistrictModel; lang: Lang }> = async ({ props }) => {
  const { district } = props.model;
  const acts = await loadActs();
  const scope = { regionId: district.regionId, districtId: district.id };
  const own = actsWithIds(acts, placeActIds(await loadActsApplying(scope), district.offices));
  return new Response(toJson({ ...statusJson(own, acts), ...districtJson(district, props.lang) }));
};
