import type { APIRoute, GetStaticPaths } from 'astro';
import { loadActs, loadOffices } from '../../../lib/collections.ts';
import { latestAct } from '../../../lib/embed/facts.ts';
import { type CalendarBasis, hasCalendar, receptionsToIcs } from '../../../lib/hours/receptions.ts';
import type { Office } from '../../../schemas/office.ts';

/** Offices with a calendar, each with the act its receptions rest on and that act's row for the office. */
export const getStaticPaths = (async () => {
  const acts = await loadActs();
  return (await loadOffices()).filter(hasCalendar).flatMap((office) => {
    const act = latestAct(office.sources, acts);
    const source = office.sources.find((s) => s.act === act?.id);
    return act && source ? [{ params: { id: office.id }, props: { office, act, source } }] : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ office: Office } & Omit<CalendarBasis, 'site'>> = ({ props, site }) =>
  new Response(
    receptionsToIcs(props.office, new Date(), {
      act: props.act,
      source: props.source,
      site: (site ?? new URL('https://qyzmet.kz')).origin,
    }),
    { headers: { 'content-type': 'text/calendar; charset=utf-8' } },
  );
