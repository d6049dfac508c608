import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MitIDButton } from '../../src/index.js';
import { control } from './helpers.js';
import '../../src/define.js';

/** Submits never leave the page: the test collects the submit event and prevents navigation. */
function submits(form: HTMLFormElement): SubmitEvent[] {
  const events: SubmitEvent[] = [];
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    events.push(e);
  });
  return events;
}

describe('<mitid-button> in a form', () => {
  it('type=submit submits with its name/value, and the submitter is in the form data', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><input name="user" value="a" /><mitid-button type="submit" name="via" value="mitid"></mitid-button></form>`,
    );
    const events = submits(form);
    const el = form.querySelector('mitid-button')!;
    await el.updateComplete;
    control(el).click();
    expect(events.length).to.equal(1);
    const submitter = events[0]!.submitter!;
    expect(el.contains(submitter)).to.equal(true);
    const data = new FormData(form, submitter);
    expect(data.get('via')).to.equal('mitid');
    expect(data.get('user')).to.equal('a');
  });

  it('keyboard: Enter and Space on the focused button submit', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><mitid-button type="submit" name="k" value="v"></mitid-button></form>`);
    const events = submits(form);
    const el = form.querySelector('mitid-button')!;
    await el.updateComplete;
    el.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(events.length).to.equal(2);
  });

  it('Enter in a field submits the form with the button as submitter (implicit submission)', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><input name="a" /><input name="b" /><mitid-button type="submit" name="via" value="enter"></mitid-button></form>`,
    );
    const events = submits(form);
    await form.querySelector('mitid-button')!.updateComplete;
    form.querySelector('input')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(events.length).to.equal(1);
    expect(new FormData(form, events[0]!.submitter).get('via')).to.equal('enter');
  });

  it('formaction and formmethod reach the submitter', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><mitid-button type="submit" formaction="/login" formmethod="post"></mitid-button></form>`);
    const events = submits(form);
    const el = form.querySelector('mitid-button')!;
    await el.updateComplete;
    el.click();
    const submitter = events[0]!.submitter as HTMLButtonElement;
    expect(new URL(submitter.formAction).pathname).to.equal('/login');
    expect(submitter.formMethod).to.equal('post');
  });

  it('the form attribute associates a button outside the form', async () => {
    const wrap = await fixture(html`<div><form id="far"></form><mitid-button type="submit" form="far" name="n" value="1"></mitid-button></div>`);
    const form = wrap.querySelector('form')!;
    const events = submits(form);
    const el = wrap.querySelector('mitid-button')!;
    await el.updateComplete;
    expect(el.form).to.equal(form);
    el.click();
    expect(events.length).to.equal(1);
  });

  it('type=reset resets the form', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><input value="start" /><mitid-button type="reset"></mitid-button></form>`);
    const input = form.querySelector('input')!;
    input.value = 'changed';
    control(form.querySelector('mitid-button')!).click();
    expect(input.value).to.equal('start');
  });

  it('type=button (default) does not submit', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><mitid-button></mitid-button></form>`);
    const events = submits(form);
    control(form.querySelector('mitid-button')!).click();
    expect(events.length).to.equal(0);
  });

  it('a disabled fieldset disables it: no click, no submit, no implicit submission', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><fieldset disabled><mitid-button type="submit"></mitid-button></fieldset><input name="x" /></form>`,
    );
    const events = submits(form);
    const el = form.querySelector('mitid-button')!;
    await el.updateComplete;
    expect((control(el) as HTMLButtonElement).disabled).to.equal(true);
    el.click();
    form.querySelector('input')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(events.length).to.equal(0);
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect((control(el) as HTMLButtonElement).disabled).to.equal(false);
  });

  it('disabled and loading buttons do not submit', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><mitid-button type="submit" disabled></mitid-button><mitid-button type="submit" loading></mitid-button></form>`,
    );
    const events = submits(form);
    for (const el of form.querySelectorAll('mitid-button')) {
      await el.updateComplete;
      el.click();
      control(el).click();
    }
    expect(events.length).to.equal(0);
  });
});

describe('<mitid-button> as a link', () => {
  it('renders <a href> with target, and _blank adds rel="noopener noreferrer"', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button href="https://example.mitid.dk/" target="_blank"></mitid-button>`);
    const a = control(el) as HTMLAnchorElement;
    expect(a.localName).to.equal('a');
    expect(a.getAttribute('href')).to.equal('https://example.mitid.dk/');
    expect(a.target).to.equal('_blank');
    expect(a.rel).to.equal('noopener noreferrer');
  });

  it('a disabled link drops its href and says aria-disabled', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button disabled href="https://example.mitid.dk/"></mitid-button>`);
    const a = control(el);
    expect(a.hasAttribute('href')).to.equal(false);
    expect(a.getAttribute('aria-disabled')).to.equal('true');
    el.disabled = false;
    await el.updateComplete;
    expect(control(el).getAttribute('href')).to.equal('https://example.mitid.dk/');
  });

  for (const url of ['javascript:alert(1)', ' JAVASCRIPT:alert(2)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)']) {
    it(`refuses ${JSON.stringify(url)} with a console error`, async () => {
      const original = console.error;
      const errors: string[] = [];
      console.error = (...args: unknown[]) => errors.push(args.join(' '));
      try {
        const el = await fixture<MitIDButton>(html`<mitid-button href=${url}></mitid-button>`);
        expect(control(el).hasAttribute('href')).to.equal(false);
        expect(control(el).getAttribute('aria-disabled')).to.equal('true');
      } finally {
        console.error = original;
      }
      expect(errors.length).to.equal(1);
      expect(errors[0]).to.contain(url);
    });
  }

  it('Enter on the focused link activates it', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button href="#mitid-enter"></mitid-button>`);
    let clicks = 0;
    el.addEventListener('click', (e) => {
      e.preventDefault();
      clicks++;
    });
    el.focus();
    await sendKeys({ press: 'Enter' });
    expect(clicks).to.equal(1);
  });
});
