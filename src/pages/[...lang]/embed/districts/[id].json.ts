import type { APIRoute, GetStaticPaths } from 'astro';
import { type Lang, withLanguages } from '../../../../i18n/index.ts';
import { loadOffices, loadPlaces } from '../../../../lib/collections.ts';
import { districtJson } from '../../../../lib/embed/json.ts';
import { toJson } from '../../../../lib/open-data/files.ts';
import { buildPlaces, type DistrictPage } from '../../../../lib/places/pages.ts';

// A district and its offices (records as in /data/offices.json): what the district embed shows.
export const getStaticPaths = (async () => {
  const regions = buildPlaces(await loadOffices(), await loadPlaces());
  return withLanguages(
    regions.flatMap((r) => r.districts.map((district) => ({ params: { id: district.id }, props: { district } }))),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ district: DistrictPage; lang: Lang }> = ({ props }) =>
  new Response(toJson(districtJson(props.district, props.lang)));
