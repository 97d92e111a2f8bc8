import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/site/**'],
    // The committed sources are ingested once per run and shared with every worker.
    globalSetup: ['tests/helpers/ingest-once.setup.ts'],
  },
});
