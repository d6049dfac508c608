// The submit button of a form that starts a MitID login (forms.ts): its action is a MitID login
// address, or its hidden inputs carry MitID acr_values/idp_values. Silent: a username/password
// form, a chooser whose radio options offer several eIDs, a submit typed "button".
import { htmlTester, jsxTester, litTester, rules, vueTester } from './helpers.js';

const rule = rules['approved-text'] as never;
const ACR = '<input type="hidden" name="acr_values" value="urn:grn:authn:dk:mitid:substantial">';
const AUTHORIZE = 'https://login.kommune.dk/oauth2/authorize';
const form = (body: string, action = AUTHORIZE): string => `<form method="get" action="${action}">\n  ${body}\n</form>`;
const notAPhrase = (text: string, line?: number) => ({ messageId: 'notAPhrase', data: { text, phrases: '"Log ind med MitID" or "Log on with MitID"' }, ...(line ? { line } : {}) });
const CHOOSER = '<input type="radio" name="acr_values" value="urn:grn:authn:dk:mitid:substantial"> <input type="radio" name="acr_values" value="urn:grn:authn:se:bankid:same-device">';
// Markup written the same in HTML, Vue, Svelte and Lit templates.
const markupValid = [
  form('<input name="username"><input type="password" name="password"><button type="submit">Log ind</button>', '/login'),
  form(`${CHOOSER}\n  <button type="submit">Fortsæt</button>`),
  form(`${ACR}\n  <button type="submit">Log ind med MitID</button>`),
  form(`${ACR}\n  <button type="button">Annullér</button>`, '/x'),
  // Another eID's acr value, a NemID address.
  form('<input type="hidden" name="acr_values" value="urn:grn:authn:se:bankid:same-device"><button>Fortsæt</button>'),
  form('<button type="submit">Fortsæt</button>', 'https://nemlog-in.dk/login'),
  // The form's paragraph names MitID; its submit saves settings.
  form('<p>Du logger ind med MitID næste gang.</p><button type="submit">Gem</button>', '/settings'),
];
const markupInvalid: [string, string, number][] = [
  [form(`${ACR}\n  <button type="submit">Fortsæt</button>`), 'Fortsæt', 3],
  [form(`${ACR}\n  <div class="actions"><button>Videre</button></div>`), 'Videre', 3],
  [form(`${ACR}\n  <input type="submit" value="Log på">`), 'Log på', 3],
  [form('<input type="hidden" name="idp_values" value="mitid">\n  <button type="submit">Fortsæt</button>', 'https://broker.example.dk/authorize'), 'Fortsæt', 3],
  // The action alone: a MitID login address.
  [form('<button type="submit">Fortsæt</button>', `${AUTHORIZE}?acr_values=urn:grn:authn:dk:mitid:low`), 'Fortsæt', 2],
  [form('<button type="submit">Log ind</button>', '/auth/mitid/login'), 'Log ind', 2],
];

htmlTester.run('approved-text: MitID login forms (HTML)', rule, {
  valid: markupValid.map((code) => ({ code, filename: 'page.html' })),
  invalid: [
    ...markupInvalid.map(([code, text, line]) => ({ code, filename: 'page.html', errors: [notAPhrase(text, line)] })),
    // A chooser's submit is judged by its own text when that names MitID.
    { code: form(`${CHOOSER}\n  <button type="submit">Login with MitID</button>`), filename: 'page.html', errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login with MitID', phrase: 'Log on with MitID' }, line: 3, suggestions: [{ messageId: 'replaceWithPhrase', data: { phrase: 'Log on with MitID' }, output: form(`${CHOOSER}\n  <button type="submit">Log on with MitID</button>`) }] }] },
  ],
});

htmlTester.run('approved-text: MitID login forms (Svelte)', rule, {
  valid: markupValid.map((code) => ({ code: `<script>\n  export let x = 1;\n</script>\n${code}\n`, filename: 'Login.svelte' })),
  invalid: markupInvalid.map(([code, text, line]) => ({ code: `<script>\n  export let x = 1;\n</script>\n${code}\n`, filename: 'Login.svelte', errors: [notAPhrase(text, line + 3)] })),
});

vueTester.run('approved-text: MitID login forms (Vue)', rule, {
  valid: [
    ...markupValid.map((code) => ({ code: `<template>\n${code}\n</template>\n`, filename: 'Login.vue' })),
    { code: `<template>\n<form :action="url">\n  <input type="hidden" name="acr_values" :value="acr"><button>Fortsæt</button>\n</form>\n</template>\n`, filename: 'Login.vue' },
  ],
  invalid: [
    ...markupInvalid.map(([code, text, line]) => ({ code: `<template>\n${code}\n</template>\n`, filename: 'Login.vue', errors: [notAPhrase(text, line + 1)] })),
    { code: `<template>\n  <form action="${AUTHORIZE}">\n    ${ACR}\n    <v-btn type="submit">Fortsæt</v-btn>\n  </form>\n</template>\n`, filename: 'Login.vue', errors: [notAPhrase('Fortsæt', 4)] },
  ],
});

litTester.run('approved-text: MitID login forms (Lit)', rule, {
  valid: markupValid.map((code) => ({ code: `import { html } from 'lit';\nexport const f = () => html\`\n${code}\n\`;\n`, filename: 'x-form.ts' })),
  invalid: markupInvalid.map(([code, text, line]) => ({ code: `import { html } from 'lit';\nexport const f = () => html\`\n${code}\n\`;\n`, filename: 'x-form.ts', errors: [notAPhrase(text, line + 2)] })),
});

const jsxAcr = '<input type="hidden" name="acr_values" value="urn:grn:authn:dk:mitid:substantial" />';
jsxTester.run('approved-text: MitID login forms (JSX)', rule, {
  valid: [
    { code: `export const F = () => (\n  <form action="/login"><input name="username" /><button type="submit">Log ind</button></form>\n);\n`, filename: 'F.tsx' },
    { code: `export const F = () => (\n  <form action="${AUTHORIZE}"><input type="radio" name="acr_values" value="urn:grn:authn:dk:mitid:low" /><input type="radio" name="acr_values" value="urn:grn:authn:no:bankid" /><button>Fortsæt</button></form>\n);\n`, filename: 'F.tsx' },
    // MUI's Button is type="button" unless told: no submit.
    { code: `export const F = () => (\n  <form action="${AUTHORIZE}">${jsxAcr}<Button>Tilbage</Button></form>\n);\n`, filename: 'F.tsx' },
    // A list item's button inside a form is rendered by a callback, elsewhere: not climbed to.
    { code: `export const F = ({ xs }) => (\n  <form action="/search">{xs.map((x) => <button key={x}>{x}</button>)}</form>\n);\n`, filename: 'F.tsx' },
    { code: `export const F = () => (\n  <form action="${AUTHORIZE}">${jsxAcr}<button type="submit">Log ind med MitID</button></form>\n);\n`, filename: 'F.tsx' },
  ],
  invalid: [
    { code: `export const F = () => (\n  <form method="get" action="${AUTHORIZE}">\n    ${jsxAcr}\n    <button type="submit">Fortsæt</button>\n  </form>\n);\n`, filename: 'F.tsx', errors: [notAPhrase('Fortsæt', 4)] },
    { code: `export const F = ({ busy }) => (\n  <Form action="${AUTHORIZE}">\n    ${jsxAcr}\n    {busy ? <Spinner /> : <Button type="submit">Videre</Button>}\n  </Form>\n);\n`, filename: 'F.tsx', errors: [notAPhrase('Videre', 4)] },
  ],
});

const angular = (template: string): string => `import { Component } from '@angular/core';\n\n@Component({\n  selector: 'app-f',\n  template: \`\n${template}\n\`,\n})\nexport class FComponent {}\n`;
litTester.run('approved-text: MitID login forms (Angular inline template)', rule, {
  valid: markupValid.map((code) => ({ code: angular(code), filename: 'f.component.ts' })),
  invalid: markupInvalid.map(([code, text, line]) => ({ code: angular(code), filename: 'f.component.ts', errors: [notAPhrase(text, line + 5)] })),
});
