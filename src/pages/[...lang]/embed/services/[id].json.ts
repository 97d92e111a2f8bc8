import type { APIRoute, GetStaticPaths } from 'astro';
import { type Lang, withLanguages } from '../../../../i18n/index.ts';
import { loadServiceModels } from '../../../../lib/collections.ts';
import { serviceJson } from '../../../../lib/embed/json.ts';
import { toJson } from '../../../../lib/open-data/files.ts';
import type { ServiceModel } from '../../../../lib/services/model.ts';

// One service with all its versions, as in /data/services.json.
export const getStaticPaths = (async () => {
  const models = await loadServiceModels();
  return withLanguages([...models.values()].map((model) => ({ params: { id: model.service.id }, props: { model } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ model: ServiceModel; lang: Lang }> = ({ props }) =>
  new Response(toJson(serviceJson(props.model.service, props.lang)));
