import type { APIRoute } from 'astro';
import { loadServices } from '../../lib/collections.ts';
import { toJson } from '../../lib/open-data/files.ts';

export const GET: APIRoute = async () => new Response(toJson(await loadServices()));
