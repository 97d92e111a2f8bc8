/**
 * Full `npm run build` (ingest + pages + Pagefind index) as a child process, against the floor: a bare
 * Astro project with as many trivial pages, as many of them indexed by Pagefind the same way
 * (floor-project.ts), built by the same `astro build`. The two are timed alternately (floor, site, floor,
 * site ...), so a neighbour's load falls on both; the ratio is the median of the rounds' ratios.
 * Target (issue 20): within 2x the floor.
 */
import { join } from 'node:path';
import { projectRoot, removeTemp } from '../harness/temp-project.ts';
import { CannotMeasure } from './cannot-measure.ts';
import { distStats } from './dist-stats.ts';
import { makeFloorProject } from './floor-project.ts';
import { mb, runTimed, seconds } from './run-timed.ts';
import { median } from './stats.ts';

const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const ROUNDS = 3;

export async function benchBuild(): Promise<string[]> {
  // A first site build tells the floor how many pages to make (and warms the disk cache for both).
  const first = await runTimed('npm', ['run', 'build'], projectRoot);
  if (first.code !== 0) throw new CannotMeasure(`build: npm run build FAILED (exit ${first.code})\n${first.tail}`);
  const built = await distStats(join(projectRoot, 'dist'));
  const floorDir = await makeFloorProject(built.pages, built.indexedPages);
  const lines: string[] = [];
  const ratios: number[] = [];
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      const floor = await runTimed(process.execPath, [astroBin, 'build'], floorDir);
      if (floor.code !== 0)
        throw new CannotMeasure(`build: floor astro build FAILED (exit ${floor.code})\n${floor.tail}`);
      const site = await runTimed('npm', ['run', 'build'], projectRoot);
      if (site.code !== 0) throw new CannotMeasure(`build: npm run build FAILED (exit ${site.code})\n${site.tail}`);
      const ratio = site.wallMs / floor.wallMs;
      ratios.push(ratio);
      lines.push(
        `build round ${round}: npm run build ${seconds(site.wallMs)} (peak ${mb(site.peakRss)}), floor ${seconds(floor.wallMs)} (peak ${mb(floor.peakRss)}): ${ratio.toFixed(2)}x`,
      );
    }
    const floorStats = await distStats(join(floorDir, 'dist'));
    return [
      `build: ${built.pages} pages (${built.files} files), ${built.indexedPages} indexed by Pagefind; floor ${floorStats.pages} pages, ${floorStats.indexedPages} indexed (${floorStats.pagefindFiles} index files)`,
      ...lines,
      `build: ratio ${median(ratios).toFixed(2)}x the floor, median of ${ROUNDS} alternating rounds (target within 2x)`,
    ];
  } finally {
    await removeTemp(floorDir);
  }
}
