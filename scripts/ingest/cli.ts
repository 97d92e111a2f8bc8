/**
 * The ingest run that index.ts starts: content/sources/*.txt -> content/data/*.json.
 * read the acts and the reviewed inputs -> (normalise -> segment -> parse -> resolve -> validate -> report,
 * in run-ingest.ts) -> emit.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { emit } from './emit.ts';
import { ALLOW_ERRORS_FLAG, exitStatus } from './exit-status.ts';
import { readInputs } from './read-inputs.ts';
import { readSources } from './read-sources.ts';
import { formatWarnings } from './report/warning-summary.ts';
import { runIngest } from './run-ingest.ts';
import { formatSummary } from './summary.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sources = await readSources(`${root}content/sources`);
// The hand corrections, the service-name aliases and the gazetteer: every input besides the acts.
const inputs = await readInputs(root);
const hashes = Object.fromEntries(sources.map((s) => [s.file, createHash('sha256').update(s.text).digest('hex')]));
const result = runIngest(sources, inputs, hashes);
await emit(result, `${root}content/data`);
console.log(formatSummary(result));
console.log(formatWarnings(result.report.diagnostics));
// Everything readable is written above; any error-level diagnostic then fails the ingest (exit-status.ts).
const status = exitStatus(result.report.diagnostics, process.argv.includes(ALLOW_ERRORS_FLAG));
if (status.message) console.error(status.message);
process.exitCode = status.code;
