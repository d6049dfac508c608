/**
 * mitid-ux-kit/stylelint-config: one line (`extends: ['mitid-ux-kit/stylelint-config']`) turns on
 * every MitID rule and wires a syntax per file type: SCSS, `<style>` blocks and `style` attributes
 * in HTML/Vue/Svelte, and Lit `css` templates in JavaScript and TypeScript.
 */
import type { Config } from 'stylelint';
import plugins from './index.js';
import { NAMESPACE } from './factory.js';
import { ruleDefinitions } from './rules/index.js';

/** The file types each syntax reads (the syntaxes are optional peer dependencies). */
export const SYNTAX_FILES = {
  'postcss-scss': ['**/*.scss'],
  'postcss-html': ['**/*.html', '**/*.htm', '**/*.vue', '**/*.svelte'],
  'postcss-lit': ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.jsx', '**/*.ts', '**/*.mts', '**/*.cts', '**/*.tsx'],
} as const;

const config: Config = {
  plugins,
  rules: Object.fromEntries(ruleDefinitions.map((def) => [`${NAMESPACE}/${def.name}`, true])),
  overrides: Object.entries(SYNTAX_FILES).map(([customSyntax, files]) => ({ files: [...files], customSyntax })),
};

export default config;
