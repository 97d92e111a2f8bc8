import type { APIRoute, GetStaticPaths } from 'astro';
import { withLanguages } from '../../../../i18n/index.ts';
import { loadOffices } from '../../../../lib/collections.ts';
import { toJson } from '../../../../lib/open-data.ts';
import type { Office } from '../../../../schemas/office.ts';

// One office as in /data/offices.json, for sites that render the card with their own markup.
export const getStaticPaths = (async () => {
  const offices = await loadOffices();
  return withLanguages(offices.map((office) => ({ params: { id: office.id }, props: { office } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ office: Office }> = ({ props }) => new Response(toJson(props.office));
