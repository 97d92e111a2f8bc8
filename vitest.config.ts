import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/site/**'],
    // The committed sources are ingested once per run and shared with every worker.
    globalSetup: ['tests/helpers/ingest-once.setup.ts'],
    // Two files at a time, whatever the core count: Vitest's default is one worker fewer than the cores, a
    // single worker on a 2-core machine, and the mutation suite alone (~30 ingests) then holds up the rest.
    maxWorkers: 2,
    // A worker keeps its modules from file to file instead of starting afresh for each of 121 files (a
    // third of the CPU time). No test mocks a module or a global; shared loaders return fresh copies
    // (ingestCommittedSources) or data nobody changes. Passed with the files in shuffled order too.
    isolate: false,
  },
});
