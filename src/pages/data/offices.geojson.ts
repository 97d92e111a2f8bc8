import type { APIRoute } from 'astro';
import { loadOffices } from '../../lib/collections.ts';
import { officesToGeoJson, toJson } from '../../lib/open-data/files.ts';

export const GET: APIRoute = async () => new Response(toJson(officesToGeoJson(await loadOffices())));
