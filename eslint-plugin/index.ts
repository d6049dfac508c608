/**
 * mitid-ux-kit/eslint-plugin: catch non-compliant MitID code where it is written.
 * Flat config (ESLint 9/10): `...mitid.configs.recommended` in an existing config.
 */
import type { ESLint, Linter, Rule } from 'eslint';
import { createRequire } from 'node:module';
import { htmlParser } from './adapters/html.js';
import approvedText from './rules/approved-text.js';
import boxMinHeight from './rules/box-min-height.js';
import buttonStyle from './rules/button-style.js';
import ctaElement from './rules/cta-element.js';
import noEmbeddedLogin from './rules/no-embedded-login.js';
import { scriptBlocks } from './processors/script-blocks.js';
import { KIT_VERSION } from 'mitid-ux-kit/core';

export { htmlParser, scriptBlocks };

export const rules: Record<string, Rule.RuleModule> = {
  'approved-text': approvedText,
  'cta-element': ctaElement,
  'no-embedded-login': noEmbeddedLogin,
  'box-min-height': boxMinHeight,
  'button-style': buttonStyle,
};

const require = createRequire(import.meta.url);

/** vue-eslint-parser, astro-eslint-parser and eslint-mdx are optional peers: each block exists only when its parser is installed. */
function optional(name: string): Linter.Parser | undefined {
  try {
    return require(name) as Linter.Parser;
  } catch {
    return undefined;
  }
}

/** An installed parser loaded on its first file: astro-eslint-parser alone costs 0.3 s to load, for projects without a page. */
function onFirstUse(name: string): Linter.Parser | undefined {
  let path: string;
  try {
    path = require.resolve(name);
  } catch {
    return undefined;
  }
  type Parse = { parseForESLint(code: string, options?: Linter.ParserOptions): Linter.ESLintParseResult };
  let parser: Parse | undefined;
  return {
    meta: { name },
    parseForESLint(code: string, options?: Linter.ParserOptions) {
      parser ??= require(path) as Parse;
      return parser.parseForESLint(code, options);
    },
  };
}

export const FILES = {
  jsx: ['**/*.jsx', '**/*.tsx'],
  script: ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.ts', '**/*.mts', '**/*.cts'],
  html: ['**/*.html', '**/*.htm'],
  vue: ['**/*.vue'],
  svelte: ['**/*.svelte'],
  astro: ['**/*.astro'],
  mdx: ['**/*.mdx'],
};

const recommendedRules: Linter.RulesRecord = Object.fromEntries(Object.keys(rules).map((name) => [`mitid/${name}`, 'error']));
const strictRules: Linter.RulesRecord = { ...recommendedRules, 'mitid/approved-text': ['error', { reportUnverifiable: true }] };

const plugin = {
  meta: { name: 'eslint-plugin-mitid', version: KIT_VERSION, namespace: 'mitid' },
  rules,
  processors: { 'script-blocks': scriptBlocks },
  configs: {} as Record<'recommended' | 'strict', Linter.Config[]>,
} satisfies ESLint.Plugin;

/**
 * One block per framework. JSX and script blocks leave the parser to the host config (TypeScript
 * users already set typescript-eslint); HTML and Vue need ours.
 */
function configs(name: string, ruleSet: Linter.RulesRecord): Linter.Config[] {
  const plugins = { mitid: plugin as ESLint.Plugin };
  const out: Linter.Config[] = [
    { name: `mitid/${name}/jsx`, files: FILES.jsx, plugins, languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } }, rules: ruleSet },
    { name: `mitid/${name}/script`, files: FILES.script, plugins, rules: ruleSet },
    // Markup through the plugin's HTML parser; each <script> block as a file of its own (`page.html/0.js`).
    { name: `mitid/${name}/html`, files: [...FILES.html, ...FILES.svelte], plugins, processor: scriptBlocks, languageOptions: { parser: htmlParser as Linter.Parser }, rules: ruleSet },
  ];
  const vue = optional('vue-eslint-parser');
  if (vue) out.push({ name: `mitid/${name}/vue`, files: FILES.vue, plugins, languageOptions: { parser: vue, sourceType: 'module' }, rules: ruleSet });
  // Astro's template and MDX's JSX arrive as JSX nodes; Astro's client <script> blocks as TypeScript blocks (`page.astro/0.ts`).
  const astro = onFirstUse('astro-eslint-parser');
  if (astro) out.push({ name: `mitid/${name}/astro`, files: FILES.astro, plugins, processor: scriptBlocks, languageOptions: { parser: astro, sourceType: 'module' }, rules: ruleSet });
  const mdx = onFirstUse('eslint-mdx');
  if (mdx) out.push({ name: `mitid/${name}/mdx`, files: FILES.mdx, plugins, languageOptions: { parser: mdx }, rules: ruleSet });
  return out;
}

plugin.configs.recommended = configs('recommended', recommendedRules);
plugin.configs.strict = configs('strict', strictRules);

export const { configs: pluginConfigs } = plugin;
export default plugin;
