// Server rendering with @lit-labs/ssr: the button's markup in declarative shadow DOM, no browser.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { PHRASE_LIST } from '../../src/core/index.js';
import '../../src/define.js';

describe('<mitid-button> server rendering', () => {
  it.each(PHRASE_LIST)('$action/$lang renders "$phrase" in a declarative shadow root', async ({ action, lang, phrase }) => {
    const out = await collectResult(render(html`<mitid-button action=${action} lang=${lang}></mitid-button>`));
    expect(out).toMatch(/<template shadowroot(mode)?="open"/);
    expect(out).toContain('shadowrootdelegatesfocus');
    expect(out).toContain(`lang="${lang}"`);
    expect(out).toContain(`>${phrase}<`);
    expect(out).toContain('<button');
  });

  it('renders a link for href, and refuses a javascript: href', async () => {
    const link = await collectResult(render(html`<mitid-button href="https://example.mitid.dk/"></mitid-button>`));
    expect(link).toMatch(/<a[^>]+href="https:\/\/example\.mitid\.dk\/"/);
    const refused = await collectResult(render(html`<mitid-button href="javascript:alert(1)"></mitid-button>`));
    const shadow = refused.slice(refused.indexOf('<template'));
    expect(shadow).not.toContain('href=');
    expect(shadow).toContain('aria-disabled="true"');
  });

  it('an unknown action renders the default phrase', async () => {
    const out = await collectResult(render(html`<mitid-button action="signup"></mitid-button>`));
    expect(out).toContain('>Log ind med MitID<');
  });
});
