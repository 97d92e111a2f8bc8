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

/** Kind -> site path; null when the build made no page of that kind. */
export async function samplePages(dist: string): Promise<Record<string, string | null>> {
  return {
    home: '/',
    service: await firstPage(dist, 'services'),
    office: await firstPage(dist, 'offices'),
    region: await firstPage(dist, 'regions'),
  };
}
