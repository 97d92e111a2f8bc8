import type { APIRoute, GetStaticPaths } from 'astro';
import { loadActs } from '../../../lib/collections.ts';
import { loadActLines } from '../../../lib/sources/act-text.ts';
import type { Act } from '../../../schemas/act.ts';

/**
 * The whole text of an act as one download, line i of the source on line i (what the act's part pages show
 * and every source link counts): the pages cut it into parts, this keeps it whole.
 */
export const getStaticPaths = (async () =>
  (await loadActs()).map((act) => ({ params: { id: act.id }, props: { act } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ act: Act }> = async ({ props }) =>
  new Response(`${(await loadActLines(props.act.file)).map((l) => l.text).join('\n')}`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
