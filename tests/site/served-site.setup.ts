/**
 * Vitest globalSetup of the site tests: dist/ is served on 127.0.0.1 and one Chromium is started, once per
 * run, for every test file and worker (tests/site/browser.ts connects to them). Before, each browser test
 * file started its own server and Chromium.
 */
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from '../../scripts/harness/browser.ts';
import { serveDirectory } from '../../scripts/harness/static-server.ts';
import { assertBuilt, distDir } from './dist.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://127.0.0.1:<port>` serving dist/. */
    siteOrigin: string;
    /** The shared Chromium's endpoint, for `connectBrowser`. */
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertBuilt();
  const server = await serveDirectory(distDir);
  const browser = await launchBrowserServer();
  project.provide('siteOrigin', server.origin);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
