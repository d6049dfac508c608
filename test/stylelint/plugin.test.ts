/** The package surface: plugin array, rule meta and docs, the shareable config's wiring. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import stylelint from 'stylelint';
import { describe, expect, test } from 'vitest';
import plugins from '../../stylelint-plugin/index.js';
import config from '../../stylelint-plugin/config.js';
import { DOCS_BASE } from '../../stylelint-plugin/factory.js';

const docsDir = fileURLToPath(new URL('../../stylelint-plugin/docs/rules/', import.meta.url));

describe('stylelint plugin', () => {
  test('exports one plugin per rule, each with a docs page', () => {
    const names = plugins.map((p) => p.ruleName).sort();
    expect(names).toEqual(['mitid/box-min-height', 'mitid/button-style', 'mitid/keep-required-links', 'mitid/no-box-restyle']);
    for (const p of plugins) {
      const short = p.ruleName.replace('mitid/', '');
      expect(p.rule.meta?.url).toBe(`${DOCS_BASE}${short}.md`);
      const doc = `${docsDir}${short}.md`;
      expect(existsSync(doc)).toBe(true);
      expect(readFileSync(doc, 'utf8')).toMatch(new RegExp(`^# ${p.ruleName}\\n`));
    }
    expect(plugins.find((p) => p.ruleName === 'mitid/button-style')?.rule.meta?.fixable).toBe(true);
  });

  test('the shareable config turns every rule on and wires a syntax per file type', () => {
    expect(Object.keys(config.rules ?? {}).sort()).toEqual(plugins.map((p) => p.ruleName).sort());
    const syntaxOf = (file: string): unknown => config.overrides?.find((o) => [o.files].flat().some((g) => g.endsWith(file.slice(file.lastIndexOf('.')))))?.customSyntax;
    // Installed syntaxes are wired by their resolved path, so the config works wherever it is extended from.
    expect(syntaxOf('a.scss')).toMatch(/node_modules\/postcss-scss\//);
    // postcss-less, wrapped to parse in linear time.
    expect(syntaxOf('a.less')).toMatchObject({ parse: expect.any(Function), stringify: expect.any(Function) });
    // postcss-html is configured (plain CSS that accepts `<!-- -->` in <style>), so it is an object.
    for (const f of ['a.html', 'a.vue', 'a.svelte']) expect(syntaxOf(f)).toMatchObject({ parse: expect.any(Function), stringify: expect.any(Function) });
    // postcss-lit, wrapped to read styled-components, emotion and Angular styles too.
    for (const f of ['a.ts', 'a.js']) expect(syntaxOf(f)).toMatchObject({ parse: expect.any(Function), stringify: expect.any(Function) });
    expect(config.ignoreFiles).toEqual([]);
  });

  test('invalid options are reported by stylelint, not thrown', async () => {
    const result = await stylelint.lint({ code: 'a {}', config: { plugins, rules: { 'mitid/button-style': [true, { pattern: 'x' }] } } });
    expect(result.results[0]?.invalidOptionWarnings.map((w) => w.text)).toEqual([expect.stringMatching(/mitid\/button-style/)]);
  });

  test('a whole config reports all four rules in one HTML page', async () => {
    const code = '<body class="broker"><style>\n.broker { max-height: 90vh; }\nverify iframe { border: 0; }\n.powered-by { display: none; }\n.btn-mitid { color: red; }\n</style></body>';
    const result = await stylelint.lint({ code, codeFilename: 'login.html', config });
    expect(result.results[0]?.warnings.map((w) => `${w.line}:${w.rule}`).sort()).toEqual(['2:mitid/box-min-height', '3:mitid/no-box-restyle', '4:mitid/keep-required-links', '5:mitid/button-style']);
  });
});
