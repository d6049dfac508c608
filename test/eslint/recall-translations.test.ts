/**
 * Issue 10, item 8: translations beyond t('key'): dictionaries in code indexed by a language,
 * imported JSON dictionaries, `??` fallbacks, custom translate helpers from the settings, label
 * props of CTA components, and helper calls whose argument becomes the button's text.
 */
import { resolve } from 'node:path';
import { code, testers } from './cases.js';
import { rules } from './helpers.js';

const rule = rules['approved-text'] as never;
const fixture = (name: string): string => resolve(import.meta.dirname, 'fixtures', name);
const helpers = { mitid: { translationFunctions: ['t', { name: 'Translate', property: 'label', text: true }, { name: '__', text: true }] } };
const DICT = "const texts = { da: { loginWith: 'Login med' }, en: { loginWith: 'Login with' } };\n";

testers.jsx.run('approved-text (jsx): translations beyond t(key)', rule, {
  valid: [
    { code: `${DICT}export const C = () => <p>{\`\${texts[lang].loginWith} MitID\`}</p>;\n`, filename: 'c.tsx' },
    { code: "const texts = { da: { cta: 'Log ind med MitID' }, en: { cta: 'Log on with MitID' } };\nexport const C = () => <button>{texts[lang].cta}</button>;\n", filename: 'c.tsx' },
    // Another key of the imported dictionary, on an ordinary button.
    { code: "import da from './locales/da.json';\nexport const C = () => <button>{da.home.title}</button>;\n", filename: fixture('c.tsx') },
    { code: "import da from './locales/da.json';\nexport const C = () => <button>{da.auth.ok}</button>;\n", filename: fixture('c.tsx') },
    { code: "export const C = () => <button onClick={go}>{Translate({ context: 'login', label: 'Log ind med MitID' })}</button>;\n", filename: 'c.tsx', settings: helpers },
    // Without the setting, the helper is unknown: nothing to judge.
    { code: "export const C = () => <button onClick={go}>{Translate({ context: 'login', label: 'Login med MitID' })}</button>;\n", filename: 'c.tsx' },
    { code: '<Card title="Login with MitID" />'.replace(/^/, 'export const C = () => ') + ';\n', filename: 'c.tsx' },
    { code: "createMitIDButton('#mitid-container');\nrenderMitIDButton(el, { label: 'Log ind med MitID' });\n", filename: 'c.tsx' },
  ],
  invalid: [
    { code: `${DICT}export const C = () => <button className="mitid-btn">{\`\${texts[lang].loginWith} MitID\`}</button>;\n`, filename: 'c.tsx', errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login med MitID', phrase: 'Log ind med MitID' } }, { messageId: 'useApprovedPhrase', data: { text: 'Login with MitID', phrase: 'Log on with MitID' } }] },
    { code: "import da from './locales/da.json';\nexport const C = () => <button>{da.auth.mitid}</button>;\n", filename: fixture('c.tsx'), errors: [{ messageId: 'useApprovedPhraseInCatalog', data: { key: 'auth.mitid', lang: 'da.json', text: 'Login med MitID', phrase: 'Log ind med MitID' } }] },
    { code: "export const C = () => <button onClick={go}>{t.cta ?? 'Continue with MitID'}</button>;\n", filename: 'c.tsx', errors: [{ messageId: 'useApprovedPhrase', suggestions: [{ messageId: 'replaceWithPhrase', output: "export const C = () => <button onClick={go}>{t.cta ?? 'Log on with MitID'}</button>;\n" }] }] },
    // An imported dictionary's MitID key identifies the CTA; its other state is reported.
    { code: "export const C = () => <button onClick={go}>{busy ? 'Vent…' : t.login.mitid}</button>;\n", filename: 'c.tsx', errors: [{ messageId: 'notAPhrase', data: { text: 'Vent…', phrases: '"Log ind med MitID" or "Log on with MitID"' } }] },
    { code: "export const C = () => <button onClick={go}>{Translate({ context: 'login', label: 'Login med MitID' })}</button>;\n", filename: 'c.tsx', settings: helpers, errors: [{ messageId: 'useApprovedPhrase', suggestions: [{ messageId: 'replaceWithPhrase', output: "export const C = () => <button onClick={go}>{Translate({ context: 'login', label: 'Log ind med MitID' })}</button>;\n" }] }] },
    { code: "export const C = () => <a href=\"/login\">{__('Sign in with MitID')}</a>;\n", filename: 'c.tsx', settings: helpers, errors: [{ messageId: 'useApprovedPhrase', suggestions: [{ messageId: 'replaceWithPhrase', output: "export const C = () => <a href=\"/login\">{__('Log on with MitID')}</a>;\n" }] }] },
    { code: code('jsx', '<MitIDButton label="Login with MitID" />'), filename: 'c.tsx', errors: [{ messageId: 'useApprovedPhrase', suggestions: [{ messageId: 'replaceWithPhrase', output: code('jsx', '<MitIDButton label="Log on with MitID" />') }] }] },
    { code: code('jsx', '<Button buttonLabel="Sign in with MitID" onClick={go} />'), filename: 'c.tsx', errors: [{ messageId: 'useApprovedPhrase', suggestions: [{ messageId: 'replaceWithPhrase', output: code('jsx', '<Button buttonLabel="Log on with MitID" onClick={go} />') }] }] },
    { code: "renderMitIDButton('Log ind med MitId');\n", filename: 'c.tsx', errors: [{ messageId: 'useApprovedPhrase', suggestions: [{ messageId: 'replaceWithPhrase', output: "renderMitIDButton('Log ind med MitID');\n" }] }] },
    { code: "createMitIDButton('#container', { label: 'Log ind' });\n", filename: 'c.tsx', errors: [{ messageId: 'notAPhrase', data: { text: 'Log ind', phrases: '"Log ind med MitID" or "Log on with MitID"' } }] },
  ],
});

testers.lit.run('approved-text (lit): dictionaries and fallbacks', rule, {
  valid: [{ code: `import { html } from 'lit';\n${DICT}export const t = html\`<p>\${texts[lang].loginWith} MitID</p>\`;\n`, filename: 'x.ts' }],
  invalid: [
    { code: `import { html } from 'lit';\n${DICT}export const t = html\`<button class="mitid-btn">\${texts[lang].loginWith} MitID</button>\`;\n`, filename: 'x.ts', errors: [{ messageId: 'useApprovedPhrase' }, { messageId: 'useApprovedPhrase' }] },
    { code: "import { html } from 'lit';\nexport const t = html`<button @click=${go}>${this.t?.cta ?? 'Fortsæt med MitID'}</button>`;\n", filename: 'x.ts', errors: [{ messageId: 'useApprovedPhrase', suggestions: [{ messageId: 'replaceWithPhrase', output: "import { html } from 'lit';\nexport const t = html`<button @click=${go}>${this.t?.cta ?? 'Log ind med MitID'}</button>`;\n" }] }] },
  ],
});

testers.vue.run('approved-text (vue): label props and helpers', rule, {
  valid: [
    { code: '<template><MitidButton :button-label="$t(\'auth.ok\')" /></template>\n', filename: 'L.vue', settings: { mitid: { catalogs: { da: fixture('locales/da.json') } } } },
    { code: '<template><BaseButton label="Gem" /></template>\n', filename: 'L.vue' },
  ],
  invalid: [
    { code: '<template><MitidButton :button-label="$t(\'auth.mitid\')" /></template>\n', filename: 'L.vue', settings: { mitid: { catalogs: { da: fixture('locales/da.json') } } }, errors: [{ messageId: 'useApprovedPhraseInCatalog', data: { key: 'auth.mitid', lang: 'da', text: 'Login med MitID', phrase: 'Log ind med MitID' } }] },
    { code: '<template><BaseButton label="Continue with MitID" @click="go" /></template>\n', filename: 'L.vue', errors: [{ messageId: 'useApprovedPhrase', suggestions: [{ messageId: 'replaceWithPhrase', output: '<template><BaseButton label="Log on with MitID" @click="go" /></template>\n' }] }] },
  ],
});
