/**
 * `npm test` (ingest, unit tests, build, lint and types, site tests, gazetteer check) timed as a whole, as a
 * child process, with the time of each phase as scripts/test/index.ts reports it (phases overlap: each
 * starts when what it reads exists). Target (issue 20): at most 5 minutes on a 2-core machine. A figure,
 * never an assertion: a failing run cannot measure. CPU is the whole process tree's that was waited for
 * (GNU time); compare it, not the wall time, between runs on a machine other work shares.
 */

import { projectRoot } from '../harness/temp-project.ts';
import { CannotMeasure } from './cannot-measure.ts';
import { mb, runTimed, seconds } from './run-timed.ts';

const phaseLine = /^phase (\S+): ([\d.]+) s \(from ([\d.]+) s\), (\S+)$/gmu;

export async function benchTest(): Promise<string[]> {
  const run = await runTimed('npm', ['test'], projectRoot);
  if (run.code !== 0) throw new CannotMeasure(`test: npm test FAILED (exit ${run.code})\n${run.tail}`);
  const phases = [...run.tail.matchAll(phaseLine)];
  if (phases.length === 0) throw new CannotMeasure(`test: npm test printed no phase times\n${run.tail}`);
  const width = Math.max(...phases.map((m) => (m[1] ?? '').length));
  return [
    `test: npm test ${seconds(run.wallMs)} (CPU ${seconds(run.cpuMs)}, peak ${mb(run.peakRss)}); target at most 300 s`,
    ...phases.map((m) => `test:   ${(m[1] ?? '').padEnd(width)} ${(m[2] ?? '').padStart(6)} s, from ${m[3]} s`),
  ];
}
