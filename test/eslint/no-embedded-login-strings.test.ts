// mitid/no-embedded-login reads markup in strings and untagged template literals like an .html
// file (`el.innerHTML = '<iframe src="…">'`), as approved-text and button-style do: a frame of the
// MitID login there is as embedded as one written in a template. Frames of other pages, hidden
// frames, tagged templates (their own framework) and test files' strings stay silent.
import { litTester, rules } from './helpers.js';

const rule = rules['no-embedded-login'] as never;
const embedded = (line: number, column: number, tag = 'iframe') => ({ messageId: 'embedded', data: { tag }, line, column });

litTester.run('no-embedded-login: markup in strings', rule, {
  valid: [
    { code: "el.innerHTML = '<iframe src=\"https://www.youtube.com/embed/abc\"></iframe>';", filename: 'src/help.js' },
    { code: "el.innerHTML = '<p>Log ind med MitID: https://acme.idura.broker/oauth2/authorize</p>';", filename: 'src/text.js' },
    { code: "el.innerHTML = '<iframe hidden src=\"https://acme.idura.broker/oauth2/authorize?acr_values=urn:grn:authn:dk:mitid:substantial\"></iframe>';", filename: 'src/hidden.js' },
    { code: 'el.innerHTML = `<iframe width="0" height="0" src="https://acme.idura.broker/oauth2/authorize?state=${s}"></iframe>`;', filename: 'src/silent.js' },
    { code: "const url = 'https://acme.idura.broker/oauth2/authorize?acr_values=urn:grn:authn:dk:mitid:substantial';\nlocation.assign(url);", filename: 'src/redirect.js' },
    { code: "const help: string = '<iframe title=\"Video om MitID\" src=\"https://www.youtube-nocookie.com/embed/x\"></iframe>';", filename: 'src/help.ts' },
    { code: "expect(html).not.toContain('<iframe src=\"https://acme.idura.broker/oauth2/authorize\"></iframe>');", filename: 'src/__tests__/embed.test.js' },
  ],
  invalid: [
    {
      code: 'export function showLogin(el, state) {\n  el.innerHTML = `<iframe src="https://acme.idura.broker/oauth2/authorize?client_id=web&state=${state}" width="400" height="660"></iframe>`;\n}\n',
      filename: 'src/embed.js',
      errors: [embedded(2, 20)],
    },
    {
      code: "el.innerHTML = '<div class=\"box\"><iframe src=\"https://acme.idura.broker/oauth2/authorize?client_id=web&acr_values=urn:grn:authn:dk:mitid:substantial\"></iframe></div>';",
      filename: 'src/embed2.js',
      errors: [embedded(1, 35)],
    },
    {
      code: "res.send('<object data=\"https://acme.idura.broker/oauth2/authorize?acr_values=urn:grn:authn:dk:mitid:substantial\"></object>');",
      filename: 'server/frame.js',
      errors: [embedded(1, 12, 'object')],
    },
    {
      code: "export const box = (el: HTMLElement): void => {\n  el.insertAdjacentHTML('beforeend', '<iframe src=\"https://acme.idura.broker/oauth2/authorize?acr_values=urn:grn:authn:dk:mitid:substantial\"></iframe>');\n};\n",
      filename: 'src/box.ts',
      errors: [embedded(2, 40)],
    },
  ],
});
