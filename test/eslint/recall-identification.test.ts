/**
 * Issue 10, items 1 to 5: state texts in branches, near misses with off-list verbs, text split
 * over children (responsive, screen-reader-only), logo/icon/aria-label-only CTAs, and CTAs
 * identified by what their click handler does. Every framework, with the negative cases.
 */
import { at, code, FRAMEWORKS, testers, valid, type Fw } from './cases.js';
import { rules } from './helpers.js';

const rule = rules['approved-text'] as never;

/** A two-way branch in the framework's own syntax. */
function branch(fw: Exclude<Fw, 'html'>, a: string, b: string): string {
  if (fw === 'jsx') return `{busy ? '${a}' : '${b}'}`;
  if (fw === 'lit') return `\${busy ? '${a}' : '${b}'}`;
  return `{{ busy ? '${a}' : '${b}' }}`;
}

for (const fw of ['jsx', 'lit', 'vue'] as const) {
  testers[fw].run(`approved-text (${fw}): every state text of a MitID CTA`, rule, {
    valid: [
      valid(fw, `<button>${branch(fw, 'Log ind med MitID', 'Log ind med MitID')}</button>`),
      // Neither branch makes it a MitID CTA: an ordinary button.
      valid(fw, `<button>${branch(fw, 'Gemmer…', 'Gem')}</button>`),
      // A paragraph's branches are no CTA.
      valid(fw, `<p>${branch(fw, 'Logger ind…', 'Log ind med MitID')}</p>`),
    ],
    invalid: [
      at(fw, `<button onclick="go">${branch(fw, 'Logger ind…', 'Log ind med MitID')}</button>`, { errors: [{ messageId: 'notAPhrase', data: { text: 'Logger ind…', phrases: '"Log ind med MitID" or "Log on with MitID"' } }] }),
      at(fw, `<a href="/login">${branch(fw, 'Prøv igen', 'Log on with MitID')}</a>`, { errors: [{ messageId: 'notAPhrase', data: { text: 'Prøv igen', phrases: '"Log ind med MitID" or "Log on with MitID"' } }] }),
      // A code name identifies it as well; both wrong states are reported.
      at(fw, `<button class="mitid-btn">${branch(fw, 'Vent…', 'Login')}</button>`, { errors: [{ messageId: 'notAPhrase' }, { messageId: 'notAPhrase' }] }),
    ],
  });
}

/** A state that renders only a spinner, in the framework's own syntax. */
const SPINNER: Record<'jsx' | 'lit' | 'vue', [string, string]> = {
  jsx: ["<button onclick=\"go\">{busy ? <Spinner /> : 'Log ind med MitID'}</button>", "<button onclick=\"go\">{busy ? null : 'Log ind med MitID'}</button>"],
  lit: ["<button onclick=\"go\">${busy ? html`<span class=\"spinner\"></span>` : 'Log ind med MitID'}</button>", "<button onclick=\"go\">${busy ? '' : 'Log ind med MitID'}</button>"],
  vue: ['<button onclick="go"><Spinner v-if="busy" /><span v-else>Log ind med MitID</span></button>', '<button onclick="go"><span v-if="busy"></span>Log ind med MitID</button>'],
};

for (const fw of ['jsx', 'lit', 'vue'] as const) {
  testers[fw].run(`approved-text (${fw}): a spinner-only state`, rule, {
    valid: [valid(fw, SPINNER[fw][1]), valid(fw, SPINNER[fw][0].replace('Log ind med MitID', 'Gem'))],
    invalid: [at(fw, SPINNER[fw][0], { errors: [{ messageId: 'noTextInState' }] })],
  });
}

const OFF_LIST: [string, string][] = [
  ['Continue with MitID', 'Log on with MitID'],
  ['Fortsæt med MitID', 'Log ind med MitID'],
  ['Sign In with MitID', 'Log on with MitID'],
  ['Connect with MitID', 'Log on with MitID'],
  ['LOG IND — MITID', 'Log ind med MitID'],
];

for (const fw of FRAMEWORKS) {
  testers[fw].run(`approved-text (${fw}): split text, logo-only, icon-only, behaviour`, rule, {
    valid: [
      valid(fw, '<button>Log ind med <br>MitID</button>'.replace('<br>', fw === 'jsx' ? '' : '<br>')),
      valid(fw, '<button>Log ind med <strong>MitID</strong></button>'),
      valid(fw, '<button><span class="sr-only">Åbner i et nyt vindue: </span>Log ind med MitID</button>'),
      valid(fw, '<button class="mitid-btn"><img src="/mitid-logo.svg" alt=""><span>Log ind med MitID</span></button>'),
      // An icon button without anything that says MitID is somebody else's business.
      valid(fw, '<button aria-label="Luk"><svg></svg></button>'),
      // A handler that names MitID only as data (a settings page) does not make a CTA.
      valid(fw, '<button onclick="setMethod">Vælg</button>'),
      // A heading and a help link stay silent, whatever their verbs.
      valid(fw, '<h3>Continue with MitID</h3><a href="/hjaelp">Hjælp til MitID</a>'),
    ],
    invalid: [
      ...OFF_LIST.map(([text, phrase]) =>
        at(fw, `<button>${text}</button>`, { errors: [{ messageId: 'useApprovedPhrase', data: { text, phrase }, suggestions: [{ messageId: 'replaceWithPhrase', output: code(fw, `<button>${phrase}</button>`) }] }] }),
      ),
      // Responsive text: phones see the short form.
      at(fw, '<button>Fortsæt <span class="hidden sm:inline">med MitID</span></button>', {
        errors: [
          { messageId: 'useApprovedPhrase', data: { text: 'Fortsæt med MitID', phrase: 'Log ind med MitID' } },
          { messageId: 'notAPhrase', data: { text: 'Fortsæt', phrases: '"Log ind med MitID" or "Log on with MitID"' } },
        ],
      }),
      at(fw, '<button>Log ind med <span class="d-none d-md-inline">MitID</span></button>', { errors: [{ messageId: 'notAPhrase', data: { text: 'Log ind med', phrases: '"Log ind med MitID" or "Log on with MitID"' } }] }),
      // Logo-only and aria-label-only: one report each, never one reading "".
      at(fw, '<button class="x"><img src="/img/mitid.svg" alt=""></button>', { errors: [{ messageId: 'noVisibleText' }] }),
      at(fw, '<button aria-label="Log ind med MitID"><svg></svg></button>', { errors: [{ messageId: 'noVisibleText' }] }),
      at(fw, '<a href="/auth" aria-label="Login with MitID"><img src="/logo.svg" alt=""></a>', { errors: [{ messageId: 'noVisibleText' }] }),
      // Behaviour: the click handler's name, and test ids, name MitID.
      at(fw, '<button onclick="loginWithMitId">Login</button>', { errors: [{ messageId: 'notAPhrase', data: { text: 'Login', phrases: '"Log ind med MitID" or "Log on with MitID"' } }] }),
      at(fw, '<button onclick="handleMitIDLogin">Log ind</button>', { errors: [{ messageId: 'notAPhrase' }] }),
      at(fw, '<button data-testid="mitid-login-button">Fortsæt</button>', { errors: [{ messageId: 'notAPhrase' }] }),
      at(fw, '<button data-cy="mitid">Log ind</button>', { errors: [{ messageId: 'notAPhrase' }] }),
    ],
  });
}

// The same file's functions: a handler that starts a MitID login identifies the CTA.
testers.jsx.run('approved-text (jsx): handlers that start a MitID login', rule, {
  valid: [
    { code: "function pick() { setMethod('mitid'); }\nexport const C = () => <button onClick={pick}>MitID</button>;\n", filename: 'c.tsx' },
    { code: "const ACR = 'urn:grn:authn:dk:mitid:substantial';\nfunction go() { login(ACR); }\nexport const C = () => <button onClick={go}>Log ind med MitID</button>;\n", filename: 'c.tsx' },
    { code: "function go() { signIn('google'); }\nexport const C = () => <button onClick={go}>Log ind</button>;\n", filename: 'c.tsx' },
  ],
  invalid: [
    { code: "const ACR = 'urn:grn:authn:dk:mitid:substantial';\nfunction go() { login(ACR, redirectUri); }\nexport const C = () => <Button onPress={go}>Log ind</Button>;\n", filename: 'c.tsx', errors: [{ messageId: 'notAPhrase', data: { text: 'Log ind', phrases: '"Log ind med MitID" or "Log on with MitID"' } }] },
    { code: "export function C() {\n  const start = () => authClient.signIn.social({ provider: 'mitid' });\n  return <button onClick={start}>Fortsæt</button>;\n}\n", filename: 'c.tsx', errors: [{ messageId: 'notAPhrase' }] },
    { code: "const go = () => { window.location.href = `https://x.idura.broker/oauth2/authorize?acr_values=urn:grn:authn:dk:mitid:low&state=${s}`; };\nexport const C = () => <button onClick={go}>Sign in</button>;\n", filename: 'c.tsx', errors: [{ messageId: 'notAPhrase' }] },
    { code: "export const C = () => <button onClick={() => signIn('mitid')}>Login</button>;\n", filename: 'c.tsx', errors: [{ messageId: 'notAPhrase' }] },
    { code: "import mitidLogo from './mitid.svg';\nexport const C = () => <button onClick={go}><img src={mitidLogo} alt=\"\" /></button>;\n", filename: 'c.tsx', errors: [{ messageId: 'noVisibleText' }] },
  ],
});

testers.lit.run('approved-text (lit): class methods that start a MitID login', rule, {
  valid: [{ code: "import { html, LitElement } from 'lit';\nclass X extends LitElement { pick() { this.method = 'mitid'; }\n render() { return html`<button @click=${this.pick}>MitID</button>`; } }\n", filename: 'x.ts' }],
  invalid: [
    { code: "import { html, LitElement } from 'lit';\nclass X extends LitElement { go() { login('urn:grn:authn:dk:mitid:substantial'); }\n render() { return html`<button @click=${this.go}>Log ind</button>`; } }\n", filename: 'x.ts', errors: [{ messageId: 'notAPhrase' }] },
  ],
});

testers.vue.run('approved-text (vue): methods that start a MitID login', rule, {
  valid: [{ code: "<template><button @click=\"pick\">MitID</button></template>\n<script>\nexport default { methods: { pick() { this.method = 'mitid'; } } };\n</script>\n", filename: 'L.vue' }],
  invalid: [
    { code: "<template><button @click=\"go\">Log ind</button></template>\n<script>\nexport default { methods: { go() { this.$auth.loginWith('mitid'); } } };\n</script>\n", filename: 'L.vue', errors: [{ messageId: 'notAPhrase' }] },
    { code: code('vue', '<button @click="login(\'mitid\')">Fortsæt</button>'), filename: 'L.vue', errors: [{ messageId: 'notAPhrase' }] },
  ],
});

testers.html.run('approved-text (angular): handler names', rule, {
  valid: [{ code: '<button (click)="toggleMitIDHelp()">?</button>', filename: 'x.component.html' }],
  invalid: [{ code: '<button (click)="mitid()">Login</button>', filename: 'x.component.html', errors: [{ messageId: 'notAPhrase' }] }],
});

// Angular's *ngIf pairs (and v-show, x-show) are states of the same button.
testers.html.run('approved-text (angular): *ngIf states', rule, {
  valid: [
    { code: '<button (click)="login()"><mat-spinner *ngIf="busy"></mat-spinner> Log ind med MitID</button>', filename: 'x.component.html' },
    { code: '<button (click)="save()"><span *ngIf="busy">Gemmer…</span><span *ngIf="!busy">Gem</span></button>', filename: 'x.component.html' },
    { code: '<p><span *ngIf="busy">Logger ind…</span><span *ngIf="!busy">Log ind med MitID</span></p>', filename: 'x.component.html' },
  ],
  invalid: [
    {
      code: '<button mat-flat-button (click)="login()"><span *ngIf="busy">Logger ind…</span><span *ngIf="!busy">Log ind med MitID</span></button>',
      filename: 'x.component.html',
      errors: [{ messageId: 'notAPhrase', data: { text: 'Logger ind…', phrases: '"Log ind med MitID" or "Log on with MitID"' } }],
    },
  ],
});

testers.vue.run('approved-text (vue): v-show shows both texts at once', rule, {
  valid: [{ code: '<template><button @click="go"><Spinner v-show="busy" /> Log ind med MitID</button></template>\n', filename: 'L.vue' }],
  invalid: [{ code: '<template><button @click="go"><span v-show="busy">Vent </span>Log ind med MitID</button></template>\n', filename: 'L.vue', errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Vent Log ind med MitID', phrase: 'Log ind med MitID' } }] }],
});

// A link that goes to a MitID login is a MitID call to action, whatever its words.
for (const fw of FRAMEWORKS) {
  testers[fw].run(`approved-text (${fw}): links to a MitID login`, rule, {
    valid: [
      valid(fw, '<a href="https://x.idura.broker/oauth2/authorize?acr_values=urn:grn:authn:dk:mitid:substantial">Log ind med MitID</a>'),
      // App paths and other eIDs say nothing.
      valid(fw, '<a href="/profile/mitid">Om MitID</a><a href="https://x.criipto.id/oauth2/authorize?acr_values=urn:grn:authn:se:bankid:same-device">Logga in</a>'),
    ],
    invalid: [
      at(fw, '<a href="https://x.idura.broker/oauth2/authorize?acr_values=urn:grn:authn:dk:mitid:substantial&amp;client_id=c">Log ind</a>', { errors: [{ messageId: 'notAPhrase' }] }),
      at(fw, '<a class="btn" href="/oidc/authorize?acr_values=urn:grn:authn:dk:mitid:low">Sign in</a>', { errors: [{ messageId: 'notAPhrase' }] }),
    ],
  });
}
