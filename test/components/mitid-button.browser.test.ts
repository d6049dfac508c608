import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { BRAND_BLUE, PHRASE_LIST, parseColor } from '../../src/core/index.js';
import { MitIDButton } from '../../src/index.js';
import { accessibleName, axTree, control, loadFonts, textSpan } from './helpers.js';

const rgb = (hex: string) => {
  const c = parseColor(hex)!;
  return `rgb(${c.r}, ${c.g}, ${c.b})`;
};

describe('<mitid-button> look and text', () => {
  before(loadFonts);

  for (const { action, lang, phrase } of PHRASE_LIST) {
    it(`${action}/${lang}: "${phrase}" with the brand's look`, async () => {
      const el = await fixture<MitIDButton>(html`<mitid-button action=${action} lang=${lang}></mitid-button>`);
      const inner = control(el);
      expect(inner.localName).to.equal('button');
      expect(inner.textContent!.trim()).to.equal(phrase);
      expect(textSpan(el).lang).to.equal(lang);
      expect(inner.hasAttribute('aria-label')).to.equal(false);
      const s = getComputedStyle(inner);
      expect(s.height).to.equal('48px');
      expect(s.backgroundColor).to.equal(rgb(BRAND_BLUE));
      expect(s.color).to.equal('rgb(255, 255, 255)');
      expect(s.borderRadius).to.equal('4px');
      expect(s.padding).to.equal('4px 12px 4px 16px');
      expect(s.fontFamily.startsWith('"IBM Plex Sans"')).to.equal(true, s.fontFamily);
      expect(s.fontWeight).to.equal('600');
    });
  }

  it('really loads IBM Plex Sans SemiBold for the phrase', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button></mitid-button>`);
    await document.fonts.load(`600 16px "IBM Plex Sans"`, textSpan(el).textContent!);
    await document.fonts.ready;
    expect(document.fonts.check(`600 16px "IBM Plex Sans"`, textSpan(el).textContent!)).to.equal(true);
    const faces = [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'IBM Plex Sans' && f.status === 'loaded');
    expect(faces.length).to.be.greaterThan(0);
  });

  it('has exactly the phrase as its accessible name, with a slotted logo made decorative (the page markup unchanged)', async () => {
    const el = await fixture<MitIDButton>(
      html`<mitid-button action="sign" lang="en"><img slot="logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="MitID logo" width="20" height="20" /></mitid-button>`,
    );
    await el.updateComplete;
    const img = el.querySelector('img')!;
    // Hydration sees the markup the server sent: the element never rewrites the logo's attributes.
    expect(img.alt).to.equal('MitID logo');
    expect(img.hasAttribute('aria-hidden')).to.equal(false);
    expect(await accessibleName(control(el))).to.equal('Sign with MitID');
    expect((await axTree(control(el))).name, "Chromium's own accessibility tree").to.equal('Sign with MitID');
    expect(control(el).hasAttribute('aria-label')).to.equal(false);
  });

  it('shapes: rectangular 0, pill fully round; full-width fills its container', async () => {
    const wrap = await fixture(
      html`<div style="width: 500px"><mitid-button shape="rectangular"></mitid-button><mitid-button shape="pill"></mitid-button><mitid-button full-width></mitid-button></div>`,
    );
    const [rect, pill, wide] = [...wrap.querySelectorAll('mitid-button')];
    expect(getComputedStyle(control(rect!)).borderRadius).to.equal('0px');
    expect(getComputedStyle(control(pill!)).borderRadius).to.equal('9999px');
    expect(control(wide!).getBoundingClientRect().width).to.equal(500);
  });

  it('a page cannot restyle colour, height or font through the host', async () => {
    const el = await fixture<MitIDButton>(
      html`<mitid-button style="color: red; background: green; height: 20px; font: italic 30px serif; --mitid-bg: red"></mitid-button>`,
    );
    const s = getComputedStyle(control(el));
    expect(s.backgroundColor).to.equal(rgb(BRAND_BLUE));
    expect(s.color).to.equal('rgb(255, 255, 255)');
    expect(s.height).to.equal('48px');
    expect(s.fontSize).to.equal('16px');
    expect(s.fontStyle).to.equal('normal');
  });

  it('loading keeps the text, shows a spinner, sets aria-busy and blocks clicks', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button loading lang="da"></mitid-button>`);
    let clicks = 0;
    el.addEventListener('click', () => clicks++);
    control(el).click();
    el.click();
    expect(clicks).to.equal(0);
    expect(control(el).getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelector('.spinner')).to.not.equal(null);
    expect(control(el).textContent!.trim()).to.equal('Log ind med MitID');
  });

  it('reduced motion stops the spinner', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await fixture<MitIDButton>(html`<mitid-button loading></mitid-button>`);
      expect(getComputedStyle(el.shadowRoot!.querySelector('.spinner')!).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('forced colours keep a visible border', async () => {
    await emulateMedia({ forcedColors: 'active' });
    try {
      const el = await fixture<MitIDButton>(html`<mitid-button></mitid-button>`);
      const s = getComputedStyle(control(el));
      expect(s.borderTopStyle).to.not.equal('none');
      expect(s.borderTopWidth).to.not.equal('0px');
      el.focus();
      await sendKeys({ press: 'Shift' }); // keyboard modality for :focus-visible
      control(el).focus();
      expect(control(el).matches(':focus-visible')).to.equal(true);
      expect(getComputedStyle(control(el)).outlineStyle).to.equal('solid');
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });
});

describe('<mitid-button> accessibility and keyboard', () => {
  const states = {
    default: html`<mitid-button></mitid-button>`,
    disabled: html`<mitid-button disabled></mitid-button>`,
    loading: html`<mitid-button loading></mitid-button>`,
    link: html`<mitid-button href="https://example.mitid.dk/login"></mitid-button>`,
    'disabled link': html`<mitid-button disabled href="https://example.mitid.dk/login"></mitid-button>`,
    pill: html`<mitid-button shape="pill" lang="en"></mitid-button>`,
    'with logo': html`<mitid-button><svg slot="logo" width="20" height="20"><rect width="20" height="20"></rect></svg></mitid-button>`,
  };
  for (const [name, template] of Object.entries(states)) {
    it(`axe passes: ${name}`, async () => {
      const el = await fixture<MitIDButton>(template);
      await expect(el).to.be.accessible();
    });
  }

  it('focus lands on the inner control; the host has no tabindex', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button></mitid-button>`);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(control(el));
    expect(document.activeElement).to.equal(el);
    expect(el.hasAttribute('tabindex')).to.equal(false);
  });

  for (const key of ['Enter', 'Space']) {
    it(`${key} activates the button`, async () => {
      const el = await fixture<MitIDButton>(html`<mitid-button></mitid-button>`);
      let clicks = 0;
      el.addEventListener('click', () => clicks++);
      el.focus();
      await sendKeys({ press: key });
      expect(clicks).to.equal(1);
    });
  }

  it('a disabled button is not focusable and fires no click', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button disabled></mitid-button>`);
    let clicks = 0;
    el.addEventListener('click', () => clicks++);
    el.click();
    control(el).click();
    expect(clicks).to.equal(0);
    expect((control(el) as HTMLButtonElement).disabled).to.equal(true);
  });
});
