/**
 * A Pagefind backend that panics (simulated by a stand-in binary: Pagefind's Node API takes its path from
 * PAGEFIND_EXTENDED_BINARY_PATH) must fail the build. Run as a child process because the failure shows only
 * when Node's event loop empties with the index unwritten. Needs content/data (npm test ingests first).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, test } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'qyzmet-pagefind-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runHook(backend: string): { status: number | null; output: string } {
  mkdirSync(join(dir, 'site'), { recursive: true });
  const integration = pathToFileURL(join(process.cwd(), 'src/integrations/pagefind.ts')).href;
  const rendered = pathToFileURL(join(process.cwd(), 'src/integrations/rendered-pages.ts')).href;
  // One rendered page, handed over as the middleware does during a build.
  const script = [
    `import { pagefind } from ${JSON.stringify(integration)};`,
    `import { renderedPages } from ${JSON.stringify(rendered)};`,
    `const record = renderedPages();`,
    `record.searchPages.set('/', '<html><body data-pagefind-body><h1>Бет</h1></body></html>');`,
    'record.data = { acts: [], services: [], offices: [], places: [] };',
    'record.aliasRecords = () => [];',
    `const hook = pagefind().hooks['astro:build:done'];`,
    'const logger = { info: console.log, warn: console.warn, error: console.error };',
    `hook({ dir: new URL(${JSON.stringify(pathToFileURL(join(dir, 'site/')).href)}), pages: [{ pathname: '' }], logger }).then(() => console.log('hook finished'));`,
  ].join('\n');
  writeFileSync(join(dir, 'run.ts'), script);
  const run = spawnSync(process.execPath, [join(dir, 'run.ts')], {
    env: { ...process.env, PAGEFIND_EXTENDED_BINARY_PATH: backend, PAGEFIND_BINARY_PATH: backend },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

test('a backend panic fails the build with a message, not exit 0', { timeout: 70_000 }, () => {
  const backend = join(dir, 'panicking-pagefind');
  writeFileSync(backend, '#!/bin/sh\nhead -c 1 >/dev/null\necho "thread main panicked: simulated" >&2\nexit 101\n');
  chmodSync(backend, 0o755);
  const { status, output } = runHook(backend);
  expect(output).toContain('panicked');
  expect(output).not.toContain('hook finished');
  expect(output).toMatch(/Pagefind stopped before the index was written/);
  expect(status).toBe(1);
});
