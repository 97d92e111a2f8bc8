import type { APIRoute } from 'astro';
import { loadOffices } from '../../lib/collections.ts';
import { officesToCsv } from '../../lib/open-data/files.ts';

export const GET: APIRoute = async () => new Response(officesToCsv(await loadOffices()));
