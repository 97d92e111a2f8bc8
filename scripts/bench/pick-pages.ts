/** One built page of each kind, by name order, so every run looks at the same pages. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

async function firstPage(dist: string, section: string): Promise<string | null> {
  const names = (await readdir(join(dist, section), { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return names[0] ? `/${section}/${names[0]}/` : null;
}

/** The first service x district answer (`/services/<service>/<district>/`) by name order. */
async function firstAnswer(dist: string): Promise<string | null> {
  const service = await firstPage(dist, 'services');
  if (!service) return null;
  const names = (await readdir(join(dist, service), { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return names[0] ? `${service}${names[0]}/` : null;
}

/**
 * Kind -> site path; null when the build made no page of that kind. The three a citizen lands on
 * (issue 20): home, a service x district answer, an office; then a region.
 */
export async function samplePages(dist: string): Promise<Record<string, string | null>> {
  return {
    home: '/',
    answer: await firstAnswer(dist),
    office: await firstPage(dist, 'offices'),
    region: await firstPage(dist, 'regions'),
  };
}
