import type { APIRoute, GetStaticPaths } from 'astro';
import { type Lang, withLanguages } from '../../../../i18n/index.ts';
import { loadOfficeModels } from '../../../../lib/collections.ts';
import { officeJson } from '../../../../lib/embed/json.ts';
import type { OfficeModel } from '../../../../lib/offices/model.ts';
import { toJson } from '../../../../lib/open-data/files.ts';

// One office as in /data/offices.json, for sites that render the card with their own markup.
export const getStaticPaths = (async () => {
  const models = await loadOfficeModels();
  return withLanguages([...models.values()].map((model) => ({ params: { id: model.office.id }, props: { model } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ model: OfficeModel; lang: Lang }> = ({ props }) =>
  new Response(toJson(officeJson(props.model.office, props.lang, props.model.placeIds)));
