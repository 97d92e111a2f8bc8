/**
 * `npm run ingest`: content/sources/*.txt -> content/data/*.json (the run itself is cli.ts).
 *
 * The ingest loads some 400 modules, half of them TypeScript that Node strips on every start: that was
 * about a third of its CPU time. Node's compile cache keeps the stripped and compiled code between runs
 * (in the system's temporary folder, checked against each file's content), so it is turned on before the
 * pipeline is imported. Nothing else changes: a cold cache only means one ordinary start.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./cli.ts');
