/**
 * Full `npm run build` (ingest + pages + Pagefind index) as a child process, against the floor: a bare
 * Astro project with as many trivial pages, built by the same `astro build`. Target: within 3x the floor.
 */
import { join } from 'node:path';
import { projectRoot, removeTemp } from '../harness/temp-project.ts';
import { distStats } from './dist-stats.ts';
import { makeFloorProject } from './floor-project.ts';
import { mb, runTimed, seconds } from './run-timed.ts';

const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

export async function benchBuild(): Promise<string[]> {
  const site = await runTimed('npm', ['run', 'build'], projectRoot);
  if (site.code !== 0) return [`build: npm run build FAILED (exit ${site.code})`, site.tail];
  const built = await distStats(join(projectRoot, 'dist'));
  const floorDir = await makeFloorProject(built.pages);
  try {
    const floor = await runTimed(process.execPath, [astroBin, 'build'], floorDir);
    if (floor.code !== 0) return [`build: floor astro build FAILED (exit ${floor.code})`, floor.tail];
    const floorPages = (await distStats(join(floorDir, 'dist'))).pages;
    const perPage = (ms: number, n: number) => `${(ms / n).toFixed(1)} ms/page`;
    return [
      `build: npm run build  ${seconds(site.wallMs)}  ${built.pages} pages (${built.files} files)  ${perPage(site.wallMs, built.pages)}  peak ${mb(site.peakRss)}`,
      `build: bare Astro     ${seconds(floor.wallMs)}  ${floorPages} pages  ${perPage(floor.wallMs, floorPages)}  peak ${mb(floor.peakRss)}`,
      `build: ratio ${(site.wallMs / floor.wallMs).toFixed(2)}x the floor (target within 3x)`,
    ];
  } finally {
    await removeTemp(floorDir);
  }
}
