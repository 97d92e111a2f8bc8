/**
 * The ingest's exit code as `npm run build` sees it, in a temporary copy of the project: every source
 * re-saved as Windows-1251 (once a 12-page empty site built with exit 0) fails it, naming each file and
 * the encoding; `--allow-errors` writes the same data and exits 0. Two subprocesses only: the other
 * mutations check the exit status in-process (mutations.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyProject, removeTemp } from '../../scripts/harness/temp-project.ts';

let dir = '';

/** Windows-1251 bytes; letters the code page lacks become `?`, as iconv does. */
function toWindows1251(text: string): Buffer {
  const decoder = new TextDecoder('windows-1251');
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) byChar.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((c) => byChar.get(c) ?? 0x3f));
}

beforeAll(async () => {
  dir = await copyProject('exit-code');
  const sources = join(dir, 'content/sources');
  for (const name of await readdir(sources))
    await writeFile(join(sources, name), toWindows1251(await readFile(join(sources, name), 'utf8')));
}, 60_000);

afterAll(async () => {
  if (dir) await removeTemp(dir);
});

const ingest = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/ingest/index.ts', ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 });

test('sources in Windows-1251 fail the ingest, each named with its encoding; --allow-errors goes on', {
  timeout: 240_000,
}, async () => {
  const failed = ingest();
  expect(failed.status).toBe(1);
  expect(failed.stderr).not.toMatch(/\n\s+at \S/);
  const names = (await readdir(join(dir, 'content/sources'))).sort();
  expect(names.length).toBeGreaterThan(1);
  for (const name of names) expect(failed.stderr).toMatch(new RegExp(`${name}:\\d+ \\[not-utf8\\] .*windows-1251`));
  // Everything it could write is written, report included.
  const report = JSON.parse(await readFile(join(dir, 'content/data/ingest-report.json'), 'utf8'));
  expect(report.diagnostics.filter((d: { code: string }) => d.code === 'not-utf8')).toHaveLength(names.length);

  const allowed = ingest('--allow-errors');
  expect(allowed.status).toBe(0);
  expect(allowed.stderr).toMatch(/continuing because of --allow-errors/);
});
