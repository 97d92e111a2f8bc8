import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { moveAside, removeInBackground } from '../../../src/integrations/clear-out-dir.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A project folder with a previous build in dist/: pages in folders, a file at the top, a deploy repository. */
function previousBuild(): string {
  root = mkdtempSync(join(tmpdir(), 'qyzmet-clear-'));
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'offices', 'a'), { recursive: true });
  mkdirSync(join(dist, '.git'));
  writeFileSync(join(dist, 'offices', 'a', 'index.html'), '<p>a</p>');
  writeFileSync(join(dist, 'index.html'), '<p>home</p>');
  writeFileSync(join(dist, '.git', 'HEAD'), 'ref: refs/heads/main');
  return dist;
}

describe('moveAside', () => {
  test('empties the folder but its .git at once, into a sibling folder named for the build', async () => {
    const dist = previousBuild();
    const paths = await moveAside(dist, '42');
    expect(readdirSync(dist)).toEqual(['.git']);
    expect(paths).toEqual([join(root, '.dist-old-42')]);
    expect(readFileSync(join(root, '.dist-old-42', 'offices', 'a', 'index.html'), 'utf8')).toBe('<p>a</p>');
  });

  test('also returns what a killed build left behind, and nothing else beside dist/', async () => {
    const dist = previousBuild();
    mkdirSync(join(root, '.dist-old-7', 'offices'), { recursive: true });
    mkdirSync(join(root, 'src'));
    const paths = await moveAside(dist, '42');
    expect(paths.sort()).toEqual([join(root, '.dist-old-42'), join(root, '.dist-old-7')]);
  });

  test('with no dist/ yet, returns the leftovers only', async () => {
    root = mkdtempSync(join(tmpdir(), 'qyzmet-clear-'));
    mkdirSync(join(root, '.dist-old-7'));
    expect(await moveAside(join(root, 'dist'), '42')).toEqual([join(root, '.dist-old-7')]);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });
});

describe('removeInBackground', () => {
  test('deletes every folder it is given, files and all', async () => {
    const dist = previousBuild();
    mkdirSync(join(root, '.dist-old-7', 'offices'), { recursive: true });
    const paths = await moveAside(dist, '42');
    await removeInBackground(paths);
    expect(readdirSync(root)).toEqual(['dist']);
    expect(readdirSync(dist)).toEqual(['.git']);
  });

  test('settles at once with nothing to delete', async () => {
    await expect(removeInBackground([])).resolves.toBeUndefined();
  });
});
