// <mitid-button> in forms and frames, as frameworks and hostile pages use it: booleans written
// "false", markup a framework hydrates, named frames, script URLs, a page that fakes `self`.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import type { MitIDButton } from '../../src/index.js';
import { capture, control } from '../components/helpers.js';
import '../../src/define.js';

function submits(form: HTMLFormElement): SubmitEvent[] {
  const events: SubmitEvent[] = [];
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    events.push(e);
  });
  return events;
}

const centre = (el: Element): [number, number] => {
  const r = el.getBoundingClientRect();
  return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
};

describe('boolean attributes written "false" (React 18, Vue, Svelte serialisers)', () => {
  afterEach(() => resetMouse());

  it('disabled="false" loading="false" full-width="false": an enabled, idle, inline button', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button disabled="false" loading="false" full-width="false"></mitid-button>`);
    const button = control(el) as HTMLButtonElement;
    expect(button.disabled).to.equal(false);
    expect(button.hasAttribute('aria-busy')).to.equal(false);
    expect(el.shadowRoot!.querySelector('.spinner')).to.equal(null);
    expect(getComputedStyle(el).display).to.equal('inline-block');
    expect([el.disabled, el.loading, el.fullWidth]).to.deep.equal([false, false, false]);
  });

  it('a real mouse click and the keyboard reach a disabled="false" submit button', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><mitid-button type="submit" disabled="false" name="via" value="mouse"></mitid-button></form>`);
    const events = submits(form);
    const el = form.querySelector('mitid-button')!;
    await el.updateComplete;
    await sendMouse({ type: 'click', position: centre(el) });
    expect(events.length, 'mouse').to.equal(1);
    expect(new FormData(form, events[0]!.submitter).get('via')).to.equal('mouse');
    el.focus();
    await sendKeys({ press: 'Enter' });
    expect(events.length, 'Enter').to.equal(2);
  });

  it('formnovalidate="false" validates the form like a native button', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><input name="q" required /><mitid-button type="submit" formnovalidate="false"></mitid-button></form>`);
    const events = submits(form);
    form.querySelector('mitid-button')!.click();
    expect(events.length).to.equal(0);
  });

  it('a property set to the string "false" (a framework property binding) is off', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button></mitid-button>`);
    (el as unknown as { disabled: string }).disabled = 'false';
    (el as unknown as { loading: string }).loading = 'false';
    await el.updateComplete;
    expect((control(el) as HTMLButtonElement).disabled).to.equal(false);
    expect(control(el).hasAttribute('aria-busy')).to.equal(false);
  });
});

describe('hydration: no light-DOM child the server did not send', () => {
  it('a submit button adds no child until the user acts, then keeps native semantics', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><input name="a" /><input name="b" /><mitid-button type="submit" name="via" value="x"></mitid-button></form>`);
    const el = form.querySelector('mitid-button')!;
    await el.updateComplete;
    el.name = 'via2';
    await el.updateComplete;
    expect(el.childNodes.length, 'children before any user action').to.equal(0);
    const events = submits(form);
    form.querySelector('input')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(events.length).to.equal(1);
    expect(new FormData(form, events[0]!.submitter).get('via2')).to.equal('x');
  });

  it('Enter in a field of a form with a native submit button first: the native one submits', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><input name="a" /><button name="native" value="1">Go</button><mitid-button type="submit" name="via" value="x"></mitid-button></form>`);
    const events = submits(form);
    form.querySelector('input')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(events.length).to.equal(1);
    expect((events[0]!.submitter as HTMLButtonElement).name).to.equal('native');
  });

  it('Enter in a textarea does not submit', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><textarea></textarea><mitid-button type="submit"></mitid-button></form>`);
    const events = submits(form);
    form.querySelector('textarea')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(events.length).to.equal(0);
  });
});

describe('the login never in a frame (L1): form targets, script URLs', () => {
  it('formtarget naming a frame is refused: the submission stays in the window', async () => {
    const wrap = await fixture(html`<div><iframe name="loginframe"></iframe><form><mitid-button type="submit" formtarget="loginframe"></mitid-button></form></div>`);
    const form = wrap.querySelector('form')!;
    const events = submits(form);
    const warnings = await capture('warn', () => form.querySelector('mitid-button')!.click());
    expect(events.length).to.equal(1);
    expect((events[0]!.submitter as HTMLButtonElement).formTarget).to.equal('_self');
    expect(warnings.join('\n')).to.contain('loginframe');
  });

  it("the form's own target naming a frame is refused too", async () => {
    const wrap = await fixture(html`<div><iframe name="mitidframe"></iframe><form target="mitidframe"><mitid-button type="submit"></mitid-button></form></div>`);
    const form = wrap.querySelector('form')!;
    const events = submits(form);
    await capture('warn', () => form.querySelector('mitid-button')!.click());
    expect((events[0]!.submitter as HTMLButtonElement).formTarget).to.equal('_self');
  });

  it('a page <base target="frame"> applies neither to the link nor to the submission', async () => {
    const base = document.createElement('base');
    base.target = 'loginframe';
    document.head.append(base);
    try {
      const link = await fixture<MitIDButton>(html`<mitid-button href="https://acme.idura.broker/a"></mitid-button>`);
      expect((control(link) as HTMLAnchorElement).target).to.equal('_self');
      const form = await fixture<HTMLFormElement>(html`<form><mitid-button type="submit"></mitid-button></form>`);
      const events = submits(form);
      form.querySelector('mitid-button')!.click();
      expect((events[0]!.submitter as HTMLButtonElement).formTarget).to.equal('_self');
    } finally {
      base.remove();
    }
  });

  for (const where of ['formaction', 'form action'] as const) {
    it(`${where}="javascript:…" is refused: nothing runs, nothing submits, the console says so`, async () => {
      const w = window as unknown as { mitidPwned?: boolean };
      delete w.mitidPwned;
      const url = `javascript:window.mitidPwned=true // ${where}`;
      const form = await fixture<HTMLFormElement>(
        where === 'formaction' ? html`<form><mitid-button type="submit" formaction=${url}></mitid-button></form>` : html`<form action=${url}><mitid-button type="submit"></mitid-button></form>`,
      );
      let submitted = 0;
      form.addEventListener('submit', () => submitted++);
      const errors = await capture('error', async () => {
        form.querySelector('mitid-button')!.click();
        await new Promise((r) => setTimeout(r, 50));
      });
      expect(w.mitidPwned).to.equal(undefined);
      expect(submitted).to.equal(0);
      expect(errors.join('\n')).to.contain('javascript:');
    });
  }

  it('blob: and filesystem: URLs are refused as href (a page the site made, never the MitID login)', async () => {
    const blob = URL.createObjectURL(new Blob(['<h1>MitID</h1>'], { type: 'text/html' }));
    for (const url of [blob, 'filesystem:https://acme.dk/temporary/login.html']) {
      const errors = await capture('error', async () => {
        const el = await fixture<MitIDButton>(html`<mitid-button href=${url}></mitid-button>`);
        expect(control(el).hasAttribute('href'), url).to.equal(false);
        expect(control(el).getAttribute('aria-disabled')).to.equal('true');
      });
      expect(errors.join('\n')).to.contain(url.slice(0, 30));
    }
    URL.revokeObjectURL(blob);
  });
});

describe('the login never in a frame (L1): popup and frame detection', () => {
  it('launch="popup" opens an unnamed window: a page <iframe name="mitid"> never receives the login', async () => {
    const wrap = await fixture(html`<div><iframe name="mitid"></iframe><mitid-button href="/?mitid-popup-probe" launch="popup"></mitid-button></div>`);
    const frame = wrap.querySelector('iframe')!;
    const el = wrap.querySelector('mitid-button')!;
    await el.updateComplete;
    const open = window.open;
    const opened: (Window | null)[] = [];
    window.open = (...args: Parameters<typeof window.open>) => {
      const w = open.apply(window, args);
      opened.push(w);
      return w;
    };
    try {
      control(el).click();
      await new Promise((r) => setTimeout(r, 300));
      expect(frame.contentWindow!.location.href).to.equal('about:blank');
      expect(opened.length).to.equal(1);
    } finally {
      window.open = open;
      for (const w of opened) w?.close();
    }
  });

  it('a frame whose script sets window.self = top is still a frame: the link targets _top', async () => {
    const frame = document.createElement('iframe');
    const define = new URL('../../src/define.ts', import.meta.url).pathname;
    frame.srcdoc = `<script>window.self = window.top; window.parent = window;</script><script type="module" src="${define}"></script><mitid-button href="https://example.mitid.dk/x"></mitid-button>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as Window & typeof globalThis;
      expect(win.self === win.top, 'the page did fake self').to.equal(true);
      await win.customElements.whenDefined('mitid-button');
      const el = win.document.querySelector('mitid-button') as MitIDButton;
      await el.updateComplete;
      expect((control(el) as HTMLAnchorElement).target).to.equal('_top');
    } finally {
      frame.remove();
    }
  });
});
