// gettext-style helpers show their first argument when no catalog has it (WordPress `__`/`_x`,
// Drupal.t, vue3-gettext's $gettext): with no translationFunctions in the settings, that source
// text is the button's text. A key-shaped argument (`__('auth.mitid')`, Laravel) stays a key.
import { at, valid } from './cases.js';
import { jsxTester, litTester, rules, vueTester } from './helpers.js';

const rule = rules['approved-text'] as never;
const jsx = (expr: string): string => `<button class="mitid-btn">{${expr}}</button>`;

jsxTester.run('approved-text: gettext helpers (jsx)', rule, {
  valid: [
    valid('jsx', jsx("__('Log ind med MitID', 'my-plugin')")),
    valid('jsx', jsx("__('auth.mitid')")),
    valid('jsx', jsx("__('LOGIN_MITID')")),
    valid('jsx', "<p>{__('Du skal bruge MitID for at logge ind')}</p>"),
    // A list in the settings replaces the defaults: `__` is then an unknown function.
    valid('jsx', jsx("__('Login with MitID')"), { settings: { mitid: { translationFunctions: ['t'] } } }),
  ],
  invalid: [
    at('jsx', jsx("__('Login with MitID', 'my-plugin')"), { errors: 1 }),
    at('jsx', jsx("Drupal.t('Login with MitID')"), { errors: 1 }),
    at('jsx', jsx("wp.i18n._x('Log ind via MitID', 'button')"), { errors: 1 }),
  ],
});

vueTester.run('approved-text: gettext helpers (vue)', rule, {
  valid: [valid('vue', `<button class="mitid-btn">{{ $gettext('Log ind med MitID') }}</button>`)],
  invalid: [at('vue', `<button class="mitid-btn">{{ $gettext('Login med MitID') }}</button>`, { errors: 1 })],
});

litTester.run('approved-text: gettext helpers (lit)', rule, {
  valid: [],
  invalid: [at('lit', "<button class=\"mitid-btn\" @click=${go}>${__('Login with MitID')}</button>", { errors: 1 })],
});
