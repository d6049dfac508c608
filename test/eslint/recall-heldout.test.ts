/**
 * Issue 10, the held-out evaluation's misses and false positives, as mechanisms: Tailwind palette
 * colours judged against the project's theme, settings actions ("Fjern MitID") that are no call to
 * action, a clickable component known by its handler, a file's own CTA component, a button whose
 * click listener is added from a script of the same file. Cases are ours, in every framework.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { at, code, FRAMEWORKS, testers, valid } from './cases.js';
import { htmlTester, jsxTester, litTester, rules, vueTester } from './helpers.js';

const text = rules['approved-text'] as never;
const style = rules['button-style'] as never;

// --- Tailwind palette colours (item 2) ---------------------------------------------------------

const projects = mkdtempSync(join(tmpdir(), 'mitid-tw-'));
afterAll(() => rmSync(projects, { recursive: true, force: true }));
/** A project folder with the given files; returns the path of a component file in it. */
function project(name: string, files: Record<string, string>, component = 'src/Login.tsx'): string {
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(join(projects, name, path, '..'), { recursive: true });
    writeFileSync(join(projects, name, path), body);
  }
  return join(projects, name, component);
}
const v3 = project('v3', { 'package.json': '{"devDependencies":{"tailwindcss":"^3.4.1"}}', 'tailwind.config.js': 'module.exports = { content: ["./src/**/*.tsx"], theme: { extend: { colors: { brand: "#0060e6" } } } };' });
const v3Blue = project('v3-blue', { 'package.json': '{"devDependencies":{"tailwindcss":"^3.4.1"}}', 'tailwind.config.ts': "export default { theme: { extend: { colors: { blue: { 600: '#0060e6' } } } } };" });
const v3Replaced = project('v3-replaced', { 'package.json': '{"devDependencies":{"tailwindcss":"3.3.0"}}', 'tailwind.config.js': "module.exports = { theme: { colors: { primary: '#0060e6' } } };" });
const v3Preset = project('v3-preset', { 'package.json': '{"devDependencies":{"tailwindcss":"^3"}}', 'tailwind.config.js': "module.exports = { presets: [require('@acme/design')] };" });
const v4 = project('v4', { 'package.json': '{"dependencies":{"tailwindcss":"^4.1.0","@tailwindcss/vite":"^4.1.0"}}', 'src/app.css': '@import "tailwindcss";\n@theme { --color-brand: #0060e6; }\n' });
const v4Blue = project('v4-blue', { 'package.json': '{"dependencies":{"tailwindcss":"^4.1.0"}}', 'src/styles/app.css': '@import "tailwindcss";\n@theme {\n  --color-blue-600: #0060e6;\n}\n' });
const v4Cleared = project('v4-cleared', { 'package.json': '{"dependencies":{"tailwindcss":"^4.1.0"}}', 'app.css': '@import "tailwindcss";\n@theme { --color-*: initial; --color-blue-600: #0060e6; }\n' });

const tw = (cls: string, label = 'Log ind med MitID'): string => `export const C = () => <button className="${cls}" onClick={loginWithMitID}>${label}</button>;\n`;
const palette = (className: string, actual: string, source: string, fix: string, expected = '#0060e6') => ({ messageId: 'offBrandPalette', data: { className, property: 'background-color', actual, source, expected, fix } });

jsxTester.run('button-style: Tailwind palette colours on a MitID button', style, {
  valid: [
    // The project's theme redefines the hue, or the whole palette, or cannot be read: silent.
    { code: tw('bg-blue-600 hover:bg-blue-700'), filename: v3Blue },
    { code: tw('bg-blue-600'), filename: v3Replaced },
    { code: tw('bg-blue-600'), filename: v3Preset },
    { code: tw('bg-blue-600'), filename: v4Blue },
    { code: tw('bg-blue-600'), filename: v4Cleared },
    // A theme name the kit cannot know, and the brand blue written out.
    { code: tw('bg-brand hover:bg-brand-dark text-white'), filename: v3 },
    // v4's oklch hover colour may be a darker blue: not judged without its value.
    { code: tw('bg-[#0060e6] hover:bg-blue-700'), filename: v4 },
    // Not a MitID button: the palette is anyone's business.
    { code: 'export const C = () => <button className="bg-blue-600" onClick={save}>Gem</button>;\n', filename: v3 },
  ],
  invalid: [
    { code: tw('w-full bg-blue-600 hover:bg-blue-700'), filename: v3, errors: [
      palette('bg-blue-600', '#2563eb', "Tailwind v3's default palette; no tailwind.config or @theme of the project redefines blue", 'bg-[#0060e6]'),
      // The core judges #1d4ed8 no darker shade of the brand blue.
      palette('hover:bg-blue-700', '#1d4ed8', "Tailwind v3's default palette; no tailwind.config or @theme of the project redefines blue", 'hover:bg-[#0060e6]', '#0060e6 or a darker blue'),
    ] },
    // A lighter hover is no darker blue.
    { code: tw('bg-[#0060e6] hover:bg-sky-400'), filename: v3, errors: [palette('hover:bg-sky-400', '#38bdf8', "Tailwind v3's default palette; no tailwind.config or @theme of the project redefines sky", 'hover:bg-[#0060e6]', '#0060e6 or a darker blue')] },
    { code: tw('bg-indigo-600'), filename: v4, errors: [palette('bg-indigo-600', 'indigo-600', "Tailwind v4's default palette; no tailwind.config or @theme of the project redefines indigo", 'bg-[#0060e6]')] },
    // Another hue than the one the theme redefines.
    { code: tw('bg-sky-600'), filename: v3Blue, errors: [palette('bg-sky-600', '#0284c7', "Tailwind v3's default palette; no tailwind.config or @theme of the project redefines sky", 'bg-[#0060e6]')] },
    { code: tw('text-gray-100 bg-[#0060e6]'), filename: v3, errors: [{ messageId: 'offBrandPalette', data: { className: 'text-gray-100', property: 'color', actual: '#f3f4f6', source: "Tailwind v3's default palette; no tailwind.config or @theme of the project redefines gray", expected: '#ffffff', fix: 'text-[#ffffff]' } }] },
  ],
});

for (const fw of FRAMEWORKS) {
  testers[fw].run(`button-style (${fw}): a palette class on a MitID button`, style, {
    valid: [valid(fw, '<button class="bg-blue-600">Gem ændringer</button>'), valid(fw, '<p class="bg-blue-600">Log ind med MitID</p>')],
    invalid: [at(fw, '<button class="btn bg-blue-600 text-white">Log ind med MitID</button>', { errors: [{ messageId: 'offBrandPalette' }] })],
  });
}

// --- Settings actions are no call to action (item 5) --------------------------------------------

for (const fw of FRAMEWORKS) {
  testers[fw].run(`approved-text (${fw}): removing or resetting MitID is a settings action`, text, {
    valid: [
      valid(fw, '<button onclick="resetMitId">Fjern MitID tilknytning</button>'),
      valid(fw, '<button class="btn-mitid" onclick="unlinkMitID">Remove MitID</button>'),
      valid(fw, '<a class="mitid-link" href="/settings/mitid/unlink">Unlink MitID</a>'),
      valid(fw, '<button onclick="resetMitIdLogin">Nulstil</button>'),
    ],
    invalid: [
      // Connecting MitID to an account starts a MitID login: a near miss of the login phrase.
      at(fw, '<button onclick="connectMitID">Tilknyt MitID</button>', {
        errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Tilknyt MitID', phrase: 'Log ind med MitID' }, suggestions: [{ messageId: 'replaceWithPhrase', data: { phrase: 'Log ind med MitID' }, output: code(fw, '<button onclick="connectMitID">Log ind med MitID</button>') }] }],
      }),
    ],
  });
}

// --- A component known by its click: menu items, handlers that go to the MitID login (item 3) ----

const menu = (items: string): string => `export const Menu = () => (\n  <DropdownMenuContent>\n${items}\n  </DropdownMenuContent>\n);\n`;
jsxTester.run('approved-text (jsx): clickable components', text, {
  valid: [
    { code: menu("    <DropdownMenuItem onClick={() => setMethod('mitid')}>MitID</DropdownMenuItem>"), filename: 'menu.tsx' },
    { code: menu("    <DropdownMenuItem onClick={() => router.push('/settings/mitid')}>MitID</DropdownMenuItem>"), filename: 'menu.tsx' },
    { code: menu("    <DropdownMenuItem onClick={() => window.open('https://www.mitid.dk/')}>Hvad er MitID?</DropdownMenuItem>"), filename: 'menu.tsx' },
    { code: menu("    <DropdownMenuItem onClick={() => { window.location.href = '/help/mitid' }}>Hjælp til MitID</DropdownMenuItem>"), filename: 'menu.tsx' },
    { code: menu("    <DropdownMenuItem onClick={() => { location.href = '/api/mitid/start' }}>Log ind med MitID</DropdownMenuItem>"), filename: 'menu.tsx' },
    // A tab or a card is no call to action by its name; a card that does not start MitID stays silent.
    { code: "export const T = () => <Tabs><Tab onClick={() => setTab('mitid')}>MitID login</Tab></Tabs>;\n", filename: 'tabs.tsx' },
    { code: "export const C = () => <Card onClick={() => select('mitid')}><p>Log in with MitID to see your profile</p></Card>;\n", filename: 'card.tsx' },
  ],
  invalid: [
    {
      code: menu("    <DropdownMenuItem onClick={() => { window.location.href = '/api/mitid/start' }}>\n      <span className=\"mr-2\">🇩🇰</span> Verify with MitID\n    </DropdownMenuItem>"),
      filename: 'menu.tsx',
      errors: [{ messageId: 'useApprovedPhrase', suggestions: [] }],
    },
    // Known only by its handler: a card whose click goes to the MitID login, its text off the list.
    { code: "export const C = () => <Card onClick={() => router.push('/auth/mitid/login')}>Continue</Card>;\n", filename: 'card.tsx', errors: [{ messageId: 'notAPhrase' }] },
  ],
});

const GO: Record<'html' | 'vue', (path: string) => string> = { html: (p) => `onclick="location.href='${p}'"`, vue: (p) => `@click="router.push('${p}')"` };
for (const fw of ['html', 'vue'] as const) {
  testers[fw].run(`approved-text (${fw}): a handler that navigates to the MitID login`, text, {
    valid: [valid(fw, `<button ${GO[fw]('/settings/mitid')}>MitID</button>`), valid(fw, `<button ${GO[fw]('/help/mitid')}>Hvad er MitID?</button>`)],
    invalid: [at(fw, `<button ${GO[fw]('/auth/mitid')}>Fortsæt</button>`, { errors: [{ messageId: 'notAPhrase' }] })],
  });
}

// --- A file's own MitID button component (item 1) ----------------------------------------------

const ownButton = (inner: string, extra = ''): string =>
  `export function MitIDButton({ label, busy }: { label: string; busy?: boolean }) {\n  return (\n    <div>\n      ${inner}\n      <p>Sikker login</p>\n    </div>\n  );\n}\n${extra}export const Page = () => <MitIDButton label="Log ind med MitID" />;\n`;
jsxTester.run('approved-text (jsx): the CTA a MitID button component renders', text, {
  valid: [
    { code: ownButton('<button onClick={go}>{label}</button>'), filename: 'page.tsx' },
    // Two clickable elements: which one is the CTA is not known.
    { code: ownButton("<button onClick={go}>{busy ? 'Forbinder...' : label}</button><a href=\"/help\">Hjælp</a>"), filename: 'page.tsx' },
    // A component not named for the MitID button.
    { code: "export function SubmitButton({ label, busy }) {\n  return <button>{busy ? 'Sending...' : label}</button>;\n}\n", filename: 'form.tsx' },
    { code: "export const MitIDHelp = () => <button onClick={open}>{open ? 'Luk' : 'Hjælp'}</button>;\n", filename: 'help.tsx' },
  ],
  invalid: [
    { code: ownButton("<button onClick={go}>{busy ? 'CONNECTING TO MITID...' : label}</button>"), filename: 'page.tsx', errors: [{ messageId: 'notAPhrase', data: { text: 'CONNECTING TO MITID...', phrases: '"Log ind med MitID" or "Log on with MitID"' } }] },
    { code: "export const LoginWithMitIdButton = forwardRef(({ label, loading }, ref) => (\n  <button ref={ref}>{loading ? <Spinner /> : label}</button>\n));\n", filename: 'b.tsx', errors: [{ messageId: 'noTextInState' }] },
  ],
});
jsxTester.run('button-style (jsx): the CTA a MitID button component renders', style, {
  valid: [{ code: ownButton("<button style={{ background: '#0060e6', height: 48 }}>{label}</button>"), filename: 'page.tsx' }],
  invalid: [{ code: ownButton("<button style={{ background: busy ? '#999' : '#1a1a1a', padding: '18px 24px' }}>{label}</button>"), filename: 'page.tsx', errors: [{ messageId: 'offBrand' }, { messageId: 'offBrand' }, { messageId: 'offBrand' }] }],
});

litTester.run('approved-text (lit): a MitID button element', text, {
  valid: [{ code: "import { html, LitElement } from 'lit';\nclass MitidLoginButton extends LitElement {\n  render() { return html`<button>${this.label}</button>`; }\n}\n", filename: 'b.ts' }],
  invalid: [{ code: "import { html, LitElement } from 'lit';\nclass MitidLoginButton extends LitElement {\n  render() { return html`<button>${this.busy ? 'Vent...' : this.label}</button>`; }\n}\n", filename: 'b.ts', errors: [{ messageId: 'notAPhrase' }] }],
});
vueTester.run('approved-text (vue): a MitID button single-file component', text, {
  valid: [
    { code: '<template><button @click="go"><slot /></button></template>\n', filename: 'MitIDButton.vue' },
    { code: '<template><button @click="go">{{ busy ? "Vent..." : label }}</button></template>\n', filename: 'SubmitButton.vue' },
  ],
  invalid: [{ code: '<template><button @click="go"><span v-if="busy">Vent...</span><slot v-else /></button></template>\n', filename: 'MitIDButton.vue', errors: [{ messageId: 'notAPhrase' }] }],
});
htmlTester.run('button-style (svelte): a MitID button component file', style, {
  valid: [{ code: '<button on:click={go} style="background: #333"><slot /></button>\n', filename: 'src/lib/SubmitButton.svelte' }],
  invalid: [{ code: '<button on:click={go} style="background: #333"><slot /></button>\n', filename: 'src/lib/MitIDButton.svelte', errors: [{ messageId: 'offBrand' }] }],
});

jsxTester.run('approved-text (jsx): a navigation chosen by a provider is no MitID behaviour', text, {
  valid: [
    {
      code: "function go(p) {\n  if (p === 'mitid') location.href = '/auth/mitid/start';\n  else location.href = '/auth/oauth/google';\n}\nexport const C = () => <Button onClick={() => go('google')}><span>Continue with Google</span></Button>;\n",
      filename: 'social.tsx',
    },
  ],
  invalid: [],
});

// --- A click listener added from script to an element of the same file (item 4) ----------------

const AUTHORIZE = "auth.authorize({ redirectUri: location.origin, acrValues: 'urn:grn:authn:dk:mitid:substantial' })";
const CHOOSER = "auth.authorize({ acrValues: ['urn:grn:authn:dk:mitid:low', 'urn:grn:authn:se:bankid:same-device'] })";
const page = (markup: string, script: string): string => `<!doctype html>\n<html><body>\n${markup}\n<script type="module">\n${script}\n</script>\n</body></html>\n`;
htmlTester.run('approved-text (html): a button whose click listener starts a MitID login', text, {
  valid: [
    // The listener starts a login that lets the user choose an eID, or none at all.
    { code: page('<button id="login">Log in</button>', `document.getElementById('login').addEventListener('click', () => ${CHOOSER});`), filename: 'index.html' },
    { code: page('<button id="login">Log in</button>', "document.getElementById('login').addEventListener('click', () => auth.authorize({ redirectUri: location.origin }));"), filename: 'index.html' },
    // Another element, another event, or a help toggle.
    { code: page('<button id="other">Log in</button><button id="login">Log ind med MitID</button>', `document.getElementById('login').addEventListener('click', () => ${AUTHORIZE});`), filename: 'index.html' },
    { code: page('<button id="login">Log in</button>', `document.getElementById('login').addEventListener('mouseenter', () => ${AUTHORIZE});`), filename: 'index.html' },
    { code: page('<p id="login">Log in</p>', `document.getElementById('login').addEventListener('click', () => ${AUTHORIZE});`), filename: 'index.html' },
  ],
  invalid: [
    { code: page('<button id="login">Login (responsive)</button>', `document\n  .getElementById("login")\n  .addEventListener("click", () => {\n    ${AUTHORIZE};\n  });`), filename: 'index.html', errors: [{ messageId: 'notAPhrase', line: 3 }] },
    { code: page('<button class="btn primary">Fortsæt</button>', `const btn = document.querySelector('.btn.primary');\nfunction go() { ${AUTHORIZE}; }\nbtn.onclick = go;`), filename: 'index.html', errors: [{ messageId: 'notAPhrase', line: 3 }] },
    { code: page('<a id="go" href="#">Continue</a>', `$('#go').on('click', function () { location.href = '/auth/mitid/start'; });`), filename: 'index.html', errors: [{ messageId: 'notAPhrase', line: 3 }] },
  ],
});
vueTester.run('approved-text (vue): a listener added in the component script', text, {
  valid: [{ code: `<template><button id="login">Log in</button></template>\n<script setup>\nonMounted(() => document.getElementById('login').addEventListener('click', () => ${CHOOSER}));\n</script>\n`, filename: 'Login.vue' }],
  invalid: [{ code: `<template><button id="login">Log in</button></template>\n<script setup>\nonMounted(() => document.getElementById('login').addEventListener('click', () => ${AUTHORIZE}));\n</script>\n`, filename: 'Login.vue', errors: [{ messageId: 'notAPhrase' }] }],
});
jsxTester.run('approved-text (jsx): a listener added in an effect', text, {
  valid: [{ code: `export const C = () => {\n  useEffect(() => document.getElementById('login').addEventListener('click', () => ${CHOOSER}), []);\n  return <button id="login">Log in</button>;\n};\n`, filename: 'c.tsx' }],
  invalid: [{ code: `export const C = () => {\n  useEffect(() => document.getElementById('login').addEventListener('click', () => ${AUTHORIZE}), []);\n  return <button id="login">Log in</button>;\n};\n`, filename: 'c.tsx', errors: [{ messageId: 'notAPhrase' }] }],
});
litTester.run('approved-text (lit): a listener added in firstUpdated', text, {
  valid: [],
  invalid: [{ code: `import { html, LitElement } from 'lit';\nclass LoginBox extends LitElement {\n  firstUpdated() { this.renderRoot.querySelector('#login').addEventListener('click', () => ${AUTHORIZE}); }\n  render() { return html\`<button id="login">Log in</button>\`; }\n}\n`, filename: 'box.ts', errors: [{ messageId: 'notAPhrase' }] }],
});
htmlTester.run('approved-text (svelte): a listener added in the component script', text, {
  valid: [],
  invalid: [{ code: `<script>\n  import { onMount } from 'svelte';\n  onMount(() => document.getElementById('login').addEventListener('click', () => ${AUTHORIZE}));\n</script>\n<button id="login">Log in</button>\n`, filename: 'Login.svelte', errors: [{ messageId: 'notAPhrase' }] }],
});

// --- Angular control flow blocks are branches, not text (item 7) --------------------------------

const ng = (template: string): string => `import { Component } from '@angular/core';\n@Component({\n  selector: 'app-login',\n  template: \`\n${template}\n  \`,\n})\nexport class LoginComponent {}\n`;
const IF_ELSE = '<button class="btn-mitid" (click)="login()">\n  @if (busy()) {\n    <app-spinner [size]="20" />\n  } @else {\n    Log ind med MitID\n  }\n</button>';
const IF_TEXT = '<button class="btn-mitid" (click)="login()">\n  @if (busy()) {\n    Logger ind...\n  } @else if (failed) {\n    Prøv igen\n  } @else {\n    Log ind med MitID\n  }\n</button>';
const SWITCH = '<button class="btn-mitid">\n  @switch (lang) {\n    @case (\'en\') { Log on with MitID }\n    @default { Log ind med MitID }\n  }\n</button>';
const FOR = '<ul>@for (m of methods; track m.id) { <li>{{ m.name }}</li> } @empty { <li>Ingen</li> }</ul><button class="btn-mitid">Log ind med MitID</button>';
for (const [name, wrap, file, tester] of [['inline template', ng, 'login.component.ts', litTester], ['template file', (t: string) => `${t}\n`, 'login.component.html', htmlTester]] as const) {
  tester.run(`approved-text (angular ${name}): @if/@else, @switch and @for blocks`, text, {
    valid: [
      { code: wrap(SWITCH), filename: file },
      { code: wrap(FOR), filename: file },
      { code: wrap('<button class="btn-mitid">\n  @if (short) { Log ind med MitID } @else { Log ind med MitID }\n</button>'), filename: file },
    ],
    invalid: [
      { code: wrap(IF_ELSE), filename: file, errors: [{ messageId: 'noTextInState' }] },
      { code: wrap(IF_TEXT), filename: file, errors: [{ messageId: 'notAPhrase', data: { text: 'Logger ind...', phrases: '"Log ind med MitID" or "Log on with MitID"' } }, { messageId: 'notAPhrase', data: { text: 'Prøv igen', phrases: '"Log ind med MitID" or "Log on with MitID"' } }] },
      { code: wrap("<button class=\"btn-mitid\">\n  @switch (lang) {\n    @case ('en') { Sign in with MitID }\n    @default { Log ind med MitID }\n  }\n</button>"), filename: file, errors: [{ messageId: 'useApprovedPhrase', suggestions: [{ messageId: 'replaceWithPhrase', data: { phrase: 'Log on with MitID' }, output: wrap("<button class=\"btn-mitid\">\n  @switch (lang) {\n    @case ('en') { Log on with MitID }\n    @default { Log ind med MitID }\n  }\n</button>") }] }] },
    ],
  });
}

// --- One button for several providers; a logo's alt beside the text (items 8, 9) ---------------

jsxTester.run('approved-text (jsx): a button shared by providers', text, {
  valid: [
    { code: "export const B = ({ provider }) => <Button onClick={() => signIn(provider)}>{provider === 'google' ? 'Continue with Google' : 'Log on with MitID'}</Button>;\n", filename: 'b.tsx' },
    { code: "export const B = ({ p }) => <button className=\"btn-mitid\">{p === 'bankid' ? 'Logga in med BankID' : 'Log ind med MitID'}</button>;\n", filename: 'b.tsx' },
  ],
  invalid: [
    {
      code: "export const B = ({ provider, loading }) => <Button onClick={() => signIn(provider)} data-testid=\"mitid-login\">{loading ? 'Conectando...' : `Continuar con ${provider === 'google' ? 'Google' : 'MitID'}`}</Button>;\n",
      filename: 'b.tsx',
      // "Continuar con Google" is the Google branch's text: not reported.
      errors: [{ messageId: 'notAPhrase', data: { text: 'Continuar con MitID', phrases: '"Log ind med MitID" or "Log on with MitID"' } }, { messageId: 'notAPhrase', data: { text: 'Conectando...', phrases: '"Log ind med MitID" or "Log on with MitID"' } }],
    },
  ],
});
for (const fw of FRAMEWORKS) {
  testers[fw].run(`approved-text (${fw}): a logo's alt text is a word of its own`, text, {
    valid: [valid(fw, '<button class="btn-mitid"><img src="/mitid.svg" alt=""><span>Log ind med MitID</span></button>')],
    invalid: [at(fw, '<button class="btn-mitid"><img src="/mitid.svg" alt="MitID"><span>Continue with MitID</span></button>', { errors: [{ messageId: 'useApprovedPhrase', data: { text: 'MitID Continue with MitID', phrase: 'Log on with MitID' } }] })],
  });
}
