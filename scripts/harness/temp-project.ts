/**
 * Throw-away Astro projects in os.tmpdir() that reuse this project's installed packages. node_modules is a
 * real folder of symlinks, one per package, so Astro's and Vite's caches (node_modules/.astro,
 * node_modules/.vite, .vite-temp) land in the temp project and never touch the main one's.
 */
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

// Dot-folders are caches (.astro, .vite, .vite-temp, .vitest-cache); only .bin is a package folder.
const isCache = (name: string) => name.startsWith('.') && name !== '.bin';

export async function linkNodeModules(dir: string): Promise<void> {
  const from = join(projectRoot, 'node_modules');
  await mkdir(join(dir, 'node_modules'), { recursive: true });
  for (const name of await readdir(from)) {
    if (!isCache(name)) await symlink(join(from, name), join(dir, 'node_modules', name));
  }
}

export async function makeTempDir(label: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `qyzmet-bench-${label}-`));
}

/** A copy of the project that builds on its own: sources, scripts, site, config; no dist, no .git. */
export async function copyProject(label: string): Promise<string> {
  const dir = await makeTempDir(label);
  for (const name of ['src', 'content', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    await cp(join(projectRoot, name), join(dir, name), { recursive: true });
  }
  await linkNodeModules(dir);
  return dir;
}

export async function removeTemp(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
