/** RuleTester under vitest, one tester per framework, and the plugin's rules. */
import { RuleTester } from 'eslint';
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
