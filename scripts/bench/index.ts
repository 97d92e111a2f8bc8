/**
 * `npm run bench`: prints figures, asserts nothing (speed and size targets live here, never in tests).
 * Sections: ingest time; build time vs a bare Astro floor; page weights; search index; Lighthouse;
 * the phone path to every answer; growth on a ten-times corpus. `npm run bench -- ingest` runs one section.
 */
import { benchBuild } from './build-bench.ts';
import { CannotMeasure } from './cannot-measure.ts';
import { benchGrowth } from './growth-bench.ts';
import { benchIngest } from './ingest-bench.ts';
import { benchPageWeight } from './page-weight-bench.ts';

const sections: Record<string, () => Promise<string[]>> = {
  ingest: () => benchIngest(),
  // `build` first: the sections after it read the dist/ it leaves.
  build: () => benchBuild(),
  weight: () => benchPageWeight(),
  // Loaded on demand: Lighthouse and Playwright take seconds to import.
  search: async () => (await import('./search-bench.ts')).benchSearch(),
  lighthouse: async () => (await import('./lighthouse-bench.ts')).benchLighthouse(),
  // The phone path from the home page to every service x district answer (issue 17), in Chromium.
  path: async () => (await import('./path-bench.ts')).benchPath(),
  // The whole `npm test`, a few minutes.
  test: async () => (await import('./test-bench.ts')).benchTest(),
  // Last and longest: two full builds in temp copies of the project (1x and 10x sources).
  growth: () => benchGrowth(),
};

const asked = process.argv.slice(2);
const unknown = asked.filter((a) => !(a in sections));
if (unknown.length) {
  console.error(`bench: no section ${unknown.join(', ')} (sections: ${Object.keys(sections).join(', ')})`);
  process.exit(2);
}
for (const name of asked.length ? asked : Object.keys(sections)) {
  try {
    const lines = await sections[name]?.();
    for (const line of lines ?? []) console.log(line);
  } catch (error) {
    // A section that cannot measure says so, the others still run, and the bench exits non-zero.
    if (!(error instanceof CannotMeasure)) throw error;
    console.error(`${name}: CANNOT MEASURE: ${error.message}`);
    process.exitCode = 1;
  }
}
