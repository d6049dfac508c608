/** The same case table through the PostCSS plugin: same positions, same messages, same fixes. */
import postcss from 'postcss';
import { describe, expect, test } from 'vitest';
import mitid from '../../stylelint-plugin/postcss.js';
import { CASES, unmark } from './cases.js';
import { runPostcss } from './harness.js';

describe.each(CASES)('postcss: $rule in $syntax: $name', (c) => {
  const { code, at } = unmark(c.code);

  test('warns exactly at the marked positions', async () => {
    const { found } = await runPostcss(c);
    expect(found.map(({ line, column }) => ({ line, column }))).toEqual(at);
    c.messages?.forEach((m, i) => expect(found[i]?.text).toMatch(m));
  });

  test('fixes only one-to-one mappings', async () => {
    const { code: fixed } = await runPostcss(c, true);
    expect(fixed).toBe(c.fixed ?? code);
  });
});

describe('postcss plugin options', () => {
  test('failOnWarning fails the build with every problem listed', async () => {
    const run = postcss([mitid({ failOnWarning: true })]).process('verify { max-height: 93vh }\n.btn-mitid { color: red }', { from: 'a.css' });
    await expect(run).rejects.toThrow(/2 MitID problem\(s\):\n(?=[\s\S]*633px)(?=[\s\S]*#ffffff)/);
  });

  test('clean CSS passes with failOnWarning', async () => {
    const result = await postcss([mitid({ failOnWarning: true })]).process('verify { min-height: 588px }', { from: 'a.css' });
    expect(result.warnings()).toEqual([]);
  });

  test('invalid options and unknown rules are refused up front', () => {
    expect(() => mitid({ rules: { 'button-style': { patterns: [42] } } })).toThrow(/patterns" must be an array of strings/);
    expect(() => mitid({ rules: { 'no-such-rule': true } })).toThrow(/unknown rules no-such-rule/);
    expect(() => mitid({ rules: { 'button-style': { patterns: ['('] } } })).toThrow(/not a regular expression/);
  });
});
