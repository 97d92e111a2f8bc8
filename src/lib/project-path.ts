import { resolve } from 'node:path';

/**
 * A path inside the project. Pages are bundled before they render, so `import.meta.url` no longer points
 * into src/; Astro always builds from the project root, which is the working directory.
 */
export function projectPath(relative: string): string {
  return resolve(process.cwd(), relative);
}
