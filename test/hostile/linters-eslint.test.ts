/**
 * Issue 13, ESLint: pathological inputs lose no report, overflow no stack and stay linear. The
 * rules run as users run them (MITID_ESLINT_DEBUG off: errors are not thrown at the test). No
 * timing is asserted: each test has a deadline far above the linear cost and far below what the
 * quadratic code took (bench/scaling.mjs prints the curves).
 */
import { Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { everyRule } from '../eslint/helpers.js';

const linter = new Linter();
let debug: string | undefined;
beforeAll(() => {
  debug = process.env['MITID_ESLINT_DEBUG'];
  delete process.env['MITID_ESLINT_DEBUG'];
});
afterAll(() => {
  if (debug !== undefined) process.env['MITID_ESLINT_DEBUG'] = debug;
});

const lint = (code: string, filename: string): Linter.LintMessage[] => linter.verify(code, everyRule(), { filename });
const approved = (messages: Linter.LintMessage[]): string[] => messages.filter((m) => m.ruleId === 'mitid/approved-text').map((m) => m.message);

function nested(depth: number, inner: string): string {
  return `${'<span>'.repeat(depth)}${inner}${'</span>'.repeat(depth)}`;
}

describe('a thousand and more nested elements inside a MitID button', () => {
  const button = (depth: number): string => `<button class="mitid-login">${nested(depth, 'Log ind MitID')}</button>`;
  const frameworks: [string, (depth: number) => string][] = [
    ['page.html', (d) => `<!doctype html><html><body>${button(d)}</body></html>`],
    ['Login.vue', (d) => `<template>\n  <div>${button(d)}</div>\n</template>\n`],
    ['login.ts', (d) => `import { html } from 'lit';\nexport const t = html\`${button(d)}\`;\n`],
  ];
  test.each(frameworks.flatMap(([file, make]) => [1_000, 5_000].map((depth) => [file, depth, make] as const)))('%s, %i levels: the near miss is still reported', (file, depth, make) => {
    const messages = lint(make(depth), file);
    expect(messages.filter((m) => m.fatal)).toEqual([]);
    expect(approved(messages)).toEqual([expect.stringMatching(/"Log ind MitID" is not an approved MitID phrase: use "Log ind med MitID"/)]);
  });

  test('JSX: when the parser itself cannot take the depth, ESLint says so (a parse note, not silence)', () => {
    const messages = lint(`// MitID\nexport const b = ${`<button className="mitid-login">${nested(5_000, 'Log ind MitID')}</button>`};\n`, 'login.tsx');
    expect(messages.some((m) => m.fatal || approved([m]).length > 0)).toBe(true);
  });

  test('ten thousand nested elements outside any button: no report, no crash', () => {
    const messages = lint(`<!-- MitID -->${'<div>'.repeat(10_000)}<p>MitID</p>${'</div>'.repeat(10_000)}`, 'page.html');
    expect(messages).toEqual([]);
  });
});

describe('linear time on shapes that were quadratic', () => {
  test('a Lit template with 40,000 holes', { timeout: 30_000 }, () => {
    const holes = Array.from({ length: 40_000 }, (_, i) => `<i>\${v${i % 10}}</i>`).join('');
    const code = `import { html } from 'lit';\nexport const t = (v0, v1, v2, v3, v4, v5, v6, v7, v8, v9) => html\`<div>${holes}</div><button class="mitid-btn">Log ind MitID</button>\`;\n`;
    const messages = lint(code, 'holes.ts');
    expect(approved(messages)).toHaveLength(1);
    // Positions after 40,000 holes are still exact.
    const m = messages.find((x) => x.ruleId === 'mitid/approved-text') as Linter.LintMessage;
    const lines = code.split('\n');
    expect(lines[(m.line ?? 1) - 1]?.slice((m.column ?? 1) - 1, (m.column ?? 1) - 1 + 'Log ind MitID'.length)).toBe('Log ind MitID');
  });

  test('a JSX button with 100,000 text and expression siblings', { timeout: 30_000 }, () => {
    const siblings = Array.from({ length: 50_000 }, () => 'x{y}').join('');
    const code = `// MitID\nexport const B = ({ y }) => <button className="mitid-btn">${siblings}</button>;\nexport const C = () => <button className="mitid-btn">Log ind MitID</button>;\n`;
    const messages = lint(code, 'siblings.tsx');
    expect(messages.filter((m) => m.fatal)).toEqual([]);
    expect(approved(messages).some((t) => /"Log ind MitID"/.test(t))).toBe(true);
  });

  test('20,000 MitID buttons with style attributes', { timeout: 30_000 }, () => {
    const code = `<!doctype html><html><body>${'<button class="mitid-btn" style="height: 40px; color: #ffffff">Log ind med MitID</button>\n'.repeat(20_000)}</body></html>`;
    const messages = lint(code, 'styles.html');
    expect(messages.filter((m) => m.ruleId === 'mitid/button-style')).toHaveLength(20_000);
  });
});
