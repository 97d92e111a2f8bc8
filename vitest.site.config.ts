import { defineConfig } from 'vitest/config';

// Tests of the built site in dist/ (run after `npm run build`): static checks and real-browser tests.
export default defineConfig({
  test: {
    include: ['tests/site/**/*.test.ts'],
    // dist/ served and one Chromium started once for the run, shared by every file (served-site.setup.ts).
    globalSetup: ['tests/site/served-site.setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two files at a time, whatever the core count: while one waits on Chromium, the other checks HTML in
    // Node. Vitest's default is one worker fewer than the cores, a single worker on a 2-core machine.
    maxWorkers: 2,
    // Each worker keeps its modules from file to file: tests/site/dist.ts reads the built site once per worker.
    isolate: false,
    // A lazy iframe or a script on a loaded 2-core machine can take seconds to answer: a poll waits for a
    // state (a resized frame), it measures no speed, so its patience is generous (the default is 1 s).
    expect: { poll: { timeout: 15_000 } },
  },
});
