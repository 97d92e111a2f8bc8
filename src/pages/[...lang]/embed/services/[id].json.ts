import type { APIRoute, GetStaticPaths } from 'astro';
import { type Lang, withLanguages } from '../../../../i18n/index.ts';
import { loadActs, loadServiceModels } from '../../../../lib/collections.ts';
import { serviceJson, statusJson } from '../../../../lib/embed/json.ts';
import { toJson } from '../../../../lib/open-data/files.ts';
import type { ServiceModel } from '../../../../lib/services/model.ts';
import { actsWithIds } from '../../../../lib/sources/status-statement.ts';

// One service with all its versions, as in /data/services.json.
export const getStaticPaths = (async () => {
  const models = await loadServiceModels();
  return withLanguages([...models.values()].map((model) => ({ params: { id: model.service.id }, props: { model } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ model: ServiceModel; lang: Lang }> = async ({ props }) => {
  const { service } = props.model;
  const acts = await loadActs();
  const own = actsWithIds(
    acts,
    service.versions.map((v) => v.act),
  );
  return new Response(toJson({ ...statusJson(own, acts), ...serviceJson(service, props.lang) }));
};
