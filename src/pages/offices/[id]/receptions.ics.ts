import type { APIRoute, GetStaticPaths } from 'astro';
import { loadOffices } from '../../../lib/collections.ts';
import { hasCalendar, receptionsToIcs } from '../../../lib/hours/receptions.ts';
import type { Office } from '../../../schemas/office.ts';

export const getStaticPaths = (async () => {
  const offices = (await loadOffices()).filter(hasCalendar);
  return offices.map((office) => ({ params: { id: office.id }, props: { office } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ office: Office }> = ({ props }) =>
  new Response(receptionsToIcs(props.office, new Date()), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
