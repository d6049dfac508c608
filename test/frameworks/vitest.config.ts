import { defineConfig } from 'vitest/config';

// The framework suite (installs and builds real apps: minutes, not seconds), apart from the node
// tests: `npx vitest run --config test/frameworks/vitest.config.ts` after `npm run build`.
export default defineConfig({
  test: {
    include: ['test/frameworks/**/*.test.ts'],
    testTimeout: 15 * 60_000,
    hookTimeout: 3 * 60_000,
    maxConcurrency: 2,
    reporters: ['default', ['json', { outputFile: 'node_modules/.cache/mitid-ux-kit/vitest-frameworks.json' }]],
  },
});
