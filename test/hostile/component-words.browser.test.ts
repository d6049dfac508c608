// No words but the approved phrase: not through text children, not through the logo slot. The
// accessible name is read from Chromium's own accessibility tree (CDP), what is drawn from its
// screenshots, compared with a button that cannot show anything else.
import { expect } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import type { MitIDButton } from '../../src/index.js';
import { axTree, control, loadFonts, pixels } from '../components/helpers.js';
import '../../src/define.js';

const PHRASE = 'Log ind med MitID';
const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';
const WHITE_SQUARE = '<svg slot="logo" width="24" height="24" viewBox="0 0 24 24"><rect width="24" height="24" fill="#fff"/></svg>';

interface Staged {
  el: MitIDButton;
  remove(): void;
}

/** A white stage at the top-left, above the test runner's page, with optional page CSS. */
async function stage(children: string, pageCss = ''): Promise<Staged> {
  const style = document.createElement('style');
  style.textContent = pageCss;
  document.head.append(style);
  const div = document.createElement('div');
  div.style.cssText = 'position: fixed; top: 0; left: 0; padding: 40px; background: #fff; z-index: 2147483647';
  div.innerHTML = `<mitid-button lang="da">${children}</mitid-button>`;
  document.body.append(div);
  const el = div.querySelector('mitid-button') as MitIDButton;
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 50)); // slotchange, image decoding
  return {
    el,
    remove: () => {
      div.remove();
      style.remove();
    },
  };
}

async function look(children: string, pageCss = '', after?: (el: MitIDButton) => void | Promise<void>) {
  const s = await stage(children, pageCss);
  try {
    await after?.(s.el);
    const tree = await axTree(control(s.el));
    return { image: await pixels(s.el, 8), name: tree.name, texts: tree.texts };
  } finally {
    s.remove();
  }
}

/** The button's tree holds the phrase and nothing else that reads as words. */
function onlyThePhrase(seen: { name: string | null; texts: string[] }): void {
  expect(seen.name).to.equal(PHRASE);
  for (const text of seen.texts) expect(text.replace(/^\w+: /, '')).to.equal(PHRASE);
}

describe('no extra words: text children', () => {
  before(async () => {
    await loadFonts();
    await resetMouse();
  });

  it('el.textContent = "Sender dig til MitID": Chromium names the button with the phrase only', async () => {
    const s = await stage('');
    try {
      s.el.textContent = 'Sender dig til MitID';
      await new Promise((r) => setTimeout(r, 20));
      onlyThePhrase(await axTree(control(s.el)));
      expect((await axTree(s.el)).texts.join(' | ')).not.to.contain('Sender');
    } finally {
      s.remove();
    }
  });

  it('an element child without a slot is neither drawn nor named', async () => {
    const clean = await look('');
    const seen = await look('<b>Sender dig til</b>');
    onlyThePhrase(seen);
    expect(seen.image === clean.image).to.equal(true);
  });
});

describe('no extra words: the logo slot', () => {
  before(async () => {
    await loadFonts();
    await resetMouse();
  });

  /** [what, logo markup, page CSS] — each must draw what a button without a logo draws. */
  const HIDDEN: [string, string, string?][] = [
    ['<svg><text>', '<svg slot="logo" width="120" height="24"><text x="0" y="18" fill="#fff">Sender dig til</text></svg>'],
    ['<svg><text> inside <g>, with <tspan>', '<svg slot="logo" width="120" height="24"><g><text x="0" y="18" fill="#fff"><tspan>Sender</tspan> dig</text></g></svg>'],
    ['<svg><foreignObject>', '<svg slot="logo" width="120" height="24"><foreignObject width="120" height="24"><div style="color:#fff">Sender dig til</div></foreignObject></svg>'],
    ['<picture> with text', `<picture slot="logo">Sender dig til<img src="${GIF}" width="24" height="24" alt=""></picture>`],
    ['<picture> with a <span>', `<picture slot="logo"><span style="color:#fff">Sender dig til</span><img src="${GIF}" width="24" height="24" alt=""></picture>`, 'picture span { font-size: 16px !important; color: #fff !important }'],
  ];
  for (const [what, logo, css] of HIDDEN) {
    it(`${what}: the logo is hidden whole, the name is the phrase`, async () => {
      const bare = await look('');
      const seen = await look(logo, css);
      onlyThePhrase(seen);
      expect(seen.image === bare.image, 'drawn as a button without a logo').to.equal(true);
    });
  }

  it('<svg><use> of a <text> elsewhere on the page: the logo is hidden whole', async () => {
    const defs = document.createElement('div');
    defs.innerHTML = '<svg width="0" height="0"><defs><text id="wordy" y="18" fill="#fff">Sender dig til</text></defs></svg>';
    document.body.append(defs);
    try {
      const bare = await look('');
      const seen = await look('<svg slot="logo" width="120" height="24"><use href="#wordy"/></svg>');
      expect(seen.image === bare.image).to.equal(true);
    } finally {
      defs.remove();
    }
  });

  it('text added to an <svg> logo later hides it then', async () => {
    const bare = await look('');
    const seen = await look(WHITE_SQUARE, '', async (el) => {
      el.querySelector('svg')!.insertAdjacentHTML('beforeend', '<text x="0" y="18" fill="#000">Sender</text>');
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(seen.image === bare.image).to.equal(true);
  });

  it('a plain logo still shows', async () => {
    const bare = await look('');
    const logo = await look(WHITE_SQUARE);
    onlyThePhrase(logo);
    expect(logo.image === bare.image, 'the logo is drawn').to.equal(false);
  });

  it('picture::after / img::after { content } draw nothing', async () => {
    const picture = `<picture slot="logo"><img src="${GIF}" width="24" height="24" alt=""></picture>`;
    const clean = await look(picture);
    const seen = await look(picture, 'picture::after, picture::before { content: "Sender dig til"; color: #fff; font-size: 16px }');
    onlyThePhrase(seen);
    expect(seen.image === clean.image).to.equal(true);
  });

  it('a broken <img> whose alt changes after insertion shows no alt text and is not named', async () => {
    const broken = '<img slot="logo" src="data:image/png;base64,AAAA" width="120" height="24">';
    const set = (alt: string) => async (el: MitIDButton) => {
      el.querySelector('img')!.alt = alt;
      await new Promise((r) => setTimeout(r, 50));
    };
    const short = await look(broken, '', set('·'));
    const words = await look(broken, 'img { color: #fff !important; font-size: 16px !important }', set('Sender dig til MitID'));
    onlyThePhrase(words);
    expect(words.image === short.image, 'alt text is drawn').to.equal(true);
  });

  it('an <img> logo with alt text and an <svg> with a <title> add nothing to the name', async () => {
    onlyThePhrase(await look(`<img slot="logo" src="${GIF}" width="24" height="24" alt="Sender dig til">`));
    onlyThePhrase(await look('<svg slot="logo" width="24" height="24"><title>Sender dig til</title><rect width="24" height="24" fill="#fff"/></svg>'));
  });

  it('a marker on a slotted logo draws nothing', async () => {
    const picture = `<picture slot="logo"><img src="${GIF}" width="24" height="24" alt=""></picture>`;
    const clean = await look(picture);
    const seen = await look(picture, '[slot] { display: list-item !important; list-style: inside "Sender dig til " !important }');
    expect(seen.image === clean.image).to.equal(true);
  });
});
