import type { APIRoute, GetStaticPaths } from 'astro';
import { type Lang, withLanguages } from '../../../../i18n/index.ts';
import { loadOffices, loadRegions } from '../../../../lib/collections.ts';
import { type OfficePlaceIds, officeJson } from '../../../../lib/embed/json.ts';
import { toJson } from '../../../../lib/open-data/files.ts';
import type { Office } from '../../../../schemas/office.ts';

// One office as in /data/offices.json, for sites that render the card with their own markup.
export const getStaticPaths = (async () => {
  const [offices, regions] = await Promise.all([loadOffices(), loadRegions()]);
  const places = new Map<string, OfficePlaceIds>();
  for (const r of regions) {
    for (const o of r.regionalOffices) places.set(o.id, { regionId: r.id });
    for (const d of r.districts) for (const o of d.offices) places.set(o.id, { regionId: r.id, districtId: d.id });
  }
  return withLanguages(
    offices.map((office) => ({ params: { id: office.id }, props: { office, places: places.get(office.id) ?? {} } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ office: Office; places: OfficePlaceIds; lang: Lang }> = ({ props }) =>
  new Response(toJson(officeJson(props.office, props.lang, props.places)));
