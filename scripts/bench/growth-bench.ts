/**
 * Growth: the same build on the sources and on a corpus ten times larger (grow-sources.ts), each in a
 * temp copy of the project so Astro builds from its own root and the main content/data and dist/ stay
 * untouched. Ingest and `astro build` are timed apart, to show which one stops being linear.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { copyProject, projectRoot, removeTemp } from '../harness/temp-project.ts';
import { readSources } from '../ingest/read-sources.ts';
import { type DistStats, distStats } from './dist-stats.ts';
import { growSource } from './grow-sources.ts';
import { mb, runTimed, seconds } from './run-timed.ts';
import { kb } from './stats.ts';

interface GrowthRun extends DistStats {
  factor: number;
  offices: number;
  ingestMs: number;
  astroMs: number;
  peakRss: number;
}

async function buildAt(factor: number): Promise<GrowthRun | string> {
  const dir = await copyProject(`growth-${factor}x`);
  try {
    for (const source of await readSources(join(projectRoot, 'content/sources'))) {
      const text = factor === 1 ? source.text : growSource(source, factor).text;
      await writeFile(join(dir, 'content/sources', source.file), text);
    }
    const ingest = await runTimed(process.execPath, ['scripts/ingest/index.ts'], dir);
    if (ingest.code !== 0) return `growth ${factor}x: ingest FAILED\n${ingest.tail}`;
    const astro = await runTimed(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], dir);
    if (astro.code !== 0) return `growth ${factor}x: astro build FAILED\n${astro.tail}`;
    const offices = (JSON.parse(await readFile(join(dir, 'content/data/offices.json'), 'utf8')) as unknown[]).length;
    const peakRss = Math.max(ingest.peakRss, astro.peakRss);
    return {
      factor,
      offices,
      ingestMs: ingest.wallMs,
      astroMs: astro.wallMs,
      peakRss,
      ...(await distStats(join(dir, 'dist'))),
    };
  } finally {
    await removeTemp(dir);
  }
}

function describe(r: GrowthRun): string {
  return `growth ${String(r.factor).padStart(2)}x: ${r.offices} offices, ${r.pages} pages (${r.files} files); ingest ${seconds(r.ingestMs)} + astro build ${seconds(r.astroMs)}; peak ${mb(r.peakRss)}; index ${kb(r.pagefindBytes)} in ${r.pagefindFiles} files`;
}

export async function benchGrowth(times = 10): Promise<string[]> {
  const small = await buildAt(1);
  if (typeof small === 'string') return [small];
  const big = await buildAt(times);
  if (typeof big === 'string') return [describe(small), big];
  const ratio = (f: (r: GrowthRun) => number) => `${(f(big) / f(small)).toFixed(2)}x`;
  return [
    describe(small),
    describe(big),
    `growth ratios (target ~${times}x, linear): offices ${ratio((r) => r.offices)}, pages ${ratio((r) => r.pages)}, ingest ${ratio((r) => r.ingestMs)}, astro build ${ratio((r) => r.astroMs)}, total ${ratio((r) => r.ingestMs + r.astroMs)}, peak memory ${ratio((r) => r.peakRss)}, index ${ratio((r) => r.pagefindBytes)}`,
  ];
}
