/** Ingest time for all five sources, in-process (read once, run several times, median). */
import { fileURLToPath } from 'node:url';
import { readInputs } from '../ingest/read-inputs.ts';
import { readSources } from '../ingest/read-sources.ts';
import { runIngest } from '../ingest/run-ingest.ts';
import { median } from './stats.ts';

export async function benchIngest(runs = 7): Promise<string[]> {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const sources = await readSources(`${root}content/sources`);
  const inputs = await readInputs(root);
  runIngest(sources, inputs); // warm-up: module compilation and JIT
  const times: number[] = [];
  let offices = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    offices = runIngest(sources, inputs).offices.length;
    times.push(performance.now() - t0);
  }
  const lines = sources.reduce((n, s) => n + s.text.split('\n').length, 0);
  return [
    `ingest: ${sources.length} sources, ${lines} lines -> ${offices} offices`,
    `ingest: median ${median(times).toFixed(0)} ms over ${runs} runs (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}); target < 1000 ms`,
  ];
}
