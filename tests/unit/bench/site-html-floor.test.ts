import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { distStats } from '../../../scripts/bench/dist-stats.ts';
import { makeSiteHtmlFloorProject } from '../../../scripts/bench/floor-project.ts';
import { makeTempDir, projectRoot, removeTemp } from '../../../scripts/harness/temp-project.ts';

// The site-HTML floor explains the build ratio only if it writes the site's pages unchanged: the same bytes
// at the same paths (Kazakh letters, an inline script, a page the search indexes), and nothing rendered.
const pages: Record<string, string> = {
  'index.html':
    '<!DOCTYPE html><html lang="kk"><head><title>Басты бет</title></head><body><p>Әлеуметтік көмек</p></body></html>',
  'offices/a/index.html':
    '<!DOCTYPE html><html lang="kk"><head><script type="module">const a = 1 < 2 && "ғ";</script></head><body data-pagefind-body><h1>Ақсу</h1></body></html>',
  'ru/offices/a/index.html': '<!DOCTYPE html><html lang="ru"><body><p>&lt;пособие&gt; &amp; «өтініш»</p></body></html>',
};

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await removeTemp(dir);
});

describe('makeSiteHtmlFloorProject', () => {
  test('builds the site’s pages byte for byte, at their paths', { timeout: 120_000 }, async () => {
    const dist = await makeTempDir('site-dist');
    dirs.push(dist);
    for (const [path, html] of Object.entries(pages)) {
      await mkdir(join(dist, path, '..'), { recursive: true });
      await writeFile(join(dist, path), html);
    }
    const floor = await makeSiteHtmlFloorProject(dist, (await distStats(dist)).pageList, 1);
    dirs.push(floor);
    await promisify(execFile)(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: floor,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    for (const [path, html] of Object.entries(pages)) {
      expect(await readFile(join(floor, 'dist', path), 'utf8'), path).toBe(html);
    }
  });
});
