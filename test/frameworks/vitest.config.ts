import { defineConfig } from 'vitest/config';

// The framework suite (installs and builds real apps: minutes, not seconds), apart from the node tests.
export default defineConfig({
  test: {
    include: ['test/frameworks/**/*.test.ts'],
    testTimeout: 15 * 60_000,
    hookTimeout: 3 * 60_000,
    maxConcurrency: 2,
  },
});
