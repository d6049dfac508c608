/** Runs a case through stylelint (the shareable config's syntaxes) or through the PostCSS plugin. */
import postcss, { type Syntax as PostcssSyntax } from 'postcss';
import postcssHtml from 'postcss-html';
import postcssLit from 'postcss-lit';
import postcssScss from 'postcss-scss';
import stylelint from 'stylelint';
import { createRequire } from 'node:module';
import config from '../../stylelint-plugin/config.js';
import { scriptStyles } from '../../stylelint-plugin/lib/script-syntax.js';
import mitid from '../../stylelint-plugin/postcss.js';
import { FILE_OF, unmark, type Case } from './cases.js';

export interface Found {
  line: number;
  column: number;
  text: string;
}

const byPosition = (a: Found, b: Found): number => a.line - b.line || a.column - b.column;

function ruleConfig(c: Case): stylelint.Config {
  return { ...config, rules: { [`mitid/${c.rule}`]: c.options ? [true, c.options] : true } };
}

export async function lintWithStylelint(c: Case, fix = false): Promise<{ found: Found[]; code: string; invalid: number }> {
  const { code } = unmark(c.code);
  const result = await stylelint.lint({ code, codeFilename: `/virtual/${FILE_OF[c.syntax]}`, config: ruleConfig(c), fix });
  const r = result.results[0] as stylelint.LintResult;
  const found = r.warnings.map((w) => ({ line: w.line, column: w.column, text: w.text })).sort(byPosition);
  return { found, code: result.code ?? code, invalid: r.invalidOptionWarnings.length + r.parseErrors.length };
}

const SYNTAX: Record<Case['syntax'], PostcssSyntax | undefined> = {
  css: undefined,
  scss: postcssScss,
  less: createRequire(import.meta.url)('postcss-less') as PostcssSyntax,
  html: postcssHtml() as PostcssSyntax,
  vue: postcssHtml() as PostcssSyntax,
  svelte: postcssHtml() as PostcssSyntax,
  lit: postcssLit as PostcssSyntax,
  styled: scriptStyles(postcssLit as PostcssSyntax),
  angular: scriptStyles(postcssLit as PostcssSyntax),
};

export async function runPostcss(c: Case, fix = false): Promise<{ found: Found[]; code: string }> {
  const { code } = unmark(c.code);
  const plugin = mitid({ rules: Object.fromEntries(['button-style', 'box-min-height', 'no-box-restyle', 'keep-required-links'].map((name) => [name, name === c.rule ? (c.options ?? true) : false])), fix });
  const syntax = SYNTAX[c.syntax];
  const result = await postcss([plugin]).process(code, { from: `/virtual/${FILE_OF[c.syntax]}`, ...(syntax ? { syntax } : {}) });
  const found = result.warnings().map((w) => ({ line: w.line, column: w.column, text: w.text })).sort(byPosition);
  return { found, code: result.css };
}
