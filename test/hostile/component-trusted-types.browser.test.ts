// Under a Trusted Types policy (`require-trusted-types-for 'script'`), Lit renders through its own
// policy, named "lit-html": the page must allow it (`trusted-types lit-html`). Without it, Lit's
// module throws when it loads, the tag is never defined, and the browser reports the violation.
import { expect } from '@open-wc/testing';
import type { MitIDButton } from '../../src/index.js';
import { textSpan } from '../components/helpers.js';

const DEFINE = new URL('../../src/define.ts', import.meta.url).pathname;

/** A frame with its own CSP; resolves once its module scripts have run (or failed). */
async function framed(csp: string) {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<meta http-equiv="Content-Security-Policy" content="${csp}">
    <script>window.violations = []; addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.sample));
      window.errors = []; addEventListener('error', (e) => errors.push(String(e.message)));</script>
    <mitid-button lang="en" action="sign"></mitid-button>
    <script type="module" src="${DEFINE}"></script>
    <script type="module">window.done = true;</script>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis & { violations: string[]; errors: string[] };
  await new Promise((r) => setTimeout(r, 100));
  return { frame, win };
}

describe('<mitid-button> under Trusted Types', () => {
  it("renders when the page allows Lit's policy (trusted-types lit-html)", async () => {
    const { frame, win } = await framed("require-trusted-types-for 'script'; trusted-types lit-html");
    try {
      const el = win.document.querySelector('mitid-button') as MitIDButton;
      await win.customElements.whenDefined('mitid-button');
      await el.updateComplete;
      expect(textSpan(el).textContent).to.equal('Sign with MitID');
      expect(win.violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it("without Lit's policy allowed, nothing renders and the browser reports the trusted-types violation", async () => {
    const { frame, win } = await framed("require-trusted-types-for 'script'; trusted-types some-other-policy");
    try {
      expect(win.customElements.get('mitid-button')).to.equal(undefined);
      expect(win.document.querySelector('mitid-button')!.shadowRoot).to.equal(null);
      expect(win.violations.join('\n')).to.match(/trusted-types lit-html/);
    } finally {
      frame.remove();
    }
  });
});
