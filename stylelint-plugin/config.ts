/**
 * mitid-ux-kit/stylelint-config: one line (`extends: ['mitid-ux-kit/stylelint-config']`) turns on
 * every MitID rule and wires a syntax per file type: SCSS, Less, `<style>` blocks and `style`
 * attributes in HTML/Vue/Svelte/Astro, and in JavaScript and TypeScript Lit `css`, styled-components and
 * emotion templates and Angular component `styles`.
 */
import { createRequire } from 'node:module';
import type { Syntax as PostcssSyntax } from 'postcss';
import type { Config } from 'stylelint';
import plugins from './index.js';
import { NAMESPACE } from './factory.js';
import { cssInHtml } from './lib/html-syntax.js';
import { linearLess } from './lib/less-syntax.js';
import { scriptStyles } from './lib/script-syntax.js';
import { ruleDefinitions } from './rules/index.js';

/** The file types each syntax reads (the syntaxes are optional peer dependencies). */
export const SYNTAX_FILES = {
  'postcss-scss': ['**/*.scss'],
  'postcss-less': ['**/*.less'],
  'postcss-html': ['**/*.html', '**/*.htm', '**/*.vue', '**/*.svelte', '**/*.astro'],
  'postcss-lit': ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.jsx', '**/*.ts', '**/*.mts', '**/*.cts', '**/*.tsx'],
} as const;

const require = createRequire(import.meta.url);

/** The syntax module's path when it is installed; a missing optional peer must not break plain CSS. */
function installed(name: string): string | undefined {
  try {
    return require.resolve(name);
  } catch {
    return undefined;
  }
}

const syntaxes = Object.entries(SYNTAX_FILES).map(([name, files]) => ({ name, files: [...files], path: installed(name) }));

/**
 * postcss-html with plain CSS that accepts `<!-- -->` around the rules of a `<style>` block;
 * postcss-lit reading styled-components, emotion and Angular component styles too; postcss-less
 * without its quadratic position fix-up.
 */
function syntaxOf(name: string, path: string): string | PostcssSyntax {
  if (name === 'postcss-html') return (require(path) as (config: Record<string, unknown>) => PostcssSyntax)({ css: cssInHtml });
  if (name === 'postcss-lit') return scriptStyles(require(path) as PostcssSyntax);
  if (name === 'postcss-less') return linearLess(path);
  return path;
}

/** Extensions whose syntax is not installed: the `mitid-ux check` command skips those files. */
export const UNREADABLE_EXTENSIONS: ReadonlySet<string> = new Set(
  syntaxes.flatMap(({ files, path }) => (path ? [] : files.map((glob) => glob.slice(glob.lastIndexOf('.'))))),
);

const config: Config = {
  plugins,
  rules: Object.fromEntries(ruleDefinitions.map((def) => [`${NAMESPACE}/${def.name}`, true])),
  overrides: syntaxes.flatMap(({ name, files, path }) => (path ? [{ files, customSyntax: syntaxOf(name, path) }] : [])),
  // File types whose syntax is not installed are skipped rather than misread as plain CSS.
  ignoreFiles: syntaxes.flatMap(({ files, path }) => (path ? [] : files)),
};

export default config;
