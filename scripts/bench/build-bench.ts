/**
 * Full `npm run build` (ingest + pages + Pagefind index) as a child process, against the floor: a bare
 * Astro project with as many trivial pages, as many of them indexed by Pagefind the same way, and as many
 * trivial endpoints as the site's data routes (floor-project.ts), built by the same `astro build`. The two
 * are timed alternately (floor, site, floor, site ...), so a neighbour's load falls on both; the ratio is
 * the median of the rounds' ratios. Wall time is the target's measure (issue 20: within 2x the floor);
 * CPU time (user + system, the whole process tree, Pagefind's backend included) is printed beside it,
 * because on a machine shared with other builds the wall clock mostly measures the neighbours.
 *
 * A second floor explains the ratio, it is not a target: the site's own built pages handed to the same bare
 * project as finished HTML (makeSiteHtmlFloorProject). Its distance from the bare floor is what the pages'
 * bytes cost Astro and Pagefind with nothing rendered; the site's distance from it is the ingest and our
 * rendering.
 */
import { join } from 'node:path';
import { projectRoot, removeTemp } from '../harness/temp-project.ts';
import { CannotMeasure } from './cannot-measure.ts';
import { distStats } from './dist-stats.ts';
import { makeFloorProject, makeSiteHtmlFloorProject } from './floor-project.ts';
import { mb, runTimed, seconds } from './run-timed.ts';
import { median } from './stats.ts';

const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const ROUNDS = 3;

export async function benchBuild(): Promise<string[]> {
  // A first site build tells the floor how many pages to make (and warms the disk cache for both).
  const first = await runTimed('npm', ['run', 'build'], projectRoot);
  if (first.code !== 0) throw new CannotMeasure(`build: npm run build FAILED (exit ${first.code})\n${first.tail}`);
  const built = await distStats(join(projectRoot, 'dist'), join(projectRoot, 'public'));
  const floorDir = await makeFloorProject(built.pages, built.indexedPages, built.endpoints);
  const htmlFloorDir = await makeSiteHtmlFloorProject(join(projectRoot, 'dist'), built.pageList, built.endpoints);
  const lines: string[] = [];
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  const htmlRatios: number[] = [];
  const htmlCpuRatios: number[] = [];
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      const floor = await runTimed(process.execPath, [astroBin, 'build'], floorDir);
      if (floor.code !== 0)
        throw new CannotMeasure(`build: floor astro build FAILED (exit ${floor.code})\n${floor.tail}`);
      const htmlFloor = await runTimed(process.execPath, [astroBin, 'build'], htmlFloorDir);
      if (htmlFloor.code !== 0)
        throw new CannotMeasure(
          `build: site-HTML floor astro build FAILED (exit ${htmlFloor.code})\n${htmlFloor.tail}`,
        );
      const site = await runTimed('npm', ['run', 'build'], projectRoot);
      if (site.code !== 0) throw new CannotMeasure(`build: npm run build FAILED (exit ${site.code})\n${site.tail}`);
      const ratio = site.wallMs / floor.wallMs;
      const cpuRatio = site.cpuMs / floor.cpuMs;
      ratios.push(ratio);
      cpuRatios.push(cpuRatio);
      htmlRatios.push(htmlFloor.wallMs / floor.wallMs);
      htmlCpuRatios.push(htmlFloor.cpuMs / floor.cpuMs);
      lines.push(
        `build round ${round}: npm run build ${seconds(site.wallMs)} (CPU ${seconds(site.cpuMs)}, peak ${mb(site.peakRss)}), floor ${seconds(floor.wallMs)} (CPU ${seconds(floor.cpuMs)}, peak ${mb(floor.peakRss)}): ${ratio.toFixed(2)}x wall, ${cpuRatio.toFixed(2)}x CPU; site-HTML floor ${seconds(htmlFloor.wallMs)} (CPU ${seconds(htmlFloor.cpuMs)})`,
      );
    }
    const floorStats = await distStats(join(floorDir, 'dist'));
    return [
      `build: ${built.pages} pages and ${built.endpoints} other routes (${built.files} files), ${built.indexedPages} indexed by Pagefind; floor ${floorStats.pages} pages and ${floorStats.endpoints} other routes, ${floorStats.indexedPages} indexed (${floorStats.pagefindFiles} index files)`,
      ...lines,
      `build: ratio ${median(ratios).toFixed(2)}x the floor by wall time (target within 2x), ${median(cpuRatios).toFixed(2)}x by CPU time, medians of ${ROUNDS} alternating rounds`,
      `build: the site's finished HTML alone, handed to the bare project (nothing rendered, no ingest), is ${median(htmlRatios).toFixed(2)}x the floor by wall time, ${median(htmlCpuRatios).toFixed(2)}x by CPU time`,
    ];
  } finally {
    await removeTemp(floorDir);
    await removeTemp(htmlFloorDir);
  }
}
