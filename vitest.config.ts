import { defineConfig } from 'vitest/config';

// Node-side tests (core, linters, CLI). Browser tests (*.browser.test.ts) run in Chromium through @web/test-runner.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/**/*.browser.test.ts', '**/fixtures/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: 'node_modules/.cache/mitid-ux-kit/vitest.json' }]],
  },
});
