import type { APIRoute, GetStaticPaths } from 'astro';
import { type Lang, withLanguages } from '../../../../i18n/index.ts';
import { loadServices } from '../../../../lib/collections.ts';
import { serviceJson } from '../../../../lib/embed/json.ts';
import { toJson } from '../../../../lib/open-data/files.ts';
import type { Service } from '../../../../schemas/service.ts';

// One service with all its versions, as in /data/services.json.
export const getStaticPaths = (async () => {
  const services = await loadServices();
  return withLanguages(services.map((service) => ({ params: { id: service.id }, props: { service } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ service: Service; lang: Lang }> = ({ props }) =>
  new Response(toJson(serviceJson(props.service, props.lang)));
