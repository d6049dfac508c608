/**
 * A review of <mitid-button> against issue 3 and MITID-RULES.md, written from the outside: what a
 * demanding frontend team would try (random attributes, JS properties, hostile page CSS, upgrades,
 * forms, keyboard, popups), each case checked against the spec rather than the implementation.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import fc from 'fast-check';
import {
  ACTIONS,
  BRAND_BLUE,
  BRAND_TEXT,
  BUTTON_HEIGHT_PX,
  FONT_FAMILIES,
  PHRASE_LIST,
  POPUP_MIN,
  approvedPhrase,
  checkPopupFeatures,
  colorMatches,
  parseColor,
  isAction,
  langFromTag,
  parseWindowFeatures,
  type MitIDAction,
  type MitIDLang,
} from '../../src/core/index.js';
import { MitIDButton, type MitIDLaunchDetail } from '../../src/index.js';
import { accessibleName, capture, control, fixture, html, loadFonts, textSpan } from './helpers.js';

const PHRASES: readonly string[] = PHRASE_LIST.map((p) => p.phrase);

/** Lets attribute observers (microtasks) and the re-render they ask for run. */
async function settle(el: MitIDButton): Promise<void> {
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
}

/** Everything a sighted user can read inside the button: the rendered text of its shadow tree and light DOM. */
function renderedText(el: HTMLElement): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const range = document.createRange();
      range.selectNodeContents(node);
      if ([...range.getClientRects()].some((r) => r.width > 0 && r.height > 0)) parts.push(node.textContent ?? '');
      return;
    }
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(el);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The pseudo-element text a page stylesheet could add around the host. */
function pseudoText(el: HTMLElement): string[] {
  return ['::before', '::after'].map((p) => getComputedStyle(el, p).content).filter((c) => c !== 'none' && c !== 'normal');
}

async function click(el: HTMLElement): Promise<void> {
  const r = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}

function phraseOf(el: MitIDButton): string {
  return textSpan(el).textContent.trim();
}

const htmlLang = document.documentElement.getAttribute('lang');
afterEach(async () => {
  if (htmlLang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', htmlLang);
  await emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' });
});

describe('spec review: the text is always one of the ten', () => {
  const actionValue = fc.oneof(fc.constantFrom(...ACTIONS), fc.constantFrom('', 'SIGN', ' sign', 'bogus', 'login ', 'Log ind'), fc.string({ maxLength: 8 }));
  const langValue = fc.option(fc.constantFrom('da', 'en', 'EN', 'en-GB', 'da-DK', 'kl', 'de', 'english', ' en'), { nil: undefined });
  const childText = fc.option(fc.constantFrom('Sender dig til MitID…', 'Login with MitID', '→', 'Log ind med MitID'), { nil: undefined });

  it('random action, lang on the element/ancestors/<html> and text children: the phrase of the action and language in effect', async () => {
    await fc.assert(
      fc.asyncProperty(fc.option(actionValue, { nil: undefined }), langValue, langValue, langValue, childText, async (action, own, parent, root, child) => {
        if (root === undefined) document.documentElement.removeAttribute('lang');
        else document.documentElement.setAttribute('lang', root);
        const wrap = document.createElement('div');
        if (parent !== undefined) wrap.setAttribute('lang', parent);
        const el = document.createElement('mitid-button');
        if (action !== undefined) el.setAttribute('action', action);
        if (own !== undefined) el.setAttribute('lang', own);
        if (child !== undefined) el.textContent = child;
        wrap.append(el);
        document.body.append(wrap);
        try {
          await capture('warn', async () => {
            await el.updateComplete;
          });
          const text = phraseOf(el);
          const effective: MitIDAction = isAction(action) ? action : 'login';
          const nearest = [own, parent, root].find((l) => l !== undefined && l.trim() !== '');
          const allowed: MitIDLang[] = nearest === undefined ? ['da'] : langFromTag(nearest) ? [langFromTag(nearest)!] : ['da', 'en'];
          expect(PHRASES).to.include(text);
          expect(allowed.map((l) => approvedPhrase(effective, l)), `action=${String(action)} lang=${String(own)}/${String(parent)}/${String(root)}`).to.include(text);
          expect(renderedText(el)).to.equal(text);
        } finally {
          wrap.remove();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('JS properties: el.action = "bogus" falls back and warns naming it; el.lang = "en" / "kl" follow the rules', async () => {
    const el = await fixture<MitIDButton>(html`<div lang="da"><mitid-button action="sign"></mitid-button></div>`).then((d) => d.querySelector('mitid-button')!);
    const warnings = await capture('warn', async () => {
      (el as unknown as { action: string }).action = 'bogus-prop';
      await el.updateComplete;
    });
    expect(phraseOf(el)).to.equal(approvedPhrase('login', 'da'));
    expect(warnings.filter((w) => w.includes('bogus-prop'))).to.have.length(1);
    el.lang = 'en';
    await settle(el);
    expect(phraseOf(el)).to.equal(approvedPhrase('login', 'en'));
    el.parentElement!.lang = 'en';
    el.lang = 'kl-GL';
    const langWarnings = await capture('warn', () => settle(el));
    expect(phraseOf(el), 'an unknown lang falls back to the default, da').to.equal(approvedPhrase('login', 'da'));
    expect(langWarnings.filter((w) => w.includes('kl-GL') && w.includes('"da"'))).to.have.length(1);
    el.action = 'sign';
    el.removeAttribute('lang');
    await settle(el);
    expect(phraseOf(el)).to.equal(approvedPhrase('sign', 'en'));
  });

  it('a bad value is reported once however often the button re-renders', async () => {
    const warnings = await capture('warn', async () => {
      const el = await fixture<MitIDButton>(html`<mitid-button action="approve-once"></mitid-button>`);
      for (const d of [true, false, true, false]) {
        el.disabled = d;
        await el.updateComplete;
      }
    });
    expect(warnings.filter((w) => w.includes('approve-once'))).to.have.length(1);
  });

  it('innerHTML / textContent / append on the host never show their text and never enter the accessible name', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button></mitid-button>`);
    const warnings = await capture('warn', async () => {
      el.textContent = 'Sender dig nu til MitID…';
      await settle(el);
      el.innerHTML = '<b>Redirecting...</b>';
      await new Promise((r) => setTimeout(r));
      el.append('→');
      await new Promise((r) => setTimeout(r));
    });
    expect(renderedText(el)).to.equal(approvedPhrase('login', 'da'));
    expect(await accessibleName(control(el))).to.equal(approvedPhrase('login', 'da'));
    expect(warnings.some((w) => w.includes('Sender dig nu til MitID'))).to.equal(true);
  });

  it('an element created before its tag is defined (properties and attributes set) upgrades to the right phrase', async () => {
    const tag = 'spec-review-upgrade-button';
    const el = document.createElement(tag) as MitIDButton;
    el.setAttribute('lang', 'en');
    el.setAttribute('disabled', '');
    (el as unknown as { action: string }).action = 'confirm';
    document.body.append(el);
    customElements.define(tag, class extends MitIDButton {});
    await el.updateComplete;
    expect(phraseOf(el)).to.equal(approvedPhrase('confirm', 'en'));
    expect(control(el).matches(':disabled')).to.equal(true);
    el.remove();
  });

  it('React-like: properties set before connecting, then attached', async () => {
    const el = document.createElement('mitid-button');
    el.action = 'approve';
    el.href = 'https://example.idura.broker/oauth2/authorize';
    el.disabled = true;
    el.lang = 'en';
    document.body.append(el);
    await el.updateComplete;
    expect(phraseOf(el)).to.equal(approvedPhrase('approve', 'en'));
    expect(control(el).hasAttribute('href')).to.equal(false);
    el.disabled = false;
    await el.updateComplete;
    expect(control(el).getAttribute('href')).to.equal('https://example.idura.broker/oauth2/authorize');
    el.remove();
  });

  it('lang from an ancestor inside a shadow root, following its changes and <html lang>', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<section lang="en"><p><mitid-button action="accept"></mitid-button></p></section>';
    const el = root.querySelector('mitid-button')!;
    await el.updateComplete;
    expect(phraseOf(el)).to.equal(approvedPhrase('accept', 'en'));
    root.querySelector('section')!.setAttribute('lang', 'da');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(phraseOf(el)).to.equal(approvedPhrase('accept', 'da'));
    root.querySelector('section')!.removeAttribute('lang');
    host.setAttribute('lang', 'en-GB');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(phraseOf(el)).to.equal(approvedPhrase('accept', 'en'));
    host.removeAttribute('lang');
    document.documentElement.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(phraseOf(el)).to.equal(approvedPhrase('accept', 'en'));
    document.documentElement.setAttribute('lang', 'da');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(phraseOf(el)).to.equal(approvedPhrase('accept', 'da'));
  });

  it('the phrase itself carries lang for screen readers', async () => {
    const el = await fixture<MitIDButton>(html`<div lang="en-GB"><mitid-button></mitid-button></div>`).then((d) => d.querySelector('mitid-button')!);
    const tagged = textSpan(el).closest('[lang]');
    expect(langFromTag(tagged?.getAttribute('lang'))).to.equal('en');
  });
});

describe('spec review: the page cannot restyle the brand', () => {
  const hostile = `
    mitid-button { all: unset; color: red !important; font: italic 40px serif; letter-spacing: 8px; word-spacing: 20px;
      text-transform: lowercase; -webkit-text-fill-color: red; text-shadow: 0 0 2px red; font-variant: small-caps;
      line-height: 100px; text-indent: 40px; --mitid-color: red; --mitid-background: red; --mitid-height: 80px; --mitid-font: serif; }
    mitid-button::part(control), mitid-button::part(button), mitid-button::part(text) { background: red; height: 80px; }
    mitid-button::before { content: 'Sender dig til '; }
    mitid-button::after { content: ' →'; }
    body { font-size: 40px; }`;

  it('inherited properties, all: unset, ::part, custom properties and host pseudo-elements change nothing of the brand', async () => {
    await loadFonts();
    const style = document.createElement('style');
    style.textContent = hostile;
    document.head.append(style);
    try {
      const el = await fixture<MitIDButton>(html`<mitid-button></mitid-button>`);
      const c = control(el);
      const cs = getComputedStyle(c);
      const ts = getComputedStyle(textSpan(el));
      expect(colorMatches(cs.backgroundColor, BRAND_BLUE), cs.backgroundColor).to.equal(true);
      expect(colorMatches(ts.color, BRAND_TEXT), ts.color).to.equal(true);
      expect(colorMatches(ts.webkitTextFillColor, BRAND_TEXT), `fill ${ts.webkitTextFillColor}`).to.equal(true);
      expect(ts.textShadow).to.equal('none');
      expect(c.getBoundingClientRect().height).to.equal(BUTTON_HEIGHT_PX);
      expect(ts.fontFamily.replace(/"/g, '').startsWith(FONT_FAMILIES[0])).to.equal(true);
      expect(ts.fontStyle).to.equal('normal');
      expect(ts.fontVariantCaps).to.equal('normal');
      expect(ts.textTransform).to.equal('none');
      expect(ts.letterSpacing).to.equal('normal');
      expect(ts.wordSpacing).to.equal('0px');
      expect(el.shadowRoot!.querySelectorAll('[part]')).to.have.length(0);
      expect(pseudoText(el), 'text added by ::before/::after').to.deep.equal([]);
      expect(renderedText(el)).to.equal(approvedPhrase('login', 'da'));
    } finally {
      style.remove();
    }
  });

  it('display:none, then shown: same text and height', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button action="sign" style="display:none"></mitid-button>`);
    el.style.display = '';
    await el.updateComplete;
    expect(control(el).getBoundingClientRect().height).to.equal(BUTTON_HEIGHT_PX);
    expect(renderedText(el)).to.equal(approvedPhrase('sign', 'da'));
  });
});

describe('spec review: links', () => {
  const refused = ['JaVaScRiPt:alert(1)', '\tjavascript:alert(1)', 'java\tscript:alert(1)', ' javascript:alert(1)', 'javascript\n:alert(1)', 'data:text/html,<script>alert(1)</script>', 'DATA:text/html,x', 'vbscript:msgbox(1)', '&#106;avascript:alert(1)'];
  for (const href of refused) {
    it(`refuses href=${JSON.stringify(href)} with a console error`, async () => {
      let el!: MitIDButton;
      const errors = await capture('error', async () => {
        el = await fixture<MitIDButton>(html`<mitid-button href=${href}></mitid-button>`);
      });
      const inner = control(el).getAttribute('href');
      const resolved = inner === null ? '' : new URL(inner, location.href).protocol;
      expect(['javascript:', 'data:', 'vbscript:'], `inner href ${String(inner)}`).not.to.include(resolved);
      if (/^(javascript|data|vbscript):$/.test(new URL(href.replace(/&#106;/, 'j'), location.href).protocol) && !href.startsWith('&')) {
        expect(errors.length, 'a console error').to.be.greaterThan(0);
      }
      expect(phraseOf(el)).to.equal(approvedPhrase('login', 'da'));
    });
  }

  it('target=_blank adds rel="noopener noreferrer"', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button href="https://x.idura.broker/a" target="_blank"></mitid-button>`);
    const rel = (control(el).getAttribute('rel') ?? '').split(/\s+/);
    expect(rel).to.include('noopener');
    expect(rel).to.include('noreferrer');
  });

  it('a disabled link has no href, says aria-disabled, and a real click neither navigates nor reaches the page', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button href="#spec-disabled" disabled></mitid-button>`);
    const c = control(el);
    expect(c.hasAttribute('href')).to.equal(false);
    expect(c.getAttribute('aria-disabled')).to.equal('true');
    let launched = 0;
    let clicks = 0;
    el.addEventListener('mitid-launch', () => launched++);
    el.addEventListener('click', () => clicks++);
    await click(el);
    expect(location.hash).not.to.equal('#spec-disabled');
    expect(launched).to.equal(0);
    expect(clicks, 'a disabled control swallows clicks, like a native one').to.equal(0);
  });

  it('redirect (default): a real click navigates and reports mitid-launch {mode: redirect}', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button href="#spec-redirect"></mitid-button>`);
    const details: MitIDLaunchDetail[] = [];
    el.addEventListener('mitid-launch', (e) => details.push((e as CustomEvent<MitIDLaunchDetail>).detail));
    await click(el);
    expect(location.hash).to.equal('#spec-redirect');
    expect(details.map((d) => d.mode)).to.deep.equal(['redirect']);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('Enter on the focused link launches it', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button href="#spec-enter"></mitid-button>`);
    el.focus();
    await sendKeys({ press: 'Enter' });
    expect(location.hash).to.equal('#spec-enter');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('the login_hint action disagreeing with action warns (also percent-encoded); agreeing is silent', async () => {
    const warnings = await capture('warn', async () => {
      await fixture(html`<mitid-button action="login" href="https://x.idura.broker/oauth2/authorize?login_hint=action%3Asign"></mitid-button>`);
    });
    expect(warnings.some((w) => w.includes('sign'))).to.equal(true);
    const quiet = await capture('warn', async () => {
      await fixture(html`<mitid-button action="approve" href="https://x.idura.broker/oauth2/authorize?login_hint=action:approve"></mitid-button>`);
    });
    expect(quiet).to.deep.equal([]);
  });
});

describe('spec review: popup launch', () => {
  const realOpen = window.open;
  afterEach(async () => {
    window.open = realOpen;
    await setViewport({ width: 800, height: 600 });
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('on a wide screen: window.open inside the click, at least 400 x 660, scrollbars and resizing on', async () => {
    await setViewport({ width: 1280, height: 900 });
    const calls: { features: string; inClick: boolean }[] = [];
    let inClick = false;
    window.open = ((_url: string, _target: string, features: string) => {
      calls.push({ features, inClick });
      return {} as Window;
    }) as typeof window.open;
    const el = await fixture<MitIDButton>(html`<mitid-button href="https://x.idura.broker/oauth2/authorize" launch="popup"></mitid-button>`);
    const details: MitIDLaunchDetail[] = [];
    el.addEventListener('mitid-launch', (e) => details.push((e as CustomEvent<MitIDLaunchDetail>).detail));
    control(el).addEventListener('click', () => (inClick = true), { capture: true });
    await click(el);
    inClick = false;
    expect(calls).to.have.length(1);
    expect(calls[0]!.inClick).to.equal(true);
    const f = parseWindowFeatures(calls[0]!.features);
    expect(Number(f.get('width'))).to.be.at.least(POPUP_MIN.widthPx);
    expect(Number(f.get('height'))).to.be.at.least(POPUP_MIN.heightPx);
    expect(checkPopupFeatures(calls[0]!.features)).to.deep.equal([]);
    expect(details.map((d) => d.mode)).to.deep.equal(['popup']);
  });

  it('blocked (window.open returns null): falls back to a redirect', async () => {
    await setViewport({ width: 1280, height: 900 });
    window.open = (() => null) as typeof window.open;
    const el = await fixture<MitIDButton>(html`<mitid-button href="#spec-blocked" launch="popup"></mitid-button>`);
    const details: MitIDLaunchDetail[] = [];
    el.addEventListener('mitid-launch', (e) => details.push((e as CustomEvent<MitIDLaunchDetail>).detail));
    await click(el);
    expect(location.hash).to.equal('#spec-blocked');
    expect(details.map((d) => d.mode)).to.deep.equal(['redirect']);
  });

  it('on a phone-sized screen: a redirect, no popup', async () => {
    await setViewport({ width: 375, height: 667 });
    let opened = 0;
    window.open = (() => {
      opened++;
      return {} as Window;
    }) as typeof window.open;
    const el = await fixture<MitIDButton>(html`<mitid-button href="#spec-narrow" launch="popup"></mitid-button>`);
    await click(el);
    expect(opened).to.equal(0);
    expect(location.hash).to.equal('#spec-narrow');
  });
});

describe('spec review: disabled and loading', () => {
  it('loading: same text, aria-busy, a spinner, real clicks blocked, and reduced motion stops the spinner', async () => {
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}><mitid-button type="submit" loading></mitid-button></form>`);
    const el = form.querySelector('mitid-button')!;
    let submits = 0;
    let clicks = 0;
    form.addEventListener('submit', () => submits++);
    el.addEventListener('click', () => clicks++);
    expect(phraseOf(el)).to.equal(approvedPhrase('login', 'da'));
    expect(renderedText(el)).to.equal(approvedPhrase('login', 'da'));
    expect(control(el).getAttribute('aria-busy')).to.equal('true');
    const animated = (): Element[] => [...el.shadowRoot!.querySelectorAll('*')].filter((n) => {
      const s = getComputedStyle(n);
      return s.animationName !== 'none' && s.animationPlayState === 'running' && parseFloat(s.animationDuration) > 0;
    });
    expect(animated().length, 'a spinning spinner').to.be.greaterThan(0);
    await click(el);
    el.click();
    expect(submits).to.equal(0);
    expect(clicks, 'clicks do not reach the page').to.equal(0);
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(animated()).to.have.length(0);
  });

  it('a disabled button swallows real clicks and is skipped by Tab', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><input id="before" /><mitid-button disabled></mitid-button><input id="after" /></div>`);
    const el = wrap.querySelector('mitid-button')!;
    let clicks = 0;
    el.addEventListener('click', () => clicks++);
    await click(el);
    expect(clicks).to.equal(0);
    wrap.querySelector<HTMLInputElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
  });
});

describe('spec review: forms', () => {
  it('submit: the submitter carries name/value into FormData(form, submitter)', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><input name="q" value="1" /><mitid-button type="submit" name="go" value="mitid"></mitid-button></form>`);
    const el = form.querySelector('mitid-button')!;
    const seen: [string, string][][] = [];
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const submitter = e.submitter;
      expect(submitter === el || (submitter !== null && el.contains(submitter)), 'submitter is the button').to.equal(true);
      seen.push([...new FormData(form, submitter)].map(([k, v]) => [k, String(v)]));
    });
    await click(el);
    expect(seen).to.deep.equal([[['q', '1'], ['go', 'mitid']]]);
  });

  it('Enter in a field submits; requestSubmit() submits; Space on the button submits', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><input name="q" /><mitid-button type="submit" name="go" value="v"></mitid-button></form>`);
    const el = form.querySelector('mitid-button')!;
    const data: string[] = [];
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      data.push(new FormData(form, e.submitter).get('go')?.toString() ?? 'none');
    });
    form.querySelector('input')!.focus();
    await sendKeys({ press: 'Enter' });
    form.requestSubmit();
    el.focus();
    await sendKeys({ press: 'Space' });
    expect(data).to.deep.equal(['v', 'none', 'v']);
  });

  it('type=reset resets the form', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><input name="q" value="a" /><mitid-button type="reset"></mitid-button></form>`);
    const input = form.querySelector('input')!;
    input.value = 'changed';
    await click(form.querySelector('mitid-button')!);
    expect(input.value).to.equal('a');
  });

  it('form="id" associates a button outside the form', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><form id="spec-far"><input name="q" value="x" /></form><mitid-button type="submit" form="spec-far" name="go" value="far"></mitid-button></div>`);
    const form = wrap.querySelector('form')!;
    const data: [string, string][][] = [];
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      data.push([...new FormData(form, e.submitter)].map(([k, v]) => [k, String(v)]));
    });
    await click(wrap.querySelector('mitid-button')!);
    expect(data).to.deep.equal([[['q', 'x'], ['go', 'far']]]);
  });

  it('a disabled fieldset disables it: no submit, a disabled control', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><mitid-button type="submit"></mitid-button></fieldset></form>`);
    const el = form.querySelector('mitid-button')!;
    let submits = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submits++;
    });
    await el.updateComplete;
    await click(el);
    expect(submits).to.equal(0);
    expect(control(el).matches(':disabled') || control(el).getAttribute('aria-disabled') === 'true').to.equal(true);
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    await click(el);
    expect(submits).to.equal(1);
  });

  it('validation blocks a submit; formnovalidate and <form novalidate> let it through', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><input name="q" required /><mitid-button type="submit"></mitid-button></form>`);
    const el = form.querySelector('mitid-button')!;
    let submits = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submits++;
    });
    await click(el);
    expect(submits).to.equal(0);
    el.formNoValidate = true;
    await el.updateComplete;
    await click(el);
    expect(submits).to.equal(1);
    el.formNoValidate = false;
    form.noValidate = true;
    await el.updateComplete;
    await click(el);
    expect(submits).to.equal(2);
  });
});

describe('spec review: focus, forced colours, axe', () => {
  it('Tab lands on the inner control with a visible :focus-visible ring (>= 2px)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><input /><mitid-button></mitid-button></div>`);
    const el = wrap.querySelector('mitid-button')!;
    wrap.querySelector('input')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(control(el));
    expect(control(el).matches(':focus-visible')).to.equal(true);
    const s = getComputedStyle(control(el));
    expect(s.outlineStyle).not.to.equal('none');
    expect(parseFloat(s.outlineWidth)).to.be.at.least(2);
  });

  it('forced colours: a visible border and focus ring', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const wrap = await fixture<HTMLDivElement>(html`<div><input /><mitid-button></mitid-button></div>`);
    const el = wrap.querySelector('mitid-button')!;
    const s = getComputedStyle(control(el));
    expect(s.borderTopStyle).not.to.equal('none');
    expect(parseFloat(s.borderTopWidth)).to.be.at.least(1);
    wrap.querySelector('input')!.focus();
    await sendKeys({ press: 'Tab' });
    const f = getComputedStyle(control(el));
    expect(f.outlineStyle).not.to.equal('none');
    expect(parseFloat(f.outlineWidth)).to.be.at.least(2);
  });

  const states = [
    ['button', html`<mitid-button><img slot="logo" alt="MitID logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /></mitid-button>`],
    ['disabled', html`<mitid-button disabled><img slot="logo" alt="MitID logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /></mitid-button>`],
    ['loading', html`<mitid-button loading><img slot="logo" alt="MitID logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /></mitid-button>`],
    ['link', html`<mitid-button href="https://x.idura.broker/a" action="sign" lang="en"><img slot="logo" alt="MitID logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /></mitid-button>`],
    ['disabled link', html`<mitid-button href="https://x.idura.broker/a" disabled><img slot="logo" alt="MitID logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /></mitid-button>`],
    ['loading link', html`<mitid-button href="https://x.idura.broker/a" loading><img slot="logo" alt="MitID logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /></mitid-button>`],
    ['svg logo', html`<mitid-button shape="pill" full-width><svg slot="logo" role="img" aria-label="MitID logo" width="10" height="10"></svg></mitid-button>`],
  ] as const;
  for (const [name, template] of states) {
    it(`axe passes and the name is exactly the phrase: ${name}`, async () => {
      const el = await fixture<MitIDButton>(template);
      await expect(el).to.be.accessible();
      expect(await accessibleName(control(el))).to.equal(phraseOf(el));
      expect(PHRASES).to.include(phraseOf(el));
    });
  }

  it('a logo slotted later is made decorative too', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button></mitid-button>`);
    const img = document.createElement('img');
    img.slot = 'logo';
    img.alt = 'MitID logo';
    el.append(img);
    await new Promise((r) => setTimeout(r));
    expect(await accessibleName(control(el))).to.equal(approvedPhrase('login', 'da'));
  });
});

describe('spec review: more a page can try', () => {
  it('more inherited text properties (text-security, emphasis marks, font-size-adjust, kerning, synthesis) are reset', async () => {
    const style = document.createElement('style');
    style.textContent = `mitid-button { -webkit-text-security: disc; text-emphasis: filled red; font-size-adjust: 2; font-kerning: none;
      font-synthesis: none; font-feature-settings: "smcp"; writing-mode: vertical-rl; hyphens: auto; text-rendering: geometricPrecision; }`;
    document.head.append(style);
    try {
      const el = await fixture<MitIDButton>(html`<mitid-button></mitid-button>`);
      const ts = getComputedStyle(textSpan(el));
      const get = (p: string) => ts.getPropertyValue(p);
      expect(get('-webkit-text-security'), 'text-security').to.equal('none');
      expect(get('text-emphasis-style'), 'text-emphasis').to.equal('none');
      expect(get('font-size-adjust'), 'font-size-adjust').to.equal('none');
      expect(get('font-feature-settings')).to.equal('normal');
      expect(get('writing-mode')).to.equal('horizontal-tb');
      expect(control(el).getBoundingClientRect().height).to.equal(BUTTON_HEIGHT_PX);
    } finally {
      style.remove();
    }
  });

  it('a narrow host with overflow:hidden does not cut the phrase', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button style="width: 60px; overflow: hidden"></mitid-button>`);
    const text = textSpan(el).getBoundingClientRect();
    const host = el.getBoundingClientRect();
    const clipped = getComputedStyle(el).overflow !== 'visible' && (text.right > host.right + 0.5 || text.left < host.left - 0.5);
    expect(clipped, `text ${text.left}-${text.right}, host ${host.left}-${host.right}`).to.equal(false);
  });

  it('text in the logo slot is neither shown nor named; a broken logo image shows no alt text', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button><span slot="logo">Sender dig til</span><img slot="logo" alt="MitID logo →" src="data:image/png;base64,AAAA" /></mitid-button>`);
    await new Promise((r) => setTimeout(r, 50));
    expect(renderedText(el)).to.equal(approvedPhrase('login', 'da'));
    expect(await accessibleName(control(el))).to.equal(approvedPhrase('login', 'da'));
  });

  it('Enter on a focused submit button submits; a disabled default button blocks Enter in a field', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><input name="q" /><mitid-button type="submit"></mitid-button></form>`);
    const el = form.querySelector('mitid-button')!;
    let submits = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submits++;
    });
    el.focus();
    await sendKeys({ press: 'Enter' });
    expect(submits).to.equal(1);
    el.disabled = true;
    await el.updateComplete;
    form.querySelector('input')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(submits, 'like a native disabled default button').to.equal(1);
  });

  it('loading blocks every way of clicking: Enter in a field, el.click(), Space on the button', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><input name="q" /><mitid-button type="submit" loading></mitid-button></form>`);
    const el = form.querySelector('mitid-button')!;
    let submits = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submits++;
    });
    form.querySelector('input')!.focus();
    await sendKeys({ press: 'Enter' });
    el.click();
    el.focus();
    await sendKeys({ press: 'Space' });
    expect(submits).to.equal(0);
  });

  it('a disabled submit: el.click() neither submits nor reaches click listeners', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><mitid-button type="submit" disabled></mitid-button></form>`);
    const el = form.querySelector('mitid-button')!;
    let submits = 0;
    let clicks = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submits++;
    });
    el.addEventListener('click', () => clicks++);
    el.click();
    expect(submits).to.equal(0);
    expect(clicks).to.equal(0);
  });

  it('two buttons in one form: only the clicked one is the submitter', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><mitid-button type="submit" name="a" value="1"></mitid-button><mitid-button type="submit" name="b" value="2" action="sign"></mitid-button></form>`);
    const data: string[] = [];
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      data.push([...new FormData(form, e.submitter).keys()].join());
    });
    await click(form.querySelectorAll('mitid-button')[1]!);
    expect(data).to.deep.equal(['b']);
  });

  it('moved into another form, it submits that one', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><form id="one"></form><form id="two"><mitid-button type="submit" name="x" value="y"></mitid-button></form></div>`);
    const el = wrap.querySelector('mitid-button')!;
    const hits: string[] = [];
    for (const f of wrap.querySelectorAll('form')) {
      f.addEventListener('submit', (e) => {
        e.preventDefault();
        hits.push(`${f.id}:${new FormData(f, e.submitter).get('x')?.toString() ?? ''}`);
      });
    }
    wrap.querySelector('#one')!.append(el);
    await el.updateComplete;
    await click(el);
    expect(hits).to.deep.equal(['one:y']);
  });

  it('href changed from safe to javascript: drops the link at once', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button href="https://x.idura.broker/a"></mitid-button>`);
    await capture('error', async () => {
      el.href = 'javascript:alert(2)';
      await el.updateComplete;
    });
    expect(control(el).getAttribute('href') ?? '').not.to.match(/^javascript:/i);
  });
});

describe('spec review: inside a frame', () => {
  it('a page framed by another sends the link to the top window, even with target=_self', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<script type="module" src="${location.origin}/src/define.ts"></script>
      <mitid-button href="https://x.idura.broker/a"></mitid-button><mitid-button href="https://x.idura.broker/a" target="_self"></mitid-button>`;
    document.body.append(frame);
    try {
      const win = frame.contentWindow!;
      await new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
      await win.customElements.whenDefined('mitid-button');
      const buttons = [...win.document.querySelectorAll('mitid-button')];
      await Promise.all(buttons.map((b) => b.updateComplete));
      expect(buttons.map((b) => b.shadowRoot!.querySelector('a')!.getAttribute('target'))).to.deep.equal(['_top', '_top']);
    } finally {
      frame.remove();
    }
  });
});

describe('spec review: layout and states', () => {
  it('moved to another language context, it follows; removing action goes back to login', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><div lang="en" id="en"><mitid-button action="sign"></mitid-button></div><div lang="da" id="da"></div></div>`);
    const el = wrap.querySelector('mitid-button')!;
    expect(phraseOf(el)).to.equal(approvedPhrase('sign', 'en'));
    wrap.querySelector('#da')!.append(el);
    await settle(el);
    expect(phraseOf(el)).to.equal(approvedPhrase('sign', 'da'));
    el.setAttribute('shape', 'pill');
    el.setAttribute('type', 'reset');
    el.setAttribute('launch', 'popup');
    await settle(el);
    const warnings = await capture('warn', async () => {
      for (const attr of ['action', 'shape', 'type', 'launch']) el.removeAttribute(attr);
      await settle(el);
    });
    expect(phraseOf(el)).to.equal(approvedPhrase('login', 'da'));
    expect(warnings, 'a removed attribute is the default, not a bad value').to.deep.equal([]);
  });

  it('hover is a darker blue', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button></mitid-button>`);
    const r = el.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(r.left + 5), Math.round(r.top + 5)] });
    const hover = parseColor(getComputedStyle(control(el)).backgroundColor)!;
    const brand = parseColor(BRAND_BLUE)!;
    await sendMouse({ type: 'move', position: [0, 0] });
    expect(hover.r + hover.g + hover.b).to.be.lessThan(brand.r + brand.g + brand.b);
    expect(hover.b).to.be.greaterThan(hover.r);
  });

  it('on a right-to-left page the logo stays left of the text (as in the brand images)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl"><mitid-button><img slot="logo" alt="" width="20" height="20" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /></mitid-button></div>`);
    const el = wrap.querySelector('mitid-button')!;
    const logo = el.querySelector('img')!.getBoundingClientRect();
    const text = textSpan(el).getBoundingClientRect();
    expect(logo.right).to.be.at.most(text.left + 0.5);
  });

  it('a huge logo image does not change the 48px height', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button><img slot="logo" alt="" width="300" height="300" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /></mitid-button>`);
    expect(control(el).getBoundingClientRect().height).to.equal(BUTTON_HEIGHT_PX);
    expect(el.querySelector('img')!.getBoundingClientRect().height).to.be.at.most(BUTTON_HEIGHT_PX);
  });
});

describe('spec review: a loading link', () => {
  it('keeps the phrase, is busy, and a real click neither navigates nor launches', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button href="#spec-loading" loading></mitid-button>`);
    let launched = 0;
    el.addEventListener('mitid-launch', () => launched++);
    await click(el);
    expect(location.hash).not.to.equal('#spec-loading');
    expect(launched).to.equal(0);
    expect(control(el).getAttribute('aria-busy')).to.equal('true');
    expect(renderedText(el)).to.equal(approvedPhrase('login', 'da'));
  });
});
