// The console reports are bounded: a page that sets a million distinct bad values, or one huge
// value, does not grow memory without end (each report was kept forever, 1 MB per huge value).
import { expect, fixture, html } from '@open-wc/testing';
import type { MitIDButton } from '../../src/index.js';
import { capture } from '../components/helpers.js';
import '../../src/define.js';

describe('console reports under a flood of bad values', () => {
  it('a 1 MB bad value is reported cut short', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button></mitid-button>`);
    const warnings = await capture('warn', async () => {
      el.setAttribute('action', `x${'a'.repeat(1_000_000)}`);
      await el.updateComplete;
    });
    expect(warnings.length).to.equal(1);
    expect(warnings[0]!.length).to.be.below(400);
  });

  it('5,000 distinct bad values give at most ~100 lines, the last saying no more are reported', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button></mitid-button>`);
    const warnings = await capture('warn', async () => {
      for (let i = 0; i < 5000; i++) {
        el.setAttribute('shape', `bad-${i}`);
        await el.updateComplete;
      }
    });
    expect(warnings.length).to.be.within(2, 101);
    expect(warnings.at(-1)).to.contain('no more are reported');
  });
});
