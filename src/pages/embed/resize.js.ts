import type { APIRoute } from 'astro';
import { resizerSource } from '../../lib/embed/iframe.ts';

// The resizer the pasted iframe code loads (src/lib/embed/iframe.ts): a file, so strict-CSP hosts run it.
export const GET: APIRoute = () =>
  new Response(resizerSource(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
