import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// Node-side tests (core, linters, CLI). Browser tests (*.browser.test.ts) run in Chromium through @web/test-runner.
export default defineConfig({
  resolve: {
    // The workspace packages import each other by name; tests run them from source (as tsconfig's paths).
    alias: [
      { find: /^mitid-ux-kit$/, replacement: here('src/index.ts') },
      { find: /^mitid-ux-kit\/core$/, replacement: here('src/core/index.ts') },
      { find: /^mitid-ux-kit\/audit$/, replacement: here('src/audit/index.ts') },
      { find: /^mitid-ux-kit\/playwright$/, replacement: here('src/playwright.ts') },
      { find: /^eslint-plugin-mitid$/, replacement: here('eslint-plugin/index.ts') },
      { find: /^stylelint-plugin-mitid$/, replacement: here('stylelint-plugin/index.ts') },
      { find: /^stylelint-plugin-mitid\/config$/, replacement: here('stylelint-plugin/config.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // test/frameworks has its own config (installs and builds real apps): test/frameworks/vitest.config.ts.
    exclude: ['**/node_modules/**', 'test/**/*.browser.test.ts', '**/fixtures/**', 'test/frameworks/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: 'node_modules/.cache/mitid-ux-kit/vitest.json' }]],
  },
});
