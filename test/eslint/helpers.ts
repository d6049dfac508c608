/** RuleTester under vitest, one tester per framework, and the plugin's rules. */
import { RuleTester, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import vueParser from 'vue-eslint-parser';
import { afterAll, describe, it } from 'vitest';
import plugin, { htmlParser } from '../../eslint-plugin/index.js';

(RuleTester as unknown as { afterAll: typeof afterAll }).afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

// Bugs should fail tests loudly; in users' runs the rules swallow them instead.
process.env['MITID_ESLINT_DEBUG'] = '1';

export const rules = plugin.rules;

export const jsxTester = new RuleTester({
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
});
export const litTester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
export const htmlTester = new RuleTester({ languageOptions: { parser: htmlParser as never } });
export const vueTester = new RuleTester({ languageOptions: { parser: vueParser, sourceType: 'module' } });

export const TSX = 'component.tsx';
export const HTML = 'page.html';
export const VUE = 'Login.vue';

/** Every rule on, in every framework: for the crash and property tests. */
export function everyRule(settings: Record<string, unknown> = {}): Linter.Config[] {
  const all = Object.fromEntries(Object.keys(plugin.rules).map((name) => [`mitid/${name}`, 'error' as const]));
  const base = { plugins: { mitid: plugin }, rules: all, settings, linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' as const } };
  return [
    { ...base, files: ['**/*.{js,mjs,cjs,jsx}'], languageOptions: { ecmaVersion: 'latest', parserOptions: { ecmaFeatures: { jsx: true } } } },
    { ...base, files: ['**/*.{ts,mts,cts,tsx}'], languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } } },
    { ...base, files: ['**/*.{html,htm,svelte}'], languageOptions: { parser: htmlParser as Linter.Parser } },
    { ...base, files: ['**/*.vue'], languageOptions: { parser: vueParser, sourceType: 'module' } },
  ];
}
