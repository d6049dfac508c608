/** Every case of the table through stylelint's own API, with the shareable config's syntaxes. */
import { describe, expect, test } from 'vitest';
import { CASES, unmark } from './cases.js';
import { lintWithStylelint } from './harness.js';

describe.each(CASES)('stylelint: $rule in $syntax: $name', (c) => {
  const { code, at } = unmark(c.code);

  test('reports exactly at the marked positions', async () => {
    const { found, invalid } = await lintWithStylelint(c);
    expect(invalid).toBe(0);
    expect(found.map(({ line, column }) => ({ line, column }))).toEqual(at);
    for (const f of found) expect(f.text).toMatch(new RegExp(`\\(mitid/${c.rule}\\)$`));
    c.messages?.forEach((m, i) => expect(found[i]?.text).toMatch(m));
  });

  test('fixes only one-to-one mappings', async () => {
    const { code: fixed } = await lintWithStylelint(c, true);
    expect(fixed).toBe(c.fixed ?? code);
  });
});
