// Screen-reader-only text in the rendered page: when it names MitID (`Log ind<span
// class="visually-hidden"> med MitID</span>`), the control is a MitID call to action whose
// visible text ("Log ind") is not the phrase, a button or a link alike (the ESLint rule's reading).
// Silent: an approved phrase with a hidden note, a paragraph or heading with hidden MitID text.
import { expect } from '@open-wc/testing';
import { auditMitID, type AuditFinding } from '../../src/audit/index.js';
import { cleanup, loadBrandFont, mount, BRAND_CSS } from './helpers.js';

const SR = '<style>.sr-only, .visually-hidden { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }</style>';
const texts = (findings: AuditFinding[]): unknown[] => findings.filter((f) => f.ruleId === 'mitid-cta-text').map((f) => f.evidence['visibleText']);

describe('auditMitID: screen-reader-only text', () => {
  before(loadBrandFont);
  afterEach(cleanup);

  it('reports the visible text of a button or link whose hidden text names MitID', () => {
    const host = mount(`${SR}<style>${BRAND_CSS}</style>
      <button class="brand" type="submit">Log ind<span class="visually-hidden"> med MitID</span></button>
      <a class="brand" href="/login">Log ind<span class="sr-only"> med MitID</span></a>`);
    expect(texts(auditMitID(host))).to.deep.equal(['Log ind', 'Log ind']);
  });

  it('stays silent on prose, headings and help links with hidden MitID text; an approved phrase with a hidden note reads right', () => {
    const host = mount(`${SR}<style>${BRAND_CSS}</style>
      <button class="brand" type="submit">Log ind med MitID<span class="sr-only"> (åbner nyt vindue)</span></button>
      <p>Du logger ind<span class="sr-only"> med MitID</span> på næste side.</p>
      <h2 class="visually-hidden">Log ind med MitID</h2>
      <a href="/hjaelp">Hjælp<span class="sr-only"> til MitID</span></a>`);
    const findings = auditMitID(host);
    // The note makes the name longer than the phrase (B8 asks for the phrase itself): that is its own finding, on the button only.
    expect(texts(findings)).to.deep.equal([]);
    expect(findings.every((f) => f.element.localName === 'button')).to.equal(true);
  });
});
