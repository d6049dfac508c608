// Spec review of auditMitID in real Chromium: cases taken from MITID-RULES.md (not from the code)
// that the main suite does not already hold.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { auditMitID } from '../../src/audit/index.js';
import '../../src/define.js';
import { cleanup, loadBrandFont, mount } from './helpers.js';

describe('auditMitID: spec review', () => {
  before(loadBrandFont);
  afterEach(cleanup);

  it("passes the kit's own <mitid-button> in every action and language once fonts.css is loaded", async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/assets/fonts.css';
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
    document.head.append(link);
    await loaded;
    const host = mount(
      ['login', 'approve', 'confirm', 'accept', 'sign'].flatMap((a) => [`<mitid-button action="${a}" lang="da"></mitid-button>`, `<mitid-button action="${a}" lang="en"></mitid-button>`]).join(''),
    );
    await Promise.all([...host.querySelectorAll('mitid-button')].map((b) => (b as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    await document.fonts.ready;
    expect(auditMitID(host).map((f) => f.message)).to.deep.equal([]);
  });

  it("reports the broker library's runtime text with its trailing no-break space, a wrong-case wordmark and an arrow", () => {
    const host = mount(`<button class="brand" id="a"></button><button class="brand" id="b">Log ind med MitId</button><button class="brand" id="c">Godkend med MitID →</button>`);
    (host.querySelector('#a') as HTMLElement).textContent = 'Login with MitID\u00a0';
    const texts = auditMitID(host).filter((f) => f.ruleId === 'mitid-cta-text');
    expect(texts.map((f) => [f.element.id, f.evidence.suggestion])).to.deep.equal([
      ['a', 'Log on with MitID'],
      ['b', 'Log ind med MitID'],
      ['c', 'Godkend med MitID'],
    ]);
  });

  it('finds an <input type=submit> whose value names MitID (server-rendered forms), as the ESLint rule does', () => {
    const host = mount(`<form><input class="brand" type="submit" id="sub" value="Login with MitID"><input class="brand" type="button" id="ok"></form>`);
    (host.querySelector('#ok') as HTMLInputElement).value = 'Log ind med MitID';
    const findings = auditMitID(host);
    expect(findings.map((f) => [f.ruleId, f.element.id, f.evidence.suggestion])).to.deep.equal([['mitid-cta-text', 'sub', 'Log on with MitID']]);
  });

  it('leaves hidden calls to action and a legacy NemID frame alone', () => {
    const host = mount(`
      <button class="brand" style="display:none">Login with MitID</button>
      <iframe width="400" height="300" src="https://applet.danid.dk/launcher/std/123"></iframe>`);
    expect(auditMitID(host)).to.deep.equal([]);
  });

  it("reports the broker sample's max-height: 93vh around <verify> on a 600px-tall viewport, not on an 800px one (L4)", async () => {
    const html = `<main style="max-height:93vh;overflow:hidden"><verify style="display:block"><div style="height:588px"></div></verify></main>`;
    try {
      await setViewport({ width: 1000, height: 600 });
      const small = auditMitID(mount(html)).filter((f) => f.ruleId === 'mitid-box-size');
      expect(small, 'clipped at 600px').to.have.length(1);
      cleanup();
      await setViewport({ width: 1000, height: 800 });
      expect(auditMitID(mount(html))).to.deep.equal([]);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('reports a <verify> in a scrolling ancestor: the box must show without scrolling (L4)', () => {
    const host = mount(`<section style="height:400px;overflow:auto"><verify style="display:block"><div style="height:588px"></div></verify></section>`);
    expect(auditMitID(host).map((f) => f.ruleId)).to.deep.equal(['mitid-box-size']);
  });
});
