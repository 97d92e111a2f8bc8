/**
 * `npm test`: every check of the project, each phase started as soon as what it reads exists, so a 2-core
 * machine is kept busy (Astro's build and check run mostly on one core; the unit tests take the other):
 *
 *   ingest -> unit tests (vitest)
 *          -> astro build -> lint and types (biome, astro check)
 *                         -> site tests (vitest.site.config.ts) -> gazetteer check
 *
 * Each output line is prefixed with its phase. The last lines give each phase's time (`phase unit: 54.2 s
 * (from 2.1 s), ok`), which `npm run bench -- test` prints; a failed phase skips the phases after it and
 * the run exits 1. Run as `node scripts/test/index.ts` or `npm test`.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

interface Phase {
  name: string;
  /** An npm script of package.json, or a command run with `npm exec`. */
  run: string[];
  after: string[];
}

const phases: Phase[] = [
  { name: 'ingest', run: ['run', 'ingest'], after: [] },
  { name: 'unit', run: ['run', 'test:unit'], after: ['ingest'] },
  { name: 'build', run: ['exec', '--', 'astro', 'build'], after: ['ingest'] },
  // After the build: astro check and astro build both write .astro/.
  { name: 'check', run: ['run', 'check'], after: ['build'] },
  { name: 'site', run: ['run', 'test:site'], after: ['build'] },
  { name: 'geodata', run: ['run', 'geodata', '--', '--check'], after: ['site'] },
];

type Outcome = 'ok' | 'FAILED' | 'skipped';
interface Done {
  outcome: Outcome;
  fromMs: number;
  ms: number;
}

const t0 = performance.now();
const width = Math.max(...phases.map((p) => p.name.length));

function runPhase(phase: Phase): Promise<Done> {
  const fromMs = performance.now() - t0;
  const child = spawn('npm', phase.run, { env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  const prefix = `[${phase.name.padEnd(width)}] `;
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => process.stdout.write(`${prefix}${line}\n`));
  }
  return new Promise((resolve) => {
    child.on('close', (code) =>
      resolve({ outcome: code === 0 ? 'ok' : 'FAILED', fromMs, ms: performance.now() - t0 - fromMs }),
    );
  });
}

const done = new Map<string, Promise<Done>>();
function start(phase: Phase): Promise<Done> {
  let result = done.get(phase.name);
  if (!result) {
    const deps = phases.filter((p) => phase.after.includes(p.name)).map(start);
    result = Promise.all(deps).then((before) =>
      before.every((d) => d.outcome === 'ok')
        ? runPhase(phase)
        : { outcome: 'skipped' as const, fromMs: performance.now() - t0, ms: 0 },
    );
    done.set(phase.name, result);
  }
  return result;
}

const results = await Promise.all(phases.map(start));
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log('');
for (const [i, phase] of phases.entries()) {
  const r = results[i];
  if (r) console.log(`phase ${phase.name}: ${s(r.ms)} (from ${s(r.fromMs)}), ${r.outcome}`);
}
const failed = phases.filter((_, i) => results[i]?.outcome !== 'ok').map((p) => p.name);
console.log(
  `npm test: ${s(performance.now() - t0)}, ${failed.length ? `not passed: ${failed.join(', ')}` : 'all passed'}`,
);
process.exitCode = failed.length ? 1 : 0;
