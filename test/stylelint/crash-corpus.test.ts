/**
 * Never crash: every rule over real stylesheets not written here (every CSS, SCSS and HTML file
 * under node_modules, and Lit `css` templates in its JavaScript), through the shareable config.
 * A second run widens every rule's options so that every rule inspects every rule block.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import stylelint from 'stylelint';
import { describe, expect, test } from 'vitest';
import config from '../../stylelint-plugin/config.js';

// bulma (a dev dependency for this test only) puts ~90 real SCSS and CSS files under node_modules.
const MAX_FILE_BYTES = 400_000;
const MAX_LIT_FILES = 40;

function walk(dir: string, out: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names.sort()) {
    if (name === '.cache' || name === '.bin') continue;
    const path = join(dir, name);
    // Workspace links (node_modules/mitid-ux-kit -> ..) lead back into the repository: a cycle.
    const stat = lstatSync(path, { throwIfNoEntry: false });
    if (stat?.isDirectory()) walk(path, out);
    else if (stat?.isFile() && stat.size <= MAX_FILE_BYTES) out.push(path);
  }
}

const all: string[] = [];
walk('node_modules', all);
const styleFiles = all.filter((f) => /\.(?:css|scss|html)$/.test(f));
const litFiles = all.filter((f) => /\.js$/.test(f) && /\bcss`/.test(readFileSync(f, 'utf8'))).slice(0, MAX_LIT_FILES);
const files = [...styleFiles, ...litFiles];

/** Options that make every rule treat every element as its target. */
const WIDE = {
  'mitid/button-style': [true, { patterns: ['.'] }],
  'mitid/box-min-height': [true, { boxSelectors: ['*'], ancestorSelectors: ['*'] }],
  'mitid/no-box-restyle': [true, { boxSelectors: ['*'] }],
  'mitid/keep-required-links': [true, { patterns: ['.'], selectors: ['*'] }],
};

async function lintAll(rules: stylelint.Config['rules']): Promise<stylelint.LintResult[]> {
  const result = await stylelint.lint({ files, config: { ...config, rules }, disableDefaultIgnores: true, allowEmptyInput: true, cache: false });
  return result.results;
}

function crashes(results: stylelint.LintResult[]): string[] {
  return results.flatMap((r) =>
    r.warnings.filter((w) => /could not check this file/.test(w.text) || (w.rule.startsWith('mitid/') && !/\(mitid\/[\w-]+\)$/.test(w.text))).map((w) => `${r.source}:${w.line}: ${w.text}`),
  );
}

describe('every rule over real stylesheets from node_modules', () => {
  test('the corpus is real and large enough to mean something', () => {
    expect(styleFiles.length).toBeGreaterThan(40);
    expect(litFiles.length).toBeGreaterThan(5);
  });

  test('the shareable config never crashes', async () => {
    const results = await lintAll(config.rules);
    expect(results.length).toBe(files.length);
    expect(crashes(results)).toEqual([]);
    expect(results.flatMap((r) => r.invalidOptionWarnings)).toEqual([]);
  });

  test('rules widened to every element never crash either, and do report', async () => {
    const results = await lintAll(WIDE);
    expect(crashes(results)).toEqual([]);
    const reported = new Set(results.flatMap((r) => r.warnings.map((w) => w.rule)));
    for (const rule of Object.keys(WIDE)) expect(reported).toContain(rule);
  });
});
