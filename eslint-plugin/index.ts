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

/** vue-eslint-parser is an optional peer: the Vue block exists only when it is installed. */
function optional(name: string): Linter.Parser | undefined {
  try {
    return createRequire(import.meta.url)(name) as Linter.Parser;
  } catch {
    return undefined;
  }
}

export const FILES = {
  jsx: ['**/*.jsx', '**/*.tsx'],
  script: ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.ts', '**/*.mts', '**/*.cts'],
  html: ['**/*.html', '**/*.htm'],
  vue: ['**/*.vue'],
  svelte: ['**/*.svelte'],
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
  return out;
}

plugin.configs.recommended = configs('recommended', recommendedRules);
plugin.configs.strict = configs('strict', strictRules);

export const { configs: pluginConfigs } = plugin;
export default plugin;
