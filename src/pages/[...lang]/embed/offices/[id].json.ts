import type { APIRoute, GetStaticPaths } from 'astro';
import { type Lang, withLanguages } from '../../../../i18n/index.ts';
import { loadActs, loadOfficeModels } from '../../../../lib/collections.ts';
import { officeJson, statusJson } from '../../../../lib/embed/json.ts';
import type { OfficeModel } from '../../../../lib/offices/model.ts';
import { toJson } from '../../../../lib/open-data/files.ts';
import { actsWithIds, officeActIds } from '../../../../lib/sources/status-statement.ts';

// One office as in /data/offices.json, for sites that render the card with their own markup.
export const getStaticPaths = (async () => {
  const models = await loadOfficeModels();
  return withLanguages([...models.values()].map((model) => ({ params: { id: model.office.id }, props: { model } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ model: OfficeModel; lang: Lang }> = async ({ props }) => {
  const { office, placeIds } = props.model;
  const acts = await loadActs();
  const status = statusJson(actsWithIds(acts, officeActIds([office])), acts);
  return new Response(toJson({ ...status, ...officeJson(office, props.lang, placeIds) }));
};
