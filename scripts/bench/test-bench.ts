/**
 * `npm test` (ingest, lint and types, unit tests, build, site tests, gazetteer check) timed as a whole, as a
 * child process. Target (issue 20): at most 5 minutes on a 2-core machine. A figure, never an assertion:
 * a failing run cannot measure.
 */

import { projectRoot } from '../harness/temp-project.ts';
import { CannotMeasure } from './cannot-measure.ts';
import { mb, runTimed, seconds } from './run-timed.ts';

export async function benchTest(): Promise<string[]> {
  const run = await runTimed('npm', ['test'], projectRoot);
  if (run.code !== 0) throw new CannotMeasure(`test: npm test FAILED (exit ${run.code})\n${run.tail}`);
  return [`test: npm test ${seconds(run.wallMs)} (peak ${mb(run.peakRss)}); target at most 300 s`];
}
