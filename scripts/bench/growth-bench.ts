/**
 * Growth: the same build on the sources and on a corpus ten times larger (grow-sources.ts: each act and
 * nine valid copies of it), each in a temp copy of the project so Astro builds from its own root and the
 * main content/data and dist/ stay untouched. Ingest and `astro build` are timed apart, to show which one
 * stops being linear. When either build fails (the ingest refuses the grown corpus, say) the section
 * cannot measure: it says why and `npm run bench` exits non-zero.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { copyProject, projectRoot, removeTemp } from '../harness/temp-project.ts';
import { readSources } from '../ingest/read-sources.ts';
import { CannotMeasure } from './cannot-measure.ts';
import { type DistStats, distStats } from './dist-stats.ts';
import { growSources } from './grow-sources.ts';
import { mb, runTimed, seconds } from './run-timed.ts';
import { kb } from './stats.ts';

interface GrowthRun extends DistStats {
  factor: number;
  offices: number;
  ingestMs: number;
  astroMs: number;
  /** CPU time of `astro build` (user + system, Pagefind's backend included): steadier than wall on a shared machine. */
  astroCpuMs: number;
  peakRss: number;
}

async function buildAt(factor: number): Promise<GrowthRun> {
  const dir = await copyProject(`growth-${factor}x`);
  try {
    const sources = await readSources(join(projectRoot, 'content/sources'));
    await rm(join(dir, 'content/sources'), { recursive: true });
    await mkdir(join(dir, 'content/sources'));
    for (const source of growSources(sources, factor)) {
      await writeFile(join(dir, 'content/sources', source.file), source.text);
    }
    const ingest = await runTimed(process.execPath, ['scripts/ingest/index.ts'], dir);
    if (ingest.code !== 0)
      throw new CannotMeasure(`growth ${factor}x: the ingest FAILED (exit ${ingest.code})\n${ingest.tail}`);
    const astro = await runTimed(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], dir);
    if (astro.code !== 0)
      throw new CannotMeasure(`growth ${factor}x: astro build FAILED (exit ${astro.code})\n${astro.tail}`);
    const offices = (JSON.parse(await readFile(join(dir, 'content/data/offices.json'), 'utf8')) as unknown[]).length;
    const peakRss = Math.max(ingest.peakRss, astro.peakRss);
    return {
      factor,
      offices,
      ingestMs: ingest.wallMs,
      astroMs: astro.wallMs,
      astroCpuMs: astro.cpuMs,
      peakRss,
      ...(await distStats(join(dir, 'dist'))),
    };
  } finally {
    await removeTemp(dir);
  }
}

function describe(r: GrowthRun): string {
  return `growth ${String(r.factor).padStart(2)}x: ${r.offices} offices, ${r.pages} pages and ${r.endpoints} other routes (${r.files} files); ingest ${seconds(r.ingestMs)} + astro build ${seconds(r.astroMs)}; peak ${mb(r.peakRss)}; index ${kb(r.pagefindBytes)} in ${r.pagefindFiles} files`;
}

const perPage = (r: GrowthRun) =>
  `${(r.astroMs / r.pages).toFixed(2)} ms/page (CPU ${(r.astroCpuMs / r.pages).toFixed(2)} ms/page)`;

export async function benchGrowth(times = 10): Promise<string[]> {
  const small = await buildAt(1);
  console.log(describe(small));
  const big = await buildAt(times);
  const ratio = (f: (r: GrowthRun) => number) => `${(f(big) / f(small)).toFixed(2)}x`;
  return [
    describe(big),
    `growth per page (linear: the same at both sizes): astro build ${perPage(small)} at 1x, ${perPage(big)} at ${times}x`,
    `growth ratios (sources ${times}x): offices ${ratio((r) => r.offices)}, pages ${ratio((r) => r.pages)}, ingest ${ratio((r) => r.ingestMs)}, astro build ${ratio((r) => r.astroMs)} (CPU ${ratio((r) => r.astroCpuMs)}), total ${ratio((r) => r.ingestMs + r.astroMs)}, peak memory ${ratio((r) => r.peakRss)}, index ${ratio((r) => r.pagefindBytes)}`,
  ];
}
