// The runtime audit in real Chromium: compliant markup gives nothing, each violation is found
// with its evidence, through runtime-built text, utility classes, shadow DOM and frames.
import { expect } from '@open-wc/testing';
import { auditMitID, type AuditFinding } from '../../src/audit/index.js';
import { cleanup, frameWith, loadBrandFont, mount, BRAND_CSS, FONT_FACE } from './helpers.js';

const LOGO = `<svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20"><rect width="20" height="20" fill="#fff"/></svg>`;
const ids = (findings: AuditFinding[]): string[] => findings.map((f) => f.ruleId).sort();
const one = (findings: AuditFinding[], ruleId: string): AuditFinding => {
  const found = findings.filter((f) => f.ruleId === ruleId);
  expect(found, `${ruleId} in ${JSON.stringify(findings.map((f) => f.message))}`).to.have.length(1);
  return found[0] as AuditFinding;
};

describe('auditMitID: compliant pages', () => {
  before(loadBrandFont);
  afterEach(cleanup);

  it('finds nothing on a compliant button, link and image-logo button', () => {
    const host = mount(`
      <p>Du skal bruge MitID for at fortsætte. <a href="https://www.mitid.dk/hjaelp">Hjælp til MitID</a></p>
      <button class="brand" type="button">${LOGO}Log ind med MitID</button>
      <a class="brand" href="https://acme.idura.broker/oauth2/authorize?acr_values=urn:grn:authn:dk:mitid:substantial">Log on with MitID</a>
      <button class="brand btn-mitid"><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="16" height="16"> Godkend med MitID</button>`);
    expect(auditMitID(host)).to.deep.equal([]);
    expect(auditMitID(document)).to.deep.equal([]);
  });

  it('leaves a silent prompt=none frame and ordinary frames alone', () => {
    const host = mount(`
      <iframe width="0" height="0" style="border:0" src="https://acme.idura.broker/oauth2/authorize?prompt=none&amp;client_id=x"></iframe>
      <iframe width="300" height="100" src="https://www.youtube-nocookie.com/embed/x"></iframe>`);
    expect(auditMitID(host)).to.deep.equal([]);
  });
});

describe('auditMitID: calls to action', () => {
  before(loadBrandFont);
  afterEach(cleanup);

  it('reports a near-miss text with the approved phrase to use', () => {
    const host = mount(`<button class="brand">Login with MitID</button>`);
    const f = one(auditMitID(host), 'mitid-cta-text');
    expect(f.evidence).to.include({ visibleText: 'Login with MitID', suggestion: 'Log on with MitID', reason: 'wording' });
    expect(f.element.localName).to.equal('button');
    expect(f.selector).to.match(/button$/);
  });

  it('reads text built at run time, generated content included (what the broker library renders)', () => {
    const host = mount(`<style>.arrow::after { content: " \\2192"; }</style><button class="brand arrow"></button><button class="brand" id="rt"></button>`);
    const [arrow, rt] = host.querySelectorAll('button');
    (arrow as HTMLElement).textContent = ['Godkend', 'med', 'MitID'].join(' ');
    (rt as HTMLElement).append('Login with MitID', '\u00a0');
    const texts = auditMitID(host).filter((f) => f.ruleId === 'mitid-cta-text').map((f) => f.evidence);
    expect(texts).to.deep.include({ visibleText: 'Godkend med MitID →', suggestion: 'Godkend med MitID', reason: 'extra-characters' });
    expect(texts).to.deep.include({ visibleText: 'Login with MitID', suggestion: 'Log on with MitID', reason: 'wording' });
  });

  it('reports a <div> with a click handler and a role=button span, found by pointer cursor and role', () => {
    const host = mount(`
      <div class="brand" id="d">Log ind med MitID</div>
      <span class="brand" role="button" tabindex="0">Log ind med MitID</span>
      <a class="brand">Log ind med MitID</a>`);
    const kinds = auditMitID(host).filter((f) => f.ruleId === 'mitid-cta-element');
    expect(kinds.map((f) => f.evidence.element)).to.deep.equal(['div', 'span', 'a']);
    expect(kinds[1]?.evidence).to.include({ role: 'button', tabindex: '0' });
    expect(kinds[2]?.message).to.contain('without href');
  });

  it('reports an accessible name that differs from the visible phrase (logo alt text, aria-label)', () => {
    const host = mount(`
      <button class="brand"><img alt="MitID logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="16" height="16">Log ind med MitID</button>
      <button class="brand" aria-label="Login">Log ind med MitID</button>`);
    const names = auditMitID(host).filter((f) => f.ruleId === 'mitid-cta-name').map((f) => f.evidence);
    expect(names).to.deep.equal([
      { accessibleName: 'MitID logo Log ind med MitID', visibleText: 'Log ind med MitID' },
      { accessibleName: 'Login', visibleText: 'Log ind med MitID' },
    ]);
  });

  it('checks computed styles of a button styled by utility classes', () => {
    const host = mount(`
      <style>.bg-blue-500{background-color:#3b82f6}.text-white{color:#fff}.h-10{height:2.5rem}.px-4{padding:0 1rem}
      .rounded-full{border-radius:9999px}.font-sans{font-family:ui-sans-serif,system-ui,sans-serif}.uppercase{text-transform:uppercase}</style>
      <button class="bg-blue-500 text-white h-10 px-4 rounded-full font-sans uppercase" data-provider="mitid">Log ind med MitID</button>`);
    const styles = auditMitID(host).filter((f) => f.ruleId === 'mitid-cta-style');
    const byProperty = Object.fromEntries(styles.map((f) => [f.evidence.property, f.evidence]));
    expect(Object.keys(byProperty).sort()).to.deep.equal(['background-color', 'font-family', 'height', 'text-transform']);
    expect(byProperty['background-color']).to.include({ actual: 'rgb(59, 130, 246)', expected: '#0060e6' });
    expect(byProperty.height).to.include({ actual: '40px', expected: '48px' });
    expect(byProperty['text-transform']).to.include({ actual: 'uppercase' });
  });

  it('finds a call to action inside an open shadow root, with slotted text', () => {
    class LoginCard extends HTMLElement {
      constructor() {
        super();
        const root = this.attachShadow({ mode: 'open' });
        root.innerHTML = `<style>${BRAND_CSS}</style><section><button class="brand"><slot></slot></button></section>`;
      }
    }
    if (!customElements.get('x-login-card')) customElements.define('x-login-card', LoginCard);
    const host = mount(`<x-login-card>Log ind med MitId</x-login-card>`);
    const f = one(auditMitID(host), 'mitid-cta-text');
    expect(f.evidence).to.include({ visibleText: 'Log ind med MitId', reason: 'letter-case', suggestion: 'Log ind med MitID' });
    expect(f.selector).to.match(/x-login-card >>> section > button$/);
    expect(ids(auditMitID(host))).to.deep.equal(['mitid-cta-text']);
  });

  it('reports the brand font named but not loaded (a broken @font-face), inside a same-origin frame', async () => {
    const frame = await frameWith(`<style>@font-face{font-family:"IBM Plex Sans";src:url(/missing-font.woff2)}${BRAND_CSS}</style>
      <button class="brand">Log ind med MitID</button>`);
    await frame.contentDocument?.fonts.ready;
    const f = one(auditMitID(document), 'mitid-cta-font-loaded');
    expect(f.evidence.status).to.match(/@font-face (error|loading|unloaded)/);
    expect(f.selector).to.match(/^.*iframe >>> html > body > button$/);
  });

  it('reports the font as loaded once the document has it', async () => {
    const frame = await frameWith(`<style>${FONT_FACE}${BRAND_CSS}</style><button class="brand">Log ind med MitID</button>`);
    await frame.contentDocument?.fonts.load('600 16px "IBM Plex Sans"');
    expect(auditMitID(document)).to.deep.equal([]);
  });
});

describe('auditMitID: frames and the MitID box', () => {
  before(loadBrandFont);
  afterEach(cleanup);

  it('reports the login page in an iframe, an object and an embed, with the URL', () => {
    const url = 'https://acme.idura.broker/oauth2/authorize?client_id=x&acr_values=urn:grn:authn:dk:mitid:substantial';
    const host = mount(`
      <iframe width="400" height="600" src="${url.replace(/&/g, '&amp;')}"></iframe>
      <object width="400" height="600" data="https://login.example.com/auth?idp_values=mitid"></object>
      <embed width="400" height="600" src="https://netseidbroker.pp.mitid.dk/iframe?x=1">`);
    const frames = auditMitID(host).filter((f) => f.ruleId === 'mitid-login-in-frame');
    expect(frames.map((f) => [f.evidence.element, f.evidence.reason])).to.deep.equal([
      ['iframe', 'host'],
      ['object', 'idp_values'],
      ['embed', 'host'],
    ]);
    expect(frames[0]?.evidence.url).to.equal(url);
    expect(frames[2]?.message).to.contain('re-authentication');
    expect(auditMitID(host, { allowReauthIframe: true })).to.have.length(2);
  });

  it('reports a MitID box under 588px and one clipped by an ancestor', () => {
    const host = mount(`
      <verify id="short" style="display:block;max-height:500px"></verify>
      <main style="height:400px;overflow:hidden"><verify id="clipped" style="display:block"><div style="height:588px"></div></verify></main>
      <section style="max-height:300px;overflow:auto"><verify id="empty"></verify></section>
      <section style="overflow:hidden"><verify id="room"></verify></section>
      <main><verify id="fine" style="display:block"><div style="height:588px"></div></verify></main>`);
    const boxes = auditMitID(host).filter((f) => f.ruleId === 'mitid-box-size');
    // An empty placeholder is judged by the room its ancestors give it (#empty clipped, #room fine).
    expect(boxes.map((f) => f.element.id)).to.deep.equal(['short', 'clipped', 'empty']);
    expect(host.querySelector('#empty')?.childElementCount).to.equal(0);
    expect(boxes[0]?.evidence).to.include({ heightPx: 500, minPx: 588 });
    expect(boxes[1]?.evidence).to.include({ ancestorHeightPx: 400, overflow: 'hidden' });
    expect(auditMitID(host, { boxSelectors: ['#fine'] })).to.deep.equal([]);
  });
});
