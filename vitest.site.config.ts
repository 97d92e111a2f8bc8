import { defineConfig } from 'vitest/config';

// Tests of the built site in dist/ (run after `npm run build`): static checks and real-browser tests.
export default defineConfig({
  test: {
    include: ['tests/site/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One file at a time: Chromium and the validators share a 2-core machine.
    fileParallelism: false,
    // One worker for every file, its modules kept: tests/site/dist.ts reads the built site once for all.
    isolate: false,
    // A lazy iframe or a script on a loaded 2-core machine can take seconds to answer: a poll waits for a
    // state (a resized frame), it measures no speed, so its patience is generous (the default is 1 s).
    expect: { poll: { timeout: 15_000 } },
  },
});
