import { expect, fixture, html } from '@open-wc/testing';
import type { MitIDButton } from '../../src/index.js';
import { capture, control, textSpan } from './helpers.js';
import '../../src/define.js';

const text = (el: MitIDButton) => control(el).textContent!.trim();

describe('<mitid-button> bad values fall back and warn once', () => {
  it('an unknown action shows the login phrase and names the value once', async () => {
    const warnings = await capture('warn', async () => {
      await fixture(html`<div><mitid-button action="sign-up" lang="en"></mitid-button><mitid-button action="sign-up"></mitid-button></div>`);
    });
    const wrap = document.querySelector('mitid-button[action="sign-up"]') as MitIDButton;
    expect(text(wrap)).to.equal('Log on with MitID');
    expect(warnings.filter((w) => w.includes('"sign-up"')).length).to.equal(1);
  });

  it('an unknown lang falls back to the default (da) and warns', async () => {
    let el!: MitIDButton;
    const warnings = await capture('warn', async () => {
      el = await fixture<MitIDButton>(html`<mitid-button lang="kl"></mitid-button>`);
    });
    expect(text(el)).to.equal('Log ind med MitID');
    expect(warnings.some((w) => w.includes('"kl"'))).to.equal(true);
  });

  it('text children never change the text, and are reported', async () => {
    let el!: MitIDButton;
    const warnings = await capture('warn', async () => {
      el = await fixture<MitIDButton>(html`<mitid-button>Sender dig til MitID...</mitid-button>`);
    });
    expect(text(el)).to.equal('Log ind med MitID');
    expect(warnings.some((w) => w.includes('Sender dig til MitID'))).to.equal(true);
  });

  it('an unknown shape and type fall back', async () => {
    let el!: MitIDButton;
    const warnings = await capture('warn', async () => {
      el = await fixture<MitIDButton>(html`<mitid-button shape="blob" type="go"></mitid-button>`);
    });
    expect(getComputedStyle(control(el)).borderRadius).to.equal('4px');
    expect(warnings.some((w) => w.includes('"blob"'))).to.equal(true);
    expect(warnings.some((w) => w.includes('"go"'))).to.equal(true);
  });

  it("warns when href's login_hint action differs from the button's action", async () => {
    const warnings = await capture('warn', async () => {
      await fixture(html`<mitid-button action="sign" href="https://x.idura.broker/oauth2/authorize?login_hint=action%3Aapprove"></mitid-button>`);
    });
    expect(warnings.some((w) => w.includes('"approve"') && w.includes('"sign"'))).to.equal(true);
  });

  it('a matching login_hint is silent', async () => {
    const warnings = await capture('warn', async () => {
      await fixture(html`<mitid-button action="confirm" href="https://x.idura.broker/oauth2/authorize?login_hint=action%3Aconfirm"></mitid-button>`);
    });
    expect(warnings).to.deep.equal([]);
  });
});

describe('<mitid-button> lang resolution', () => {
  it('from the nearest ancestor with lang', async () => {
    const wrap = await fixture(html`<div lang="da"><section lang="en-GB"><p><mitid-button></mitid-button></p></section></div>`);
    const el = wrap.querySelector('mitid-button')!;
    expect(text(el)).to.equal('Log on with MitID');
    expect(textSpan(el).lang).to.equal('en');
  });

  it('across a shadow root, from the host ancestor', async () => {
    const host = await fixture(html`<div lang="en"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<span><mitid-button action="approve"></mitid-button></span>';
    const el = root.querySelector('mitid-button')!;
    await el.updateComplete;
    expect(text(el)).to.equal('Approve with MitID');
  });

  it('from <html lang>, and else Danish', async () => {
    const html_ = document.documentElement;
    const before = html_.getAttribute('lang');
    try {
      html_.setAttribute('lang', 'en');
      const el = await fixture<MitIDButton>(html`<mitid-button></mitid-button>`);
      expect(text(el)).to.equal('Log on with MitID');
      html_.removeAttribute('lang');
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(text(el)).to.equal('Log ind med MitID');
    } finally {
      if (before === null) html_.removeAttribute('lang');
      else html_.setAttribute('lang', before);
    }
  });

  it('follows later changes on itself, an ancestor and a shadow host', async () => {
    const host = await fixture(html`<div lang="da"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div><mitid-button action="accept"></mitid-button></div>';
    const el = root.querySelector('mitid-button')!;
    await el.updateComplete;
    expect(text(el)).to.equal('Acceptér med MitID');
    const settle = async () => {
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
    };
    host.setAttribute('lang', 'en');
    await settle();
    expect(text(el)).to.equal('Accept with MitID');
    root.querySelector('div')!.setAttribute('lang', 'da');
    await settle();
    expect(text(el)).to.equal('Acceptér med MitID');
    el.lang = 'en';
    await settle();
    expect(text(el)).to.equal('Accept with MitID');
    expect(textSpan(el).lang).to.equal('en');
  });

  it('re-resolves when moved under another language', async () => {
    const wrap = await fixture(html`<div><div lang="da" id="a"><mitid-button></mitid-button></div><div lang="en" id="b"></div></div>`);
    const el = wrap.querySelector('mitid-button')!;
    expect(text(el)).to.equal('Log ind med MitID');
    wrap.querySelector('#b')!.append(el);
    await el.updateComplete;
    expect(text(el)).to.equal('Log on with MitID');
  });
});
