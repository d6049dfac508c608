// The core is pure: the same module answers the same in a real browser as in node.
import { expect } from '@open-wc/testing';
import { PHRASE_LIST, classifyText, isMitIDLoginUrl, checkBoxHeight } from '../../src/core/index.js';

describe('mitid-ux-kit/core in Chromium', () => {
  it('approves every phrase and normalises text the DOM produces', () => {
    for (const { phrase } of PHRASE_LIST) {
      const span = document.createElement('span');
      span.innerHTML = phrase.replace(/ /g, '&nbsp;');
      expect(classifyText(span.textContent ?? '').kind).to.equal('approved');
    }
  });

  it('answers URLs and box heights as in node', () => {
    expect(isMitIDLoginUrl('https://acme.idura.broker/oauth2/authorize')).to.equal('yes');
    expect(isMitIDLoginUrl('https://example.com/')).to.equal('no');
    expect(checkBoxHeight('93vh')).to.deep.equal({ verdict: 'viewport', clipsBelowPx: 633, minPx: 588 });
  });
});
