// Hostile property values: a Symbol or a null-prototype object in any property never throws
// (not from updateComplete, not on click). (`lang` is the platform's own HTMLElement property.)
import { expect, fixture, html } from '@open-wc/testing';
import { capture, control, textSpan } from '../components/helpers.js';
import '../../src/define.js';

const PROPERTIES = ['action', 'href', 'target', 'launch', 'type', 'name', 'value', 'formAction', 'formMethod', 'formEnctype', 'formTarget', 'shape', 'disabled', 'loading', 'fullWidth', 'formNoValidate'] as const;
const VALUES: [string, () => unknown][] = [
  ['a Symbol', () => Symbol('x')],
  ['a null-prototype object', () => Object.create(null)],
  ['an object whose toString throws', () => ({ toString: () => { throw new Error('no'); } })],
];

describe('hostile property values', () => {
  for (const [what, make] of VALUES) {
    for (const prop of PROPERTIES) {
      it(`${prop} = ${what}: updateComplete resolves, the phrase stays, a click does not throw`, async () => {
        const form = await fixture<HTMLFormElement>(html`<form><mitid-button type="submit"></mitid-button></form>`);
        form.addEventListener('submit', (e) => e.preventDefault());
        const el = form.querySelector('mitid-button')!;
        await capture('warn', async () => {
          await capture('error', async () => {
            (el as unknown as Record<string, unknown>)[prop] = make();
            await el.updateComplete;
            control(el).click();
            await el.updateComplete;
          });
        });
        expect(textSpan(el).textContent).to.equal('Log ind med MitID');
      });
    }
  }
});
