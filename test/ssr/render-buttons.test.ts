// mitid-ux-kit/ssr: <mitid-button> tags in a finished page get their declarative shadow DOM.
import { describe, expect, it } from 'vitest';
import { renderMitIDButtons } from '../../src/ssr.js';
import { approvedPhrase } from '../../src/core/index.js';

const page = (body: string, lang = 'en'): string => `<!doctype html><html lang="${lang}"><head></head><body>${body}</body></html>`;

describe('renderMitIDButtons', () => {
  it('adds the shadow root with the phrase after each opening tag and keeps the attributes as written', async () => {
    const input = page('<form><mitid-button id="submit" type="submit" action="sign" name="via" value="mitid" loading="false"></mitid-button></form><mitid-button id="link" href="#x" title="a > b"></mitid-button>');
    const out = await renderMitIDButtons(input);
    expect(out).toContain('<mitid-button id="submit" type="submit" action="sign" name="via" value="mitid" loading="false"><template shadowroot');
    expect(out).toContain('<mitid-button id="link" href="#x" title="a > b"><template shadowroot');
    expect(out).toContain(`>${approvedPhrase('sign', 'en')}<`);
    expect(out).toContain(`>${approvedPhrase('login', 'en')}<`);
    expect(out.match(/<template shadowroot/g)).toHaveLength(2);
    // loading="false" is off: no spinner in the server HTML.
    expect(out.slice(0, out.indexOf('id="link"'))).not.toContain('class="spinner"');
  });

  it('takes the language from the element, else from <html lang>, without adding an attribute', async () => {
    const out = await renderMitIDButtons(page('<mitid-button></mitid-button><mitid-button lang="da" action="approve"></mitid-button>'));
    expect(out).toContain(`>${approvedPhrase('login', 'en')}<`);
    expect(out).toContain(`>${approvedPhrase('approve', 'da')}<`);
    expect(out).toContain('<mitid-button><template');
  });

  it('takes the language of a body chunk without <html> from the options', async () => {
    expect(await renderMitIDButtons('<mitid-button></mitid-button>', { lang: 'en' })).toContain(`>${approvedPhrase('login', 'en')}<`);
    expect(await renderMitIDButtons('<mitid-button></mitid-button>')).toContain(`>${approvedPhrase('login', 'da')}<`);
  });

  it('leaves a page without the tag, and a tag already rendered, unchanged', async () => {
    const plain = page('<p>Log ind med MitID nedenfor</p><mitid-buttons></mitid-buttons>');
    expect(await renderMitIDButtons(plain)).toBe(plain);
    const once = await renderMitIDButtons(page('<mitid-button action="sign"></mitid-button>'));
    expect(await renderMitIDButtons(once)).toBe(once);
  });

  it('refuses an unsafe href in the server HTML too', async () => {
    const out = await renderMitIDButtons(page('<mitid-button href="javascript:alert(1)"></mitid-button>'));
    const shadow = out.slice(out.indexOf('<template'));
    expect(shadow).not.toContain('javascript:');
    expect(shadow).toContain('aria-disabled="true"');
  });
});
