// The page around the button cannot change what it shows: no cut text, no recoloured text, no
// extra words in its accessible name, no navigation into a named frame.
import { expect } from '@open-wc/testing';
import { approvedPhrase } from '../../src/core/index.js';
import type { MitIDButton } from '../../src/index.js';
import { accessibleName, capture, control, fixture, html, textSpan } from './helpers.js';

describe('<mitid-button> against a hostile page', () => {
  it('never cuts the phrase, however narrow the page makes it', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button lang="da" style="width: 90px"></mitid-button>`);
    const text = textSpan(el);
    expect(getComputedStyle(text).textOverflow).to.not.equal('ellipsis');
    // The whole phrase is laid out: the control is at least as wide as its text.
    expect(control(el).getBoundingClientRect().width).to.be.at.least(text.getBoundingClientRect().width);
    expect(text.scrollWidth).to.be.at.most(text.clientWidth + 1);
  });

  it('keeps white text when the page sets -webkit-text-fill-color, word-spacing or small caps', async () => {
    const el = await fixture<MitIDButton>(
      html`<div style="-webkit-text-fill-color: red; word-spacing: 20px; font-variant: small-caps; letter-spacing: 4px">
        <mitid-button></mitid-button>
      </div>`,
    ).then((div) => div.querySelector('mitid-button') as MitIDButton);
    await el.updateComplete;
    const style = getComputedStyle(textSpan(el));
    expect(style.webkitTextFillColor).to.equal('rgb(255, 255, 255)');
    expect(style.wordSpacing).to.equal('0px');
    expect(style.fontVariantCaps).to.equal('normal');
    expect(style.letterSpacing).to.equal('normal');
  });

  it('keeps text in the logo slot out of the accessible name', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button lang="da"><span slot="logo">MitID-logo</span></mitid-button>`);
    await el.updateComplete;
    expect(await accessibleName(control(el))).to.equal(approvedPhrase('login', 'da'));
  });

  it('refuses a named target, which could show the MitID page in a frame of the page', async () => {
    let el!: MitIDButton;
    const warnings = await capture('warn', async () => {
      el = await fixture<MitIDButton>(html`<mitid-button href="https://acme.idura.broker/oauth2/authorize" target="loginframe"></mitid-button>`);
    });
    expect(control(el).getAttribute('target')).to.equal('_self');
    expect(warnings.join('\n')).to.contain('target="loginframe"');
  });

  it('reports text added after it is connected, and still shows the phrase', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button lang="en" action="sign"></mitid-button>`);
    const warnings = await capture('warn', async () => {
      el.append('Sign the contract now');
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(warnings.join('\n')).to.contain('Sign the contract now');
    expect(textSpan(el).textContent).to.equal('Sign with MitID');
    expect(await accessibleName(control(el))).to.equal('Sign with MitID');
  });
});

describe('<mitid-button> as a link, clicked from script', () => {
  it('el.click() on the host follows the link once, like a native link', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button href="#mitid-host-click"></mitid-button>`);
    const launches: string[] = [];
    let clicks = 0;
    el.addEventListener('mitid-launch', (e) => launches.push((e as CustomEvent<{ mode: string }>).detail.mode));
    el.addEventListener('click', () => clicks++);
    el.click();
    expect(location.hash).to.equal('#mitid-host-click');
    expect(launches).to.deep.equal(['redirect']);
    expect(clicks).to.equal(1);
    history.replaceState(null, '', location.pathname + location.search);
  });
});
