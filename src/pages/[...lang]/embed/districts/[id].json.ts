import type { APIRoute, GetStaticPaths } from 'astro';
import { type Lang, withLanguages } from '../../../../i18n/index.ts';
import { loadDistrictModels } from '../../../../lib/collections.ts';
import { districtJson } from '../../../../lib/embed/json.ts';
import { toJson } from '../../../../lib/open-data/files.ts';
import type { DistrictModel } from '../../../../lib/places/model.ts';

// A district and its offices (records as in /data/offices.json): what the district embed shows.
export const getStaticPaths = (async () => {
  const models = await loadDistrictModels();
  return withLanguages(models.map((model) => ({ params: { id: model.district.id }, props: { model } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ model: DistrictModel; lang: Lang }> = ({ props }) =>
  new Response(toJson(districtJson(props.model.district, props.lang)));
