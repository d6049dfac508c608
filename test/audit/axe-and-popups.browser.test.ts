// The axe-core integration (MitID findings inside axe's own results) and the popup watch.
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { auditMitID, configureAxe, watchPopups, type PopupWatch } from '../../src/audit/index.js';
import { cleanup, loadBrandFont, mount } from './helpers.js';

interface AxeResult {
  id: string;
  tags: string[];
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}
interface Axe {
  configure(spec: unknown): void;
  run(context: Element, options?: unknown): Promise<{ violations: AxeResult[]; passes: AxeResult[] }>;
}

async function loadAxe(): Promise<Axe> {
  await import('axe-core/axe.min.js' as string);
  return (window as unknown as { axe: Axe }).axe;
}

describe('configureAxe: the audit inside axe runs', () => {
  before(loadBrandFont);
  afterEach(cleanup);

  it('lists MitID violations beside axe\'s own, tagged "mitid", and compliant calls to action as passes', async () => {
    const axe = await loadAxe();
    configureAxe(axe);
    const host = mount(`
      <button class="brand" id="bad">Login with MitID</button>
      <button class="brand" id="good">Log ind med MitID</button>
      <iframe title="login" width="400" height="600" src="https://acme.idura.broker/oauth2/authorize"></iframe>`);
    const results = await axe.run(host, { runOnly: { type: 'tag', values: ['mitid'] } });
    const text = results.violations.find((v) => v.id === 'mitid-cta-text');
    expect(text?.nodes.map((n) => n.target)).to.deep.equal([['#bad']]);
    expect(text?.nodes[0]?.failureSummary).to.contain('use "Log on with MitID"');
    expect(text?.tags).to.include('mitid');
    expect(text?.helpUrl).to.match(/#mitid-cta-text$/);
    expect(results.violations.map((v) => v.id)).to.include('mitid-login-in-frame');
    const passes = results.passes.find((p) => p.id === 'mitid-cta-text');
    expect(passes?.nodes.map((n) => n.target)).to.deep.equal([['#good']]);
    expect(results.violations.map((v) => v.id)).not.to.include('mitid-cta-style');
  });

  it('runs alongside axe\'s accessibility rules in a full run', async () => {
    const axe = await loadAxe();
    configureAxe(axe);
    const host = mount(`<div class="brand" role="button">Log ind med MitID</div>`);
    const results = await axe.run(host);
    expect(results.violations.map((v) => v.id)).to.include('mitid-cta-element');
  });
});

describe('watchPopups', () => {
  let watch: PopupWatch | undefined;
  afterEach(() => {
    watch?.stop();
    cleanup();
  });

  it('records a MitID popup opened without a click, too small and without scrollbars', () => {
    watch = watchPopups(window, { block: true });
    window.open('https://acme.idura.broker/oauth2/authorize', 'mitid', 'width=380,height=500,scrollbars=no');
    window.open('https://example.com/help', 'help', 'width=200,height=200');
    const messages = watch.findings().map((f) => f.message);
    expect(messages).to.have.length(4);
    expect(messages.join('\n')).to.contain('380px wide').and.contain('500px tall').and.contain('scrollbars').and.contain('without a click');
    expect(auditMitID(document).filter((f) => f.ruleId === 'mitid-popup')).to.have.length(4);
  });

  it('accepts a popup the kit\'s way from a real click, and restores window.open on stop', async () => {
    const original = window.open;
    watch = watchPopups(window, { block: true });
    const host = mount(`<button style="position:fixed;left:0;top:0;width:100px;height:48px">Log ind med MitID</button>`);
    host.querySelector('button')?.addEventListener('click', () => {
      window.open('https://acme.idura.broker/oauth2/authorize', 'mitid', 'popup=yes,width=452,height=692,scrollbars=yes,resizable=yes');
    });
    await sendMouse({ type: 'click', position: [20, 20] });
    expect(watch.records.map((r) => [r.fromClick, r.opener.localName])).to.deep.equal([[true, 'button']]);
    expect(watch.findings()).to.deep.equal([]);
    watch.stop();
    expect(window.open).to.equal(original);
  });
});
