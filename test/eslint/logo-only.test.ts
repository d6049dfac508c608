// A button that shows only the MitID logo: the logo image's alt is no visible text (rules sheet
// B8: the logo is decoration, the visible text must be the phrase), so it is the logo-only
// violation, one report, in every framework; Lit's unsafeSVG/unsafeHTML of an .svg file and an
// svg`` template draw no text either. Silent: an image that is no MitID logo keeps its alt as
// text, a logo beside the phrase, the wordmark image standing for the word.
import { htmlTester, jsxTester, litTester, rules, vueTester } from './helpers.js';

const rule = rules['approved-text'] as never;
const noVisibleText = (line: number) => ({ messageId: 'noVisibleText', line });
const LOGO_ALT = '<img src="assets/img/mitid-logo.svg" alt="Log ind med MitID">';
// Written the same in HTML, Vue, Svelte, Angular and Lit templates; the first line is the button's.
const valid = [
  // Not a MitID logo: the image's alt is its text, as before.
  '<button type="button"><img src="/img/login-button.png" alt="Log ind med MitID"></button>',
  // The logo beside the phrase, the wordmark standing for the word.
  '<button type="button"><img src="assets/img/mitid-logo.svg" alt=""> Log ind med MitID</button>',
  '<button type="button">Log on with <img src="/img/wordmark.svg" alt="MitID"></button>',
  // A logo inside a paragraph, no button.
  '<p><img src="assets/img/mitid-logo.svg" alt="Log ind med MitID"></p>',
];
const invalid = [
  `<button type="button">${LOGO_ALT}</button>`,
  `<a href="/auth/mitid/login" class="provider">\n  ${LOGO_ALT}\n</a>`,
  '<button type="button" aria-label="Log ind med MitID"><img class="mitid-logo" src="/logo.svg" alt="MitID"></button>',
  `<button type="button">${LOGO_ALT}<span class="sr-only">Log ind med MitID</span></button>`,
];

htmlTester.run('approved-text: logo-only buttons (HTML)', rule, {
  valid: valid.map((code) => ({ code, filename: 'page.html' })),
  invalid: invalid.map((code) => ({ code, filename: 'page.html', errors: [noVisibleText(1)] })),
});
htmlTester.run('approved-text: logo-only buttons (Angular templateUrl, Svelte)', rule, {
  valid: [
    ...valid.map((code) => ({ code: code.replace('<button', '<button (click)="login()"'), filename: 'alt.component.html' })),
    ...valid.map((code) => ({ code: code.replace('<button', '<button on:click={login}'), filename: 'Alt.svelte' })),
  ],
  invalid: [
    ...invalid.map((code) => ({ code: code.replace('<button', '<button (click)="login()"'), filename: 'alt.component.html', errors: [noVisibleText(1)] })),
    ...invalid.map((code) => ({ code: `<script lang="ts">\n  export let login: () => void;\n</script>\n${code.replace('<button', '<button on:click={login}')}\n`, filename: 'Alt.svelte', errors: [noVisibleText(4)] })),
  ],
});
vueTester.run('approved-text: logo-only buttons (Vue)', rule, {
  valid: [
    ...valid.map((code) => ({ code: `<template>\n  ${code.replace('<button', '<button @click="login"')}\n</template>\n`, filename: 'Alt.vue' })),
    // An image that is no MitID logo (a brand mark, a MitID help icon), a component import named for MitID.
    { code: `<script setup>\nimport logo from '@/assets/brand.svg';\n</script>\n<template>\n  <button @click="login"><img :src="logo" alt=""></button>\n</template>\n`, filename: 'Alt.vue' },
    { code: `<script setup>\nimport help from '@/assets/mitid-help.svg';\n</script>\n<template>\n  <button @click="toggle"><img :src="help" alt=""></button>\n</template>\n`, filename: 'Alt.vue' },
    { code: `<script setup>\nimport { url } from '@/config/mitid';\n</script>\n<template>\n  <button @click="go"><img :src="url" alt=""> Gem</button>\n</template>\n`, filename: 'Alt.vue' },
  ],
  invalid: [
    ...invalid.map((code) => ({ code: `<template>\n  ${code.replace('<button', '<button @click="login"')}\n</template>\n`, filename: 'Alt.vue', errors: [noVisibleText(2)] })),
    { code: `<template>\n  <button @click="login"><img src="@/assets/mitid.svg" :alt="'Log ind med MitID'"></button>\n</template>\n`, filename: 'Alt.vue', errors: [noVisibleText(2)] },
    // An image file named for MitID, imported under any name.
    { code: `<script setup>\nimport logo from '@/assets/mitid.svg';\n</script>\n<template>\n  <button @click="login"><img :src="logo" :alt="'Log ind med MitID'"></button>\n</template>\n`, filename: 'Alt.vue', errors: [noVisibleText(5)] },
    { code: `<script setup>\nimport logo from '@/assets/mitid.svg';\n</script>\n<template>\n  <button @click="login"><img :src="logo" alt=""></button>\n</template>\n`, filename: 'Alt.vue', errors: [noVisibleText(5)] },
  ],
});
const angular = (template: string): string => `import { Component } from '@angular/core';\n@Component({\n  selector: 'app-alt',\n  template: \`${template}\`,\n})\nexport class AltComponent {\n  login(): void {}\n}\n`;
litTester.run('approved-text: logo-only buttons (Angular inline)', rule, {
  valid: valid.map((code) => ({ code: angular(code.replace('<button', '<button (click)="login()"')), filename: 'alt.component.ts' })),
  invalid: invalid.map((code) => ({ code: angular(code.replace('<button', '<button (click)="login()"')), filename: 'alt.component.ts', errors: [noVisibleText(4)] })),
});

const lit = (body: string, head = ''): string => `import { LitElement, html, svg } from 'lit';\nimport { unsafeSVG } from 'lit/directives/unsafe-svg.js';\nimport { unsafeHTML } from 'lit/directives/unsafe-html.js';\nimport mitidSvg from './mitid-logo.svg?raw';\n${head}\nexport class XLogin extends LitElement {\n  render() {\n    return html\`${body}\`;\n  }\n}\n`;
const LOGO_TEMPLATE = "const mitidLogo = svg`<path d='M0 0h80v20H0z' />`;";
litTester.run('approved-text: logo-only buttons (Lit)', rule, {
  valid: [
    ...valid.map((code) => ({ code: lit(code), filename: 'x-login.ts' })),
    // A graphic beside the phrase; an unsafeHTML of a string that is no .svg file stays unknown.
    { code: lit('<button aria-label="Log ind med MitID">${unsafeSVG(mitidSvg)} Log ind med MitID</button>'), filename: 'x-login.ts' },
    { code: lit('<button aria-label="Log ind med MitID">${unsafeHTML(this.label)}</button>'), filename: 'x-login.ts' },
    { code: lit('<button @click=${this.save}>${unsafeSVG(saveIcon)}</button>', "const saveIcon = '<svg></svg>';"), filename: 'x-login.ts' },
  ],
  invalid: [
    ...invalid.map((code) => ({ code: lit(code), filename: 'x-login.ts', errors: [noVisibleText(8)] })),
    { code: lit('<button type="button" aria-label="Log ind med MitID" @click=${this.login}>${unsafeSVG(mitidSvg)}</button>'), filename: 'x-login.ts', errors: [noVisibleText(8)] },
    { code: lit('<button type="button" aria-label="Log ind med MitID">${unsafeHTML(mitidSvg)}</button>'), filename: 'x-login.ts', errors: [noVisibleText(8)] },
    { code: lit('<a href="/auth/mitid/login" aria-label="Log ind med MitID">${mitidLogo}</a>', LOGO_TEMPLATE), filename: 'x-login.ts', errors: [noVisibleText(8)] },
  ],
});

jsxTester.run('approved-text: logo-only buttons (JSX)', rule, {
  valid: [
    { code: 'export const A = ({ login }) => <button type="button" onClick={login}><img src="/img/login-button.png" alt="Log ind med MitID" /></button>;\n', filename: 'A.tsx' },
    { code: 'import mitidLogo from "./assets/mitid-logo.svg";\nexport const A = () => <a className="btn-mitid" href="/auth/mitid"><img src={mitidLogo} alt="" /> Log on with MitID</a>;\n', filename: 'A.tsx' },
    { code: 'export const A = () => <button type="button">Log on with <img src="/img/wordmark.svg" alt="MitID" /></button>;\n', filename: 'A.tsx' },
  ],
  invalid: [
    { code: 'export const A = ({ login }) => (\n  <button type="button" onClick={login}><img src="/img/mitid-logo.svg" alt="Log ind med MitID" /></button>\n);\n', filename: 'A.tsx', errors: [noVisibleText(2)] },
    { code: 'import mitidLogo from "./mitid.svg";\nexport const A = () => (\n  <a href="/auth/mitid/login"><img src={mitidLogo} alt="Log ind med MitID" /></a>\n);\n', filename: 'A.tsx', errors: [noVisibleText(3)] },
    { code: 'import logo from "./assets/mitid-logo.svg";\nexport const A = ({ go }) => <button onClick={go}><img src={logo} alt="" /></button>;\n', filename: 'A.tsx', errors: [noVisibleText(2)] },
  ],
});
