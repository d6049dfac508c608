// The project's own lint: ESLint 10 flat config with typescript-eslint strict.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/', '**/dist/', 'test/frameworks/.work/', 'test/frameworks/apps/**/node_modules/', 'node_modules/', 'storybook-static/', 'bench/.corpus/', 'bench/.work/', 'coverage/', '**/fixtures/**', 'examples/**', 'custom-elements.json', 'test/frameworks/.work/', 'test/frameworks/apps/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The core is pure: it may not reach for the DOM, so every face (node or browser) can use it.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'HTMLElement', 'Element', 'location'],
    },
  },
  {
    // Tests assert on values they just checked; a non-null assertion there is the clearest form.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
