/**
 * Issue 10's "Done when" matrix, the cells the other recall tests did not cover: every pattern in
 * every framework it applies to, one must-report and one must-stay-silent case each, modelled on
 * how real MitID code goes wrong (the code is our own). test/eslint/RECALL-MATRIX.md maps every
 * cell to its test, here or in the other files. React Native, Vue render functions (`h()`),
 * Svelte, Angular component templates (`.component.html` and inline `template:`), and the
 * `<script>` blocks of `.html` and `.svelte` files (through the plugin's processor, as users run it).
 *
 * A cell the linter cannot pass yet because of code another change owns runs as `it.fails`, with
 * the reason beside it: it turns red the day it starts to pass, so the matrix stays honest.
 */
import { Linter, type RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import vueParser from 'vue-eslint-parser';
import { describe, expect, it } from 'vitest';
import plugin, { htmlParser, scriptBlocks } from '../../eslint-plugin/index.js';
import { catalogSettings } from './cases.js';
import { htmlTester, jsxTester, litTester, rules, vueTester } from './helpers.js';

type Where = 'rn' | 'jsx' | 'vue' | 'vue-h' | 'svelte' | 'ng-html' | 'ng-inline' | 'lit' | 'html' | 'html-script' | 'svelte-script';
type RuleName = 'approved-text' | 'cta-element' | 'button-style';
type Invalid = Omit<RuleTester.InvalidTestCase, 'code' | 'filename'> & { code: string };
type Valid = Omit<RuleTester.ValidTestCase, 'code' | 'filename'> & { code: string };

interface Cell {
  pattern: string;
  where: Where;
  rule?: RuleName;
  valid: (string | Valid)[];
  invalid: Invalid[];
  /** Why the cell cannot pass yet (code owned by another change): run as it.fails. */
  fails?: string;
}

const FILE: Record<Where, string> = {
  rn: 'LoginScreen.tsx', jsx: 'Login.tsx', vue: 'Login.vue', 'vue-h': 'MitIDLogin.ts', svelte: 'Login.svelte', 'ng-html': 'login.component.html',
  'ng-inline': 'login.component.ts', lit: 'mitid-login.ts', html: 'login.html', 'html-script': 'login.html', 'svelte-script': 'Login.svelte',
};
const TESTER: Partial<Record<Where, RuleTester>> = { rn: jsxTester, jsx: jsxTester, vue: vueTester, 'vue-h': litTester, 'ng-inline': litTester, lit: litTester, svelte: htmlTester, 'ng-html': htmlTester, html: htmlTester };
const PHRASES = '"Log ind med MitID" or "Log on with MitID"';

// The frameworks' own files, around a snippet.
const rn = (jsx: string, pre = ''): string => `import { Button, Image, Pressable, Text } from 'react-native';\n${pre}export const LoginScreen = ({ busy, login }) => (\n  ${jsx}\n);\n`;
const vueH = (render: string, pre = ''): string => `import { defineComponent, h, ref } from 'vue';\n${pre}export default defineComponent({\n  setup() {\n    const busy = ref(false);\n    return () => ${render};\n  },\n});\n`;
const ngInline = (template: string, body = ''): string => `import { Component } from '@angular/core';\n\n@Component({\n  selector: 'app-login',\n  template: \`\n    ${template}\n  \`,\n})\nexport class LoginComponent {\n  busy = false;\n${body}}\n`;
const lit = (template: string, body = ''): string => `import { html, LitElement } from 'lit';\nimport { unsafeHTML } from 'lit/directives/unsafe-html.js';\n\nexport class MitIDLogin extends LitElement {\n${body}  render() {\n    return html\`${template}\`;\n  }\n}\n`;
const vueSfc = (template: string, script: string): string => `<template>\n  ${template}\n</template>\n\n<script>\nexport default {\n${script}\n};\n</script>\n`;
const withScript = (markup: string, script: string): string => `${markup}\n<script>\n${script}\n</script>\n`;

const CELLS: Cell[] = [
  // 1. A state text that replaces the phrase without naming MitID.
  {
    pattern: '1 state texts', where: 'rn',
    valid: [rn("<Pressable onPress={save}><Text>{busy ? 'Gemmer…' : 'Gem'}</Text></Pressable>"), rn("<Text>{busy ? 'Logger ind…' : 'Log ind med MitID'}</Text>")],
    invalid: [
      { code: rn("<Pressable onPress={login}><Text>{busy ? 'Logger ind…' : 'Log ind med MitID'}</Text></Pressable>"), errors: [{ messageId: 'notAPhrase', data: { text: 'Logger ind…', phrases: PHRASES }, line: 3 }] },
      { code: rn("<Button title={busy ? 'Vent…' : 'Log ind med MitID'} onPress={login} />"), errors: [{ messageId: 'notAPhrase', data: { text: 'Vent…', phrases: PHRASES }, line: 3 }] },
    ],
  },
  {
    pattern: '1 state texts', where: 'jsx',
    valid: [
      "export function Save({ busy }) {\n  const label = () => (busy ? 'Gemmer…' : 'Gem');\n  return <button onClick={save}>{label()}</button>;\n}\n",
      "export function Login({ busy }) {\n  function text() {\n    if (busy) return 'Log ind med MitID';\n    return 'Log ind med MitID';\n  }\n  return <button onClick={login}>{text()}</button>;\n}\n",
      // Recursion is read once (unknown inside), whatever its depth.
      `function f(n) {\n${Array.from({ length: 8 }, (_, i) => `  if (n === ${i}) return f(n + 1);`).join('\n')}\n  return f(0);\n}\nexport const B = () => <button className="mitid-btn">{f(0)}</button>;\n`,
    ],
    invalid: [
      // A function of the file returns the label: each of its returns is a state of the CTA.
      { code: "export function Login({ busy, error }) {\n  function text() {\n    if (error) return 'Prøv igen';\n    if (busy) return <Spinner />;\n    return 'Log ind med MitID';\n  }\n  return <button onClick={login}>{text()}</button>;\n}\n", errors: [{ messageId: 'notAPhrase', data: { text: 'Prøv igen', phrases: PHRASES }, line: 3 }, { messageId: 'noTextInState', data: { phrases: PHRASES }, line: 7 }] },
    ],
  },
  {
    pattern: '1 state texts', where: 'vue-h',
    valid: [vueH("h('p', busy.value ? 'Logger ind…' : 'Log ind med MitID')"), vueH("h('button', { onClick: save }, busy.value ? 'Gemmer…' : 'Gem')")],
    invalid: [{ code: vueH("h('button', { class: 'btn', onClick: login }, busy.value ? 'Logger ind…' : 'Log ind med MitID')"), errors: [{ messageId: 'notAPhrase', data: { text: 'Logger ind…', phrases: PHRASES }, line: 5 }] }],
  },
  {
    pattern: '1 state texts', where: 'svelte',
    valid: ['<button on:click={save}>{#if busy}Gemmer…{:else}Gem{/if}</button>'],
    invalid: [
      { code: '<button on:click={login}>{#if busy}Logger ind…{:else}Log ind med MitID{/if}</button>', errors: [{ messageId: 'notAPhrase', data: { text: 'Logger ind…', phrases: PHRASES } }] },
      { code: "<button on:click={login}>{busy ? 'Logger ind…' : 'Log ind med MitID'}</button>", errors: [{ messageId: 'notAPhrase', data: { text: 'Logger ind…', phrases: PHRASES } }] },
    ],
  },
  {
    pattern: '1 state texts', where: 'ng-html',
    valid: ["<button (click)=\"save()\">{{ busy ? 'Gemmer…' : 'Gem' }}</button>"],
    invalid: [
      { code: "<button (click)=\"login()\">{{ busy ? 'Logger ind…' : 'Log ind med MitID' }}</button>", errors: [{ messageId: 'notAPhrase', data: { text: 'Logger ind…', phrases: PHRASES } }] },
    ],
  },
  {
    // @if/@else blocks are branches (adapters/control-flow.ts).
    pattern: '1 state texts', where: 'ng-html',
    valid: ['<button (click)="save()">\n  @if (busy) { Gemmer… } @else { Gem }\n</button>'],
    invalid: [
      { code: '<button (click)="login()">\n  @if (busy) {\n    Logger ind…\n  } @else {\n    Log ind med MitID\n  }\n</button>', errors: [{ messageId: 'notAPhrase', data: { text: 'Logger ind…', phrases: PHRASES } }] },
    ],
  },
  {
    pattern: '1 state texts', where: 'ng-inline',
    valid: [ngInline('<p><span *ngIf="busy">Logger ind…</span><span *ngIf="!busy">Log ind med MitID</span></p>')],
    invalid: [{ code: ngInline('<button (click)="login()"><span *ngIf="busy">Logger ind…</span><span *ngIf="!busy">Log ind med MitID</span></button>'), errors: [{ messageId: 'notAPhrase', data: { text: 'Logger ind…', phrases: PHRASES }, line: 6 }] }],
  },

  // 2. A CTA whose text names MitID with a verb off the list.
  {
    pattern: '2 off-list verbs', where: 'rn',
    valid: [rn('<Text>Fortsæt med MitID for at se dine sager.</Text>'), rn('<Button title="Fortsæt" onPress={login} />')],
    invalid: [{ code: rn('<Button title="Fortsæt med MitID" onPress={login} />'), errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Fortsæt med MitID', phrase: 'Log ind med MitID' }, suggestions: [{ messageId: 'replaceWithPhrase', output: rn('<Button title="Log ind med MitID" onPress={login} />') }] }] }],
  },
  {
    pattern: '2 off-list verbs', where: 'vue-h',
    valid: [vueH("h('h2', { class: 'title' }, 'Verify with MitID')")],
    invalid: [{ code: vueH("h('button', { onClick: login }, 'Verify with MitID')"), errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Verify with MitID', phrase: 'Log on with MitID' }, suggestions: [{ messageId: 'replaceWithPhrase', output: vueH("h('button', { onClick: login }, 'Log on with MitID')") }] }] }],
  },
  {
    pattern: '2 off-list verbs', where: 'svelte',
    valid: ['<p>Continue with MitID to see your cases.</p>\n<a href="https://www.mitid.dk/">Hvad er MitID?</a>'],
    invalid: [{ code: '<button on:click={login}>Continue with MitID</button>', errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Continue with MitID', phrase: 'Log on with MitID' }, suggestions: [{ messageId: 'replaceWithPhrase', output: '<button on:click={login}>Log on with MitID</button>' }] }] }],
  },
  {
    pattern: '2 off-list verbs', where: 'ng-html',
    valid: ['<mat-card-title>Sign in with MitID</mat-card-title>\n<a href="https://www.mitid.dk/hjaelp/">Hjælp til MitID</a>'],
    invalid: [{ code: '<button mat-raised-button color="primary" (click)="login()">Sign In with MitID</button>', errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Sign In with MitID', phrase: 'Log on with MitID' }, suggestions: [{ messageId: 'replaceWithPhrase', output: '<button mat-raised-button color="primary" (click)="login()">Log on with MitID</button>' }] }] }],
  },
  {
    pattern: '2 off-list verbs', where: 'ng-inline',
    valid: [ngInline('<label for="cpr">Connect with MitID</label>')],
    invalid: [{ code: ngInline('<button class="btn btn-primary" (click)="login()">Connect with MitID</button>'), errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Connect with MitID', phrase: 'Log on with MitID' }, line: 6, suggestions: [{ messageId: 'replaceWithPhrase', output: ngInline('<button class="btn btn-primary" (click)="login()">Log on with MitID</button>') }] }] }],
  },

  // 3. Text split over children: responsive text, nested elements.
  {
    pattern: '3 split text', where: 'rn',
    valid: [rn('<Pressable onPress={login}><Text>Log ind med <Text style={{ fontWeight: "bold" }}>MitID</Text></Text></Pressable>')],
    invalid: [{ code: rn('<Pressable onPress={login}><Text>Fortsæt <Text style={{ fontWeight: "bold" }}>med MitID</Text></Text></Pressable>'), errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Fortsæt med MitID', phrase: 'Log ind med MitID' } }] }],
  },
  {
    pattern: '3 split text', where: 'vue-h',
    valid: [vueH("h('button', { onClick: login }, ['Log ind med ', h('strong', 'MitID')])")],
    invalid: [{ code: vueH("h('button', { onClick: login }, ['Fortsæt ', h('span', { class: 'hidden sm:inline' }, 'med MitID')])"), errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Fortsæt med MitID', phrase: 'Log ind med MitID' } }, { messageId: 'notAPhrase', data: { text: 'Fortsæt', phrases: PHRASES } }] }],
  },
  {
    pattern: '3 split text', where: 'svelte',
    valid: ['<button on:click={login}>Log ind med <strong>MitID</strong></button>'],
    invalid: [
      { code: '<button on:click={login}><span aria-hidden="true">🇩🇰</span> Log ind med MitID</button>', errors: [{ messageId: 'useApprovedPhrase', data: { text: '🇩🇰 Log ind med MitID', phrase: 'Log ind med MitID' } }] },
      { code: '<button on:click={login}>Fortsæt <span class="hidden sm:inline">med MitID</span></button>', errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Fortsæt med MitID', phrase: 'Log ind med MitID' } }, { messageId: 'notAPhrase', data: { text: 'Fortsæt', phrases: PHRASES } }] },
    ],
  },
  {
    pattern: '3 split text', where: 'ng-html',
    valid: ['<button (click)="login()"><span class="visually-hidden">Åbner MitID: </span>Log ind med <br>MitID</button>'],
    invalid: [{ code: '<button (click)="login()">Log ind med <span class="d-none d-md-inline">MitID</span></button>', errors: [{ messageId: 'notAPhrase', data: { text: 'Log ind med', phrases: PHRASES } }] }],
  },
  {
    pattern: '3 split text', where: 'ng-inline',
    valid: [ngInline('<a class="btn" href="/auth/mitid">Log ind med <strong>MitID</strong></a>')],
    invalid: [{ code: ngInline('<a class="btn" href="/auth/mitid"><span class="hidden md:inline">Log ind med </span>MitID</a>'), errors: [{ messageId: 'notAPhrase', data: { text: 'MitID', phrases: PHRASES }, line: 6 }] }],
  },

  // 4. Logo-only and label-less CTAs.
  {
    pattern: '4 logo only', where: 'rn',
    valid: [rn('<Pressable onPress={login}><Image source={mitidLogo} /><Text>Log ind med MitID</Text></Pressable>', "import mitidLogo from './assets/mitid-logo.png';\n"), rn('<Pressable onPress={close} accessibilityLabel="Luk"><Image source={closeIcon} /></Pressable>', "import closeIcon from './assets/close.png';\n")],
    invalid: [
      { code: rn('<Pressable onPress={login} accessibilityLabel="Log ind med MitID"><Image source={mitidLogo} /></Pressable>', "import mitidLogo from './assets/mitid-logo.png';\n"), errors: [{ messageId: 'noVisibleText', line: 4 }] },
      // React Native's accessibilityLabel is the accessible name, as aria-label is on the web.
      { code: rn('<Pressable onPress={login} accessibilityLabel="Log ind med MitID"><Image source={logo} /></Pressable>', "import logo from './assets/logo.png';\n"), errors: [{ messageId: 'noVisibleText', line: 4 }] },
      { code: rn('<Pressable onPress={login} accessibilityLabel="Login with MitID"><Text>Log on with MitID</Text></Pressable>'), errors: [{ messageId: 'ariaLabelNotPhrase', data: { text: 'Login with MitID', phrase: 'Log on with MitID' }, suggestions: [{ messageId: 'replaceWithPhrase', output: rn('<Pressable onPress={login} accessibilityLabel="Log on with MitID"><Text>Log on with MitID</Text></Pressable>') }] }] },
    ],
  },
  {
    pattern: '4 logo only', where: 'jsx',
    valid: ["import SaveIcon from './save.svg';\nexport const B = ({ save }) => <Button startIcon={<img src={SaveIcon} alt=\"\" />} onClick={save}>Gem</Button>;\n"],
    invalid: [{ code: "import mitidLogo from './mitid.svg';\nexport const B = ({ login }) => <Button variant=\"contained\" startIcon={<img src={mitidLogo} alt=\"\" />} onClick={login}>Login</Button>;\n", errors: [{ messageId: 'notAPhrase', data: { text: 'Login', phrases: PHRASES }, line: 2 }] }],
  },
  {
    pattern: '4 logo only', where: 'vue-h',
    valid: [vueH("h('button', { onClick: close, 'aria-label': 'Luk' }, [h('svg')])")],
    invalid: [{ code: vueH("h('button', { onClick: login, 'aria-label': 'Log ind med MitID' }, [h('img', { src: mitidLogo, alt: '' })])", "import mitidLogo from './mitid.svg';\n"), errors: [{ messageId: 'noVisibleText' }] }],
  },
  {
    pattern: '4 logo only', where: 'svelte',
    valid: ['<button on:click={login}><img src="/images/mitid-logo.svg" alt=""> Log ind med MitID</button>\n<button on:click={close} aria-label="Luk"><svg viewBox="0 0 10 10"></svg></button>'],
    invalid: [{ code: '<button on:click={login}><img src="/images/mitid-logo.svg" alt=""></button>', errors: [{ messageId: 'noVisibleText', line: 1, column: 2 }] }],
  },
  {
    pattern: '4 logo only', where: 'ng-html',
    valid: ['<button mat-flat-button (click)="login()"><mat-icon svgIcon="mitid-logo"></mat-icon> Log ind med MitID</button>\n<button mat-icon-button (click)="close()" aria-label="Luk"><mat-icon>close</mat-icon></button>'],
    invalid: [
      { code: '<button mat-icon-button (click)="login()"><mat-icon svgIcon="mitid-logo"></mat-icon></button>', errors: [{ messageId: 'noVisibleText' }] },
      { code: '<button mat-icon-button (click)="login()" aria-label="Log ind med MitID"><mat-icon>fingerprint</mat-icon></button>', errors: [{ messageId: 'noVisibleText' }] },
    ],
  },
  {
    pattern: '4 logo only', where: 'ng-inline',
    valid: [ngInline('<button (click)="login()"><img src="assets/mitid.svg" alt="">Log ind med MitID</button>')],
    invalid: [{ code: ngInline('<button (click)="login()" aria-label="Log ind med MitID"><img src="assets/mitid.svg" alt=""></button>'), errors: [{ messageId: 'noVisibleText', line: 6 }] }],
  },

  // 5. CTAs identified by behaviour: handler names, login calls of the same file, test ids.
  {
    pattern: '5 behaviour', where: 'rn',
    valid: [rn('<Pressable testID="mitid-help" onPress={openHelp}><Text>Hjælp</Text></Pressable>')],
    invalid: [{ code: rn('<Pressable testID="mitid-login-button" onPress={go}><Text>Fortsæt</Text></Pressable>'), errors: [{ messageId: 'notAPhrase', data: { text: 'Fortsæt', phrases: PHRASES } }] }],
  },
  {
    pattern: '5 behaviour', where: 'vue-h',
    valid: [vueH("h('button', { onClick: removeMitID }, 'Fjern')")],
    invalid: [{ code: vueH("h('button', { onClick: loginWithMitID }, 'Log ind')"), errors: [{ messageId: 'notAPhrase', data: { text: 'Log ind', phrases: PHRASES } }] }],
  },
  {
    pattern: '5 behaviour', where: 'svelte',
    valid: ["<button on:click={removeMitID}>Fjern</button>\n<button on:click={() => setMethod('mitid')}>Vælg</button>\n<button onclick={toggleMitIDHelp}>?</button>"],
    invalid: [
      { code: '<button on:click={loginWithMitID}>Log ind</button>', errors: [{ messageId: 'notAPhrase', data: { text: 'Log ind', phrases: PHRASES } }] },
      { code: "<button onclick={() => signIn('mitid')}>Fortsæt</button>", errors: [{ messageId: 'notAPhrase', data: { text: 'Fortsæt', phrases: PHRASES } }] },
      { code: '<button data-cy="mitid-login" on:click={go}>Fortsæt</button>', errors: [{ messageId: 'notAPhrase', data: { text: 'Fortsæt', phrases: PHRASES } }] },
    ],
  },
  {
    pattern: '5 behaviour', where: 'ng-inline',
    valid: [ngInline('<button (click)="pick()">MitID</button>', "  pick() {\n    this.method = 'mitid';\n  }\n")],
    invalid: [{ code: ngInline('<button (click)="start()">Log ind</button>', "  start() {\n    this.oauth.initLoginFlow('', { acr_values: 'urn:grn:authn:dk:mitid:substantial' });\n  }\n"), errors: [{ messageId: 'notAPhrase', data: { text: 'Log ind', phrases: PHRASES }, line: 6 }] }],
  },
  {
    pattern: '5 behaviour', where: 'ng-html',
    valid: ['<button (click)="openMitIDInfo()" data-testid="mitid-info">Om MitID</button>'],
    invalid: [{ code: '<button data-testid="mitid-login" (click)="next()">Fortsæt</button>', errors: [{ messageId: 'notAPhrase', data: { text: 'Fortsæt', phrases: PHRASES } }] }],
  },
  {
    pattern: '5 behaviour', where: 'html-script',
    valid: [withScript('<button onclick="start()">Gem</button>', "  function start() { fetch('/api/save', { method: 'POST' }); }")],
    invalid: [{ code: withScript('<button onclick="start()">Log ind</button>', "  function start() {\n    location.href = 'https://acme.idura.broker/oauth2/authorize?acr_values=urn:grn:authn:dk:mitid:substantial';\n  }"), errors: [{ messageId: 'notAPhrase', data: { text: 'Log ind', phrases: PHRASES } }] }],
  },
  {
    pattern: '5 behaviour', where: 'svelte-script',
    valid: [`<script>\n  function start() { goto('/profile'); }\n</script>\n<button on:click={start}>Log ind</button>\n`],
    invalid: [{ code: "<script>\n  function start() {\n    window.location.href = 'https://acme.idura.broker/oauth2/authorize?acr_values=urn:grn:authn:dk:mitid:low';\n  }\n</script>\n<button on:click={start}>Log ind</button>\n", errors: [{ messageId: 'notAPhrase', data: { text: 'Log ind', phrases: PHRASES } }] }],
  },

  // 6. Imperative DOM text on an element found to be the MitID CTA (refs by name included).
  {
    pattern: '6 DOM text', where: 'jsx',
    valid: [
      "import { useRef } from 'react';\nexport function Login() {\n  const statusRef = useRef(null);\n  const go = () => { statusRef.current.textContent = 'Login with MitID'; };\n  return <p ref={statusRef} onClick={go} />;\n}\n",
      "import { useRef } from 'react';\nexport function Login() {\n  const mitidHelpRef = useRef(null);\n  const go = () => { mitidHelpRef.current.textContent = 'Luk'; };\n  return <button ref={mitidHelpRef} onClick={go}>?</button>;\n}\n",
    ],
    invalid: [{ code: "import { useRef } from 'react';\nexport function Login() {\n  const mitidButtonRef = useRef(null);\n  const go = () => { mitidButtonRef.current.textContent = 'Vent…'; };\n  return <button ref={mitidButtonRef} onClick={go}>Log ind med MitID</button>;\n}\n", errors: [{ messageId: 'notAPhrase', data: { text: 'Vent…', phrases: PHRASES }, line: 4 }] }],
  },
  {
    pattern: '6 DOM text', where: 'vue',
    valid: [
      vueSfc('<p ref="status"></p>', "  methods: { done() { this.$refs.status.textContent = 'Login with MitID'; } },"),
      // A ref's own value is data, not an element's text.
      vueSfc('<p>{{ mitidMessage }}</p>', "  setup() {\n    const mitidMessage = ref('');\n    const fail = () => { mitidMessage.value = 'Login with MitID mislykkedes'; };\n    return { mitidMessage, fail };\n  },"),
    ],
    invalid: [
      { code: vueSfc('<button ref="mitidButton" @click="go">Log ind med MitID</button>', "  methods: { go() { this.$refs.mitidButton.textContent = 'Vent…'; } },"), errors: [{ messageId: 'notAPhrase', data: { text: 'Vent…', phrases: PHRASES }, line: 7 }] },
      { code: vueSfc('<button ref="mitidButton" @click="go">Log ind med MitID</button>', "  setup() {\n    const mitidButton = ref(null);\n    const go = () => { mitidButton.value.textContent = 'Vent…'; };\n    return { mitidButton, go };\n  },"), errors: [{ messageId: 'notAPhrase', data: { text: 'Vent…', phrases: PHRASES }, line: 9 }] },
    ],
  },
  {
    pattern: '6 DOM text', where: 'ng-inline',
    valid: [ngInline('<p #status></p>', "  @ViewChild('status') status!: ElementRef<HTMLElement>;\n  done() {\n    this.status.nativeElement.textContent = 'Login with MitID';\n  }\n")],
    invalid: [{ code: ngInline('<button #mitidButton (click)="start()">Log ind med MitID</button>', "  @ViewChild('mitidButton') mitidButton!: ElementRef<HTMLButtonElement>;\n  start() {\n    this.mitidButton.nativeElement.textContent = 'Sender dig til MitID…';\n  }\n"), errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Sender dig til MitID…', phrase: 'Log ind med MitID' }, line: 13, suggestions: [{ messageId: 'replaceWithPhrase', output: ngInline('<button #mitidButton (click)="start()">Log ind med MitID</button>', "  @ViewChild('mitidButton') mitidButton!: ElementRef<HTMLButtonElement>;\n  start() {\n    this.mitidButton.nativeElement.textContent = 'Log ind med MitID';\n  }\n") }] }] }],
  },
  {
    pattern: '6 DOM text', where: 'lit',
    valid: [lit('<p id="status"></p>', "  done() {\n    this.renderRoot.querySelector('#status').textContent = 'Login with MitID';\n  }\n")],
    invalid: [{ code: lit('<button id="mitid-login" @click=${this.go}>Log ind med MitID</button>', "  go() {\n    this.renderRoot.querySelector('#mitid-login').textContent = 'Vent…';\n  }\n"), errors: [{ messageId: 'notAPhrase', data: { text: 'Vent…', phrases: PHRASES }, line: 6 }] }],
  },
  {
    pattern: '6 DOM text', where: 'html-script',
    valid: [withScript('<p id="status"></p>', "  document.getElementById('status').textContent = 'Login with MitID';")],
    invalid: [{ code: withScript('<button id="mitid-login">Log ind med MitID</button>', "  document.getElementById('mitid-login').addEventListener('click', (e) => {\n    e.currentTarget.textContent = 'Bekræfter…';\n  });"), errors: [{ messageId: 'notAPhrase', data: { text: 'Bekræfter…', phrases: PHRASES }, line: 4 }] }],
  },
  {
    pattern: '6 DOM text', where: 'html-script',
    valid: [withScript('<div id="slot"></div>', "  const help = document.createElement('button');\n  help.className = 'btn mitid-help';\n  help.textContent = 'Login with MitID';\n  document.getElementById('slot').append(help);")],
    invalid: [{ code: withScript('<div id="slot"></div>', "  const btn = document.createElement('button');\n  btn.className = 'btn mitid-btn';\n  btn.textContent = 'Login med MitID';\n  document.getElementById('slot').append(btn);"), errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login med MitID', phrase: 'Log ind med MitID' }, line: 5 }] }],
  },
  {
    pattern: '6 DOM text', where: 'svelte-script',
    valid: ["<script>\n  let status;\n  function done() { status.textContent = 'Login with MitID'; }\n</script>\n<p bind:this={status}></p>\n"],
    invalid: [{ code: "<script>\n  let mitidButton;\n  function start() { mitidButton.textContent = 'Vent…'; }\n</script>\n<button bind:this={mitidButton} on:click={start}>Log ind med MitID</button>\n", errors: [{ messageId: 'notAPhrase', data: { text: 'Vent…', phrases: PHRASES }, line: 3 }] }],
  },

  // 7. Markup inside strings.
  {
    pattern: '7 markup in strings', where: 'rn',
    valid: [rn("<WebView source={{ html: '<p>Log ind med MitID for at fortsætte.</p>' }} />")],
    invalid: [{ code: rn("<WebView source={{ html: '<button onclick=\"go()\">Login med MitID</button>' }} />"), errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login med MitID', phrase: 'Log ind med MitID' }, line: 3, suggestions: [{ messageId: 'replaceWithPhrase', output: rn("<WebView source={{ html: '<button onclick=\"go()\">Log ind med MitID</button>' }} />") }] }] }],
  },
  {
    pattern: '7 markup in strings', where: 'lit',
    valid: [lit("<div>${unsafeHTML('<p>Login with MitID is easy.</p>')}</div>")],
    invalid: [{ code: lit("<div>${unsafeHTML('<button class=\"btn\">Login with MitID</button>')}</div>"), errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login with MitID', phrase: 'Log on with MitID' }, line: 6, suggestions: [{ messageId: 'replaceWithPhrase', output: lit("<div>${unsafeHTML('<button class=\"btn\">Log on with MitID</button>')}</div>") }] }] }],
  },
  {
    pattern: '7 markup in strings', where: 'vue-h',
    valid: [vueH("h('div', { innerHTML: '<p>Login with MitID is easy.</p>' })")],
    invalid: [{ code: vueH("h('div', { innerHTML: '<button>Login with MitID</button>' })"), errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login with MitID', phrase: 'Log on with MitID' }, suggestions: [{ messageId: 'replaceWithPhrase', output: vueH("h('div', { innerHTML: '<button>Log on with MitID</button>' })") }] }] }],
  },
  {
    pattern: '7 markup in strings', where: 'html-script',
    valid: [withScript('<div id="slot"></div>', "  document.getElementById('slot').innerHTML = '<p>Login with MitID is easy.</p>';")],
    invalid: [{ code: withScript('<div id="slot"></div>', "  document.getElementById('slot').innerHTML = '<button class=\"mitid-btn\">Login with MitID</button>';"), errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login with MitID', phrase: 'Log on with MitID' }, line: 3 }] }],
  },
  {
    pattern: '7 markup in strings', where: 'svelte-script',
    valid: ["<script>\n  const intro = '<p>Login with MitID is easy.</p>';\n</script>\n{@html intro}\n"],
    invalid: [{ code: "<script>\n  const cta = '<a href=\"/login\">Log in with MitID</a>';\n</script>\n{@html cta}\n", errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Log in with MitID', phrase: 'Log on with MitID' }, line: 2 }] }],
  },
  {
    pattern: '7 markup in strings', where: 'svelte',
    valid: ["{@html '<p>Login with MitID is easy.</p>'}"],
    invalid: [{ code: "{@html '<a href=\"/login\">Log in with MitID</a>'}", errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Log in with MitID', phrase: 'Log on with MitID' }, line: 1, column: 26, suggestions: [{ messageId: 'replaceWithPhrase', output: "{@html '<a href=\"/login\">Log on with MitID</a>'}" }] }] }],
  },
  {
    pattern: '7 markup in strings', where: 'ng-html',
    valid: ["<div [innerHTML]=\"'<p>Login with MitID is easy.</p>'\"></div>"],
    invalid: [{ code: "<div [innerHTML]=\"'<button>Login with MitID</button>'\"></div>", errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login with MitID', phrase: 'Log on with MitID' }, column: 28, suggestions: [{ messageId: 'replaceWithPhrase', output: "<div [innerHTML]=\"'<button>Log on with MitID</button>'\"></div>" }] }] }],
  },

  // 8. Translations beyond t('key'), label props of CTA components.
  {
    pattern: '8 translations and label props', where: 'rn',
    valid: [{ code: rn("<Button title={t('auth.ok')} onPress={login} />"), settings: catalogSettings }, { code: rn("<Text>{t('auth.mitid')}</Text>"), settings: catalogSettings }],
    invalid: [{ code: rn("<Button title={t('auth.mitid')} onPress={login} />"), settings: catalogSettings, errors: [{ messageId: 'useApprovedPhraseInCatalog', data: { key: 'auth.mitid', lang: 'da', text: 'Login med MitID', phrase: 'Log ind med MitID' } }, { messageId: 'useApprovedPhraseInCatalog', data: { key: 'auth.mitid', lang: 'en', text: 'Login with MitID', phrase: 'Log on with MitID' } }] }],
  },
  {
    pattern: '8 translations and label props', where: 'vue-h',
    valid: [{ code: vueH("h('button', { onClick: login }, t('auth.ok'))"), settings: catalogSettings }],
    invalid: [{ code: vueH("h('button', { onClick: login }, t('auth.retry'))"), settings: catalogSettings, errors: [{ messageId: 'useApprovedPhraseInCatalog', data: { key: 'auth.retry', lang: 'da', text: 'Prøv igen med MitID', phrase: 'Log ind med MitID' } }, { messageId: 'useApprovedPhraseInCatalog', data: { key: 'auth.retry', lang: 'en', text: 'Try again with MitID', phrase: 'Log on with MitID' } }] }],
  },
  {
    pattern: '8 translations and label props', where: 'ng-html',
    valid: ['<app-card title="Login with MitID"></app-card>\n<app-mitid-button label="Log ind med MitID"></app-mitid-button>'],
    invalid: [{ code: '<app-mitid-button label="Login with MitID" (pressed)="login()"></app-mitid-button>', errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login with MitID', phrase: 'Log on with MitID' }, suggestions: [{ messageId: 'replaceWithPhrase', output: '<app-mitid-button label="Log on with MitID" (pressed)="login()"></app-mitid-button>' }] }] }],
  },
  {
    pattern: '8 translations and label props', where: 'lit',
    valid: [lit('<mwc-button raised label="Log on with MitID" @click=${this.login}></mwc-button><mwc-list-item>Login with MitID</mwc-list-item>')],
    invalid: [{ code: lit('<mwc-button raised label="Login with MitID" @click=${this.login}></mwc-button>'), errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login with MitID', phrase: 'Log on with MitID' }, line: 6, suggestions: [{ messageId: 'replaceWithPhrase', output: lit('<mwc-button raised label="Log on with MitID" @click=${this.login}></mwc-button>') }] }] }],
  },
  {
    pattern: '8 translations and label props', where: 'svelte',
    valid: ['<Card title="Login with MitID" />\n<MitIDButton label="Log ind med MitID" />'],
    invalid: [{ code: '<MitIDButton label="Login med MitID" on:click={login} />', errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login med MitID', phrase: 'Log ind med MitID' }, suggestions: [{ messageId: 'replaceWithPhrase', output: '<MitIDButton label="Log ind med MitID" on:click={login} />' }] }] }],
  },
  {
    pattern: '8 translations and label props', where: 'ng-inline',
    valid: [{ code: ngInline("<button (click)=\"login()\">{{ 'auth.ok' | translate }}</button>"), settings: catalogSettings }],
    invalid: [{ code: ngInline("<button (click)=\"login()\">{{ 'auth.mitid' | translate }}</button>"), settings: catalogSettings, errors: [{ messageId: 'useApprovedPhraseInCatalog' }, { messageId: 'useApprovedPhraseInCatalog' }] }],
  },
  {
    pattern: '8 translations and label props', where: 'svelte',
    valid: [{ code: "<button on:click={login}>{$_('auth.ok')}</button>", settings: { mitid: { ...catalogSettings.mitid, translationFunctions: ['$_'] } } }],
    invalid: [{ code: "<button on:click={login}>{$_('auth.mitid')}</button>", settings: { mitid: { ...catalogSettings.mitid, translationFunctions: ['$_'] } }, errors: [{ messageId: 'useApprovedPhraseInCatalog' }, { messageId: 'useApprovedPhraseInCatalog' }] }],
  },

  // 10. Tailwind arbitrary values on a MitID button (the ESLint face of the CSS pattern).
  {
    pattern: '10 Tailwind classes', where: 'rn', rule: 'button-style',
    valid: [rn('<Pressable className="bg-[#0060e6] h-[48px] rounded-[4px]" onPress={login}><Text className="text-white">Log ind med MitID</Text></Pressable>'), rn('<Pressable className="bg-[#0061af] h-[44px]" onPress={save}><Text>Gem</Text></Pressable>')],
    invalid: [{ code: rn('<Pressable className="bg-[#0061af] h-[44px]" onPress={login}><Text>Log ind med MitID</Text></Pressable>'), errors: [{ messageId: 'offBrandClass', data: { className: 'bg-[#0061af]', property: 'background-color', actual: '#0061af', expected: '#0060e6' } }, { messageId: 'offBrandClass', data: { className: 'h-[44px]', property: 'height', actual: '44px', expected: '48px' } }] }],
  },
  {
    pattern: '10 Tailwind classes', where: 'jsx', rule: 'button-style',
    valid: ["import { cn } from '@/lib/utils';\nexport const B = () => <button className={cn('bg-[#0060e6]', 'hover:bg-[#004fbd]')}>Log ind med MitID</button>;\n"],
    invalid: [{ code: "import { cn } from '@/lib/utils';\nexport const B = () => <button className={cn('bg-[#0060e6]', 'hover:bg-[#6a0dad]')}>Log ind med MitID</button>;\n", errors: [{ messageId: 'offBrandClass', data: { className: 'hover:bg-[#6a0dad]', property: 'background-color', actual: '#6a0dad', expected: '#0060e6 or a darker blue' } }] }],
  },
  {
    pattern: '10 Tailwind classes', where: 'svelte', rule: 'button-style',
    valid: ['<button class="bg-[#0060e6] h-[48px] text-white hover:bg-[#004fbd]" on:click={login}>Log ind med MitID</button>\n<button class="bg-[#ff0000]" on:click={save}>Gem</button>'],
    invalid: [{ code: '<button class="bg-[#0061af] h-[44px]" on:click={login}>Log ind med MitID</button>', errors: [{ messageId: 'offBrandClass', data: { className: 'bg-[#0061af]', property: 'background-color', actual: '#0061af', expected: '#0060e6' }, line: 1, column: 16 }, { messageId: 'offBrandClass', data: { className: 'h-[44px]', property: 'height', actual: '44px', expected: '48px' }, line: 1, column: 29 }] }],
  },
  {
    pattern: '10 Tailwind classes', where: 'ng-html', rule: 'button-style',
    valid: ['<button class="bg-[#0060e6] h-[48px]" (click)="login()">Log ind med MitID</button>\n<button class="bg-[#6a0dad]" (click)="help()">Hjælp</button>'],
    invalid: [{ code: '<button class="rounded-full bg-[#0060e6] h-[40px]" (click)="login()">Log ind med MitID</button>', errors: [{ messageId: 'offBrandClass', data: { className: 'h-[40px]', property: 'height', actual: '40px', expected: '48px' }, line: 1, column: 42 }] }],
  },
  {
    pattern: '10 Tailwind classes', where: 'ng-inline', rule: 'button-style',
    valid: [ngInline('<button class="bg-[#0060e6] h-[48px]" (click)="login()">Log ind med MitID</button>')],
    invalid: [{ code: ngInline('<button class="bg-[#0061af] uppercase" (click)="login()">Log ind med MitID</button>'), errors: [{ messageId: 'offBrandClass', data: { className: 'bg-[#0061af]', property: 'background-color', actual: '#0061af', expected: '#0060e6' }, line: 6, column: 20 }, { messageId: 'offBrandClass', data: { className: 'uppercase', property: 'text-transform', actual: 'uppercase', expected: 'none' }, line: 6, column: 33 }] }],
  },
];

// Where the mechanisms this matrix added must stay silent: custom elements and Svelte components
// that are no MitID button or render their own text, icon ligatures, MitID passed as data in handler text.
CELLS.push(
  {
    pattern: 'negatives of the fixes', where: 'ng-html',
    valid: [
      '<app-mitid-button (pressed)="login()"></app-mitid-button>',
      '<ion-button (click)="save()">Gem</ion-button>',
      '<app-login-card title="Log ind med MitId" (click)="open()"></app-login-card>',
      "<button mat-stroked-button (click)=\"select('mitid')\">Vælg</button>",
      '<button mat-icon-button (click)="menu()"><mat-icon>login</mat-icon></button>',
    ],
    invalid: [{ code: '<ion-button (click)="login()">Login with MitID</ion-button>', errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login with MitID', phrase: 'Log on with MitID' }, suggestions: [{ messageId: 'replaceWithPhrase', output: '<ion-button (click)="login()">Log on with MitID</ion-button>' }] }] }],
  },
  {
    pattern: 'negatives of the fixes', where: 'svelte',
    valid: ['<MitIDButton on:click={login} />', '<Button on:click={save}>Gem</Button>', "<button on:click={() => track('mitid_shown')}>Luk</button>"],
    invalid: [{ code: "<button on:click={() => auth.login({ acr_values: 'urn:grn:authn:dk:mitid:substantial' })}>Log ind</button>", errors: [{ messageId: 'notAPhrase', data: { text: 'Log ind', phrases: PHRASES } }] }],
  },
  {
    pattern: 'negatives of the fixes', where: 'lit',
    valid: [lit('<sl-button @click=${this.save}>Gem</sl-button><md-icon>login</md-icon>', "  @query('#mitid-help') mitidHelp;\n  close() {\n    this.mitidHelp.textContent = 'Login with MitID';\n  }\n")],
    invalid: [{ code: lit('<sl-button id="mitid-login" @click=${this.go}>Log ind med MitID</sl-button>', "  @query('#mitid-login') mitidButton;\n  go() {\n    this.mitidButton.textContent = 'Vent…';\n  }\n"), errors: [{ messageId: 'notAPhrase', data: { text: 'Vent…', phrases: PHRASES }, line: 7 }] }],
  },
);

// Render functions: the elements a `h()`/`createElement()` call makes, every rule, and calls that make none.
CELLS.push(
  {
    pattern: 'render functions', where: 'vue-h',
    valid: [
      vueH("h(NButton, { type: 'primary', onClick: login }, { default: () => 'Log ind med MitID' })"),
      vueH("h('button', { onClick: save }, 'Gem')", "const el = document.createElement('button');\nel.textContent = 'Login with MitID';\n"),
      vueH("h(MitIDButton, { onClick: login })"),
    ],
    invalid: [
      { code: vueH("h(NButton, { type: 'primary', onClick: login }, { default: () => 'Login with MitID' })"), errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login with MitID', phrase: 'Log on with MitID' }, line: 5, suggestions: [{ messageId: 'replaceWithPhrase', output: vueH("h(NButton, { type: 'primary', onClick: login }, { default: () => 'Log on with MitID' })") }] }] },
      { code: "import React from 'react';\nexport const B = ({ login }) => React.createElement('a', { href: '/auth', className: 'btn' }, 'Log in with MitID');\n", errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Log in with MitID', phrase: 'Log on with MitID' }, line: 2, suggestions: [{ messageId: 'replaceWithPhrase', output: "import React from 'react';\nexport const B = ({ login }) => React.createElement('a', { href: '/auth', className: 'btn' }, 'Log on with MitID');\n" }] }] },
    ],
  },
  {
    pattern: 'render functions', where: 'vue-h', rule: 'cta-element',
    valid: [vueH("h('button', { onClick: login }, 'Log ind med MitID')"), vueH("h('div', { class: 'card' }, 'Log ind med MitID')")],
    invalid: [{ code: vueH("h('div', { class: 'btn', onClick: login }, 'Log ind med MitID')"), errors: [{ messageId: 'notAButton', data: { tag: 'div' }, line: 5 }] }],
  },
  {
    pattern: 'render functions', where: 'vue-h', rule: 'button-style',
    valid: [vueH("h('button', { class: 'bg-[#0060e6] h-[48px]', onClick: login }, 'Log ind med MitID')"), vueH("h('button', { class: 'bg-[#0061af]', onClick: save }, 'Gem')")],
    invalid: [{ code: vueH("h('button', { class: 'bg-[#0061af]', onClick: login }, 'Log ind med MitID')"), errors: [{ messageId: 'offBrandClass', data: { className: 'bg-[#0061af]', property: 'background-color', actual: '#0061af', expected: '#0060e6' }, line: 5 }] }],
  },
);

// The hostile review's false positives: help, FAQ, settings, remove and toggle controls that name MitID, in the frameworks recall-false-positives.test.ts does not run.
const QUIET: Record<'svelte' | 'ng-html' | 'ng-inline' | 'rn' | 'vue-h', string[]> = {
  svelte: [
    '<button class="mitid-help-toggle" on:click={toggle}>Hjælp</button>',
    '<button aria-label="Luk MitID-hjælp" on:click={close}>×</button>',
    '<ul><li><button data-method="mitid" on:click={pick}>MitID</button></li><li><button id="mitid-remove" on:click={remove}>Fjern</button></li></ul>',
    '<button role="switch" aria-checked={enabled} on:click={toggle}>Aktivér MitID-login</button>',
    '<a href="https://www.mitid.dk/">Hvad er MitID?</a>',
  ],
  'ng-html': [
    '<button mat-button class="mitid-faq-toggle" (click)="toggle()">Spørgsmål om MitID</button>',
    '<button mat-icon-button aria-label="Hjælp til MitID" (click)="help()">?</button>',
    '<mat-slide-toggle [(ngModel)]="mitidEnabled">Aktivér MitID-login</mat-slide-toggle>',
    '<button mat-stroked-button (click)="removeMitID()">Fjern MitID</button>',
    '<p>Log ind med MitID for at se dine sager.</p>',
  ],
  'ng-inline': [
    ngInline('<button class="btn-mitid-help" (click)="help()">Hvad er MitID?</button>'),
    ngInline('<button [attr.aria-expanded]="open" class="mitid-accordion" (click)="open = !open">Log ind med MitID: sådan gør du</button>'),
  ],
  'vue-h': [
    vueH("h('button', { class: 'mitid-help-toggle', onClick: toggle }, 'Hjælp')"),
    vueH("h('button', { 'aria-label': 'Luk MitID-hjælp', onClick: close }, '×')"),
    vueH("h('button', { role: 'switch', 'aria-checked': on.value, onClick: toggle }, 'Aktivér MitID-login')"),
  ],
  rn: [
    rn('<Pressable onPress={toggleMitIDHelp} accessibilityLabel="Hjælp til MitID"><Text>?</Text></Pressable>'),
    rn('<Button title="Fjern MitID" onPress={removeMitID} />'),
    rn('<Switch value={mitidEnabled} onValueChange={setMitidEnabled} />'),
  ],
};
for (const [where, list] of Object.entries(QUIET) as [keyof typeof QUIET, string[]][]) {
  for (const rule of ['approved-text', 'cta-element', 'button-style'] as const) CELLS.push({ pattern: 'false positives', where, rule, valid: list, invalid: [] });
}

// Linting the way users run it, for the cells RuleTester cannot run (processors) and the it.fails cells.
const linter = new Linter({ configType: 'flat' });
function configFor(where: Where, rule: RuleName, settings: Record<string, unknown> = {}): Linter.Config[] {
  const base = { plugins: { mitid: plugin }, rules: { [`mitid/${rule}`]: 'error' as const }, settings };
  const ts = { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } };
  return [
    { ...base, files: ['**/*.ts', '**/*.tsx', '**/*.js'], languageOptions: ts },
    { ...base, files: ['**/*.html', '**/*.svelte'], languageOptions: { parser: htmlParser as Linter.Parser }, ...(where.endsWith('-script') ? { processor: scriptBlocks } : {}) },
    { ...base, files: ['**/*.vue'], languageOptions: { parser: vueParser, sourceType: 'module' } },
  ];
}
function lint(where: Where, rule: RuleName, c: Valid | Invalid): Linter.LintMessage[] {
  return linter.verify(c.code, configFor(where, rule, (c.settings ?? {}) as Record<string, unknown>), { filename: FILE[where] });
}
/** The messages match the expected errors: id, data, line (when given), in order. */
function matches(messages: Linter.LintMessage[], errors: Invalid['errors']): boolean {
  const list = typeof errors === 'number' ? [] : errors;
  if (typeof errors === 'number' ? messages.length !== errors : messages.length !== list.length) return false;
  return list.every((e, i) => {
    const m = messages[i] as Linter.LintMessage;
    if (typeof e === 'string') return m.message === e;
    if (e instanceof RegExp) return e.test(m.message);
    if (e.messageId && m.messageId !== e.messageId) return false;
    if (e.line !== undefined && m.line !== e.line) return false;
    const rule = rules[m.ruleId?.slice('mitid/'.length) ?? ''];
    const template = (e.messageId && rule?.meta?.messages?.[e.messageId]) ?? '';
    return !e.data || Object.entries(e.data).every(([k, v]) => !template.includes(`{{${k}}}`) || m.message.includes(String(v)));
  });
}

for (const cell of CELLS) {
  const rule = cell.rule ?? 'approved-text';
  const title = `matrix: pattern ${cell.pattern} × ${cell.where} (${rule})`;
  const tester = TESTER[cell.where];
  const valid = cell.valid.map((v) => (typeof v === 'string' ? { code: v } : v));
  if (tester && !cell.fails) {
    tester.run(title, rules[rule] as never, {
      valid: valid.map((v) => ({ ...v, filename: FILE[cell.where] })),
      invalid: cell.invalid.map((c) => ({ ...c, filename: FILE[cell.where] })),
    });
    continue;
  }
  describe(title, () => {
    // Silent cases stay silent today; only the reports wait for the other change.
    const run = cell.fails ? it.fails : it;
    valid.forEach((c, i) => it(`valid ${i + 1}: stays silent`, () => expect(lint(cell.where, rule, c)).toEqual([])));
    cell.invalid.forEach((c, i) =>
      run(`invalid ${i + 1}: reported`, () => {
        const messages = lint(cell.where, rule, c);
        expect(messages.every((m) => m.ruleId === `mitid/${rule}`), JSON.stringify(messages)).toBe(true);
        expect(matches(messages, c.errors), JSON.stringify(messages.map((m) => [m.messageId, m.message, m.line]))).toBe(true);
      }),
    );
  });
}
