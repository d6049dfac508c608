// Hostile page CSS on the <mitid-button> host: each attack is drawn by Chromium and compared,
// pixel for pixel, with the same button without it. What the element cannot neutralise (the same
// properties on an ancestor, a page @font-face named "IBM Plex Sans") is the audit's to report.
import { expect } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import type { MitIDButton } from '../../src/index.js';
import { axTree, control, loadFonts, pixels } from '../components/helpers.js';
import '../../src/define.js';

/** A white stage at the top-left, above the test runner's page, so a screenshot sees only the button. */
async function drawn(hostStyle: string, pageCss = ''): Promise<string | null> {
  const style = document.createElement('style');
  style.textContent = pageCss;
  document.head.append(style);
  const stage = document.createElement('div');
  stage.style.cssText = 'position: fixed; top: 0; left: 0; padding: 80px; background: #fff; z-index: 2147483647';
  stage.innerHTML = `<mitid-button lang="da" style="${hostStyle}"></mitid-button>`;
  document.body.append(stage);
  try {
    const el = stage.querySelector('mitid-button') as MitIDButton;
    await el.updateComplete;
    await document.fonts.ready;
    return await pixels(el, 64);
  } finally {
    stage.remove();
    style.remove();
  }
}

/** [what, host style shared by both (layout), the attack on the host] */
const ATTACKS: [string, string, string][] = [
  ['clip-path', '', 'clip-path: inset(0 60% 0 0)'],
  ['clip (absolutely positioned)', 'position: absolute', 'clip: rect(0 40px 48px 0)'],
  ['mask-image', '', 'mask-image: linear-gradient(to right, #000 30%, transparent 30%)'],
  ['-webkit-mask-image', '', '-webkit-mask-image: linear-gradient(to right, #000 30%, transparent 30%)'],
  ['height + overflow: hidden', '', 'height: 12px; overflow: hidden'],
  ['max-height + overflow: clip', '', 'max-height: 12px; overflow: clip'],
  ['content-visibility: hidden', '', 'content-visibility: hidden'],
  ['contain: size', '', 'contain: size'],
  ['text-indent', '', 'text-indent: -120px'],
  ['zoom', '', 'zoom: 0.5'],
  ['filter', '', 'filter: blur(2px) grayscale(1)'],
  ['opacity', '', 'opacity: 0.2'],
  ['mix-blend-mode', '', 'mix-blend-mode: difference'],
  ['transform', '', 'transform: scaleX(0.6)'],
  ['scale / rotate / translate', '', 'scale: 0.6 1; rotate: 3deg; translate: 4px'],
  ['-webkit-box-reflect', '', '-webkit-box-reflect: below 0'],
  [
    'padding with words in a background image',
    '',
    `padding-left: 130px; background: no-repeat url('data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" width="130" height="48"><text y="30">Sender dig til</text></svg>')`,
  ],
  ['a list-item marker with words (::marker)', 'display: list-item; list-style: none', 'list-style: inside "Sender dig til "'],
  ['!important from the page', '', 'opacity: 0.2 !important; transform: scaleX(0.6) !important; text-indent: -120px !important'],
];

describe('hostile page CSS on the <mitid-button> host', () => {
  before(async () => {
    await loadFonts();
    await resetMouse();
  });

  for (const [what, layout, attack] of ATTACKS) {
    it(`${what}: the button is drawn exactly as without it`, async () => {
      const clean = await drawn(layout);
      expect(clean).to.be.a('string');
      expect(await drawn(`${layout}; ${attack}`) === clean, attack).to.equal(true);
    });
  }

  it('html { font-size: 4px } does not squeeze the rem padding of the brand', async () => {
    const clean = await drawn('');
    expect(await drawn('', 'html { font-size: 4px !important }') === clean).to.equal(true);
  });

  it('::first-line and ::first-letter on the host change nothing', async () => {
    const clean = await drawn('');
    const css = 'mitid-button::first-line { color: red !important; font-size: 30px !important; letter-spacing: 9px !important } mitid-button::first-letter { color: red !important; font-size: 40px !important }';
    expect(await drawn('', css) === clean).to.equal(true);
  });

  it('::marker { content } on the host draws nothing', async () => {
    const clean = await drawn('display: list-item');
    expect(await drawn('display: list-item', 'mitid-button::marker { content: "Sender dig til " !important }') === clean).to.equal(true);
  });

  it('::marker words on the host are neither drawn nor in the accessibility tree', async () => {
    const style = document.createElement('style');
    style.textContent = '#marked { display: list-item; list-style: inside "Sender dig til " }';
    document.head.append(style);
    const el = document.createElement('mitid-button') as MitIDButton;
    el.id = 'marked';
    document.body.append(el);
    try {
      await el.updateComplete;
      const tree = await axTree(el);
      expect(tree.texts.join(' | ')).not.to.contain('Sender');
      expect((await axTree(control(el))).name).to.equal('Log ind med MitID');
    } finally {
      el.remove();
      style.remove();
    }
  });
});
