/** background-image is judged like the background shorthand: a gradient over the blue, in every state; an image (the logo) on it is fine. */
import stylelint from 'stylelint';
import { describe, expect, it } from 'vitest';
import config from '../../stylelint-plugin/config.js';

async function warnings(code: string): Promise<{ line: number; text: string }[]> {
  const result = await stylelint.lint({ code, codeFilename: '/project/src/button.css', config });
  const r = result.results[0] as stylelint.LintResult;
  expect(r.parseErrors).toEqual([]);
  return r.warnings.filter((w) => w.rule === 'mitid/button-style').map((w) => ({ line: w.line, text: w.text }));
}

describe('mitid/button-style: background-image', () => {
  it('reports a gradient set with the longhand, on hover, focus and in the default state', async () => {
    const found = await warnings(`.btn-mitid { background: #0060e6; color: #fff; }
.btn-mitid:hover { background-image: linear-gradient(90deg, #0060e6, #7c3aed); }
.btn-mitid:focus-visible { background-image: radial-gradient(#0060e6, #22c55e); }
.mitid-login-button { background-color: #0060e6; background-image: conic-gradient(red, blue); color: #fff; }
`);
    expect(found.map((w) => w.line)).toEqual([2, 3, 4]);
    expect(found[0]?.text).toMatch(/background-image must be .*no gradient.*linear-gradient\(90deg, #0060e6, #7c3aed\)/);
  });
  it('stays silent on the logo as an image, none, a variable, and gradients on no MitID button', async () => {
    expect(await warnings(`.btn-mitid { background-color: #0060e6; background-image: url(mitid-logo.svg); color: #fff; }
.btn-mitid:hover { background-image: none; background-color: #0050c0; }
.btn-mitid:active { background-image: var(--pressed); }
.hero { background-image: linear-gradient(90deg, #0060e6, #7c3aed); }
.mitid-banner { background-image: linear-gradient(#fff, #eee); }
`)).toEqual([]);
  });
});
