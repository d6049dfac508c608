/**
 * Per-item calls to action from a data list in markup templates (eslint-plugin/lists.ts): Vue's
 * `v-for` (a `<script setup>` const or `data()`), Svelte's `{#each}`, Angular's `*ngFor` and
 * `@for` over a class field (inline `template:` and a `templateUrl` file). JSX and Lit: lists.test.ts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { htmlTester, litTester, rules, vueTester } from './helpers.js';

const PHRASES = '"Log ind med MitID" or "Log on with MitID"';
const ITEMS = `[
  { id: 'mitid', label: 'Login with MitID', acr: 'urn:grn:authn:dk:mitid:substantial' },
  { id: 'bankid', label: 'Login with BankID', acr: 'urn:grn:authn:se:bankid' },
]`;
const fixed = (code: string, from = 'Login with MitID', to = 'Log on with MitID'): string => code.replace(`'${from}'`, `'${to}'`);
const nearMiss = (code: string, filename: string, line: number) => ({
  code,
  filename,
  errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login with MitID', phrase: 'Log on with MitID' }, line, suggestions: [{ messageId: 'replaceWithPhrase', output: fixed(code) }] }],
});

const vueSetup = (template: string, items = ITEMS): string => `<script setup>\nconst methods = ${items};\n</script>\n\n<template>\n  ${template}\n</template>\n`;
const vueData = (template: string, items = ITEMS): string => `<template>\n  ${template}\n</template>\n\n<script>\nexport default {\n  data() {\n    return { methods: ${items} };\n  },\n};\n</script>\n`;

vueTester.run('approved-text: per-item CTA from a data list (vue)', rules['approved-text'] as never, {
  valid: [
    { code: fixed(vueSetup('<button v-for="m in methods" :key="m.id" @click="login(m.acr)">{{ m.label }}</button>')), filename: 'Chooser.vue' },
    // A settings page: names in cells only.
    { code: vueSetup('<table><tr v-for="m in methods" :key="m.id"><td>{{ m.label }}</td><td><button @click="remove(m.id)">Fjern</button></td></tr></table>'), filename: 'Settings.vue' },
    // Navigation links (no eIDs) that mention MitID in a paragraph.
    { code: "<script setup>\nconst links = [\n  { href: '/help', title: 'Hjælp', about: 'Sådan logger du ind med MitID' },\n  { href: '/contact', title: 'Kontakt', about: 'Skriv til os' },\n];\n</script>\n<template>\n  <ul><li v-for=\"l in links\" :key=\"l.href\"><a :href=\"l.href\">{{ l.title }}</a><p>{{ l.about }}</p></li></ul>\n</template>\n", filename: 'Nav.vue' },
    // Items from a prop: unknown, silent.
    { code: "<script setup>\nconst props = defineProps(['methods']);\n</script>\n<template>\n  <button v-for=\"m in props.methods\" :key=\"m.id\" @click=\"login(m.acr)\">{{ m.label }}</button>\n</template>\n", filename: 'Chooser.vue' },
  ],
  invalid: [
    nearMiss(vueSetup('<button v-for="m in methods" :key="m.id" @click="login(m.acr)">{{ m.label }}</button>'), 'Chooser.vue', 3),
    // The options API's data(), the loop on an ancestor, a destructured item.
    nearMiss(vueData('<ul><li v-for="({ id, label }, i) in methods" :key="id"><button @click="choose(id)">{{ label }}</button></li></ul>'), 'Chooser.vue', 9),
    {
      code: vueSetup('<button v-for="m in methods" :key="m.id" @click="login(m.acr)">Verify</button>'),
      filename: 'Chooser.vue',
      errors: [{ messageId: 'notAPhraseForItem', data: { item: 'mitid', list: 'methods', text: 'Verify', phrases: PHRASES }, line: 9, column: 4 }],
    },
  ],
});

const svelte = (markup: string, items = ITEMS): string => `<script>\n  export let login;\n  const methods = ${items};\n</script>\n\n${markup}\n`;

htmlTester.run('approved-text: per-item CTA from a data list (svelte)', rules['approved-text'] as never, {
  valid: [
    { code: fixed(svelte('{#each methods as m (m.id)}\n  <button on:click={() => login(m.acr)}>{m.label}</button>\n{/each}')), filename: 'Chooser.svelte' },
    { code: svelte('<ul>\n{#each methods as m}\n  <li><span>{m.label}</span> <button on:click={() => remove(m.id)}>Fjern</button></li>\n{/each}\n</ul>'), filename: 'Settings.svelte' },
    // A prop's items: unknown, silent.
    { code: '<script>\n  export let methods = [];\n</script>\n{#each methods as m}<button on:click={() => login(m.acr)}>{m.label}</button>{/each}\n', filename: 'Chooser.svelte' },
  ],
  invalid: [
    nearMiss(svelte('{#each methods as m, i (m.id)}\n  <button on:click={() => login(m.acr)}>{m.label}</button>\n{/each}'), 'Chooser.svelte', 4),
    nearMiss(svelte('{#each methods.filter((m) => m.enabled !== false) as { id, label }}\n  <button on:click={() => login(id)}>{label}</button>\n{/each}'), 'Chooser.svelte', 4),
    // A fixed text for every item while the MitID item's handler starts a MitID login.
    {
      code: svelte('{#each methods as m}\n  <button on:click={() => login(m.acr)}>Verify</button>\n{/each}'),
      filename: 'Chooser.svelte',
      errors: [{ messageId: 'notAPhraseForItem', data: { item: 'mitid', list: 'methods', text: 'Verify', phrases: PHRASES }, line: 10, column: 4 }],
    },
    // A name every item shows: "MitID" alone for the MitID item, once, at the element.
    {
      code: svelte('{#each methods as m}\n  <button on:click={() => choose(m.id)}>{m.name}</button>\n{/each}', "[\n  { id: 'mitid', name: 'MitID' },\n  { id: 'bankid', name: 'BankID' },\n]"),
      filename: 'Chooser.svelte',
      errors: [{ messageId: 'notAPhraseForItem', data: { item: 'mitid', list: 'methods', text: 'MitID', phrases: PHRASES }, line: 10, column: 4 }],
    },
  ],
});

const ngInline = (template: string, items = ITEMS): string => `import { Component } from '@angular/core';\n\n@Component({\n  selector: 'app-chooser',\n  template: \`\n    ${template}\n  \`,\n})\nexport class ChooserComponent {\n  methods = ${items};\n  login(acr: string) {}\n}\n`;

litTester.run('approved-text: per-item CTA from a data list (angular inline)', rules['approved-text'] as never, {
  valid: [
    { code: fixed(ngInline('<button *ngFor="let m of methods" (click)="login(m.acr)">{{ m.label }}</button>')), filename: 'chooser.component.ts' },
    { code: ngInline('<tr *ngFor="let m of methods"><td>{{ m.label }}</td><td><button (click)="remove(m.id)">Fjern</button></td></tr>'), filename: 'settings.component.ts' },
  ],
  invalid: [
    nearMiss(ngInline('<button *ngFor="let m of methods; trackBy: byId" (click)="login(m.acr)">{{ m.label }}</button>'), 'chooser.component.ts', 11),
    nearMiss(ngInline('@for (m of methods; track m.id) {\n      <button mat-flat-button (click)="login(m.acr)">{{ m.label }}</button>\n    }'), 'chooser.component.ts', 13),
  ],
});

// A `templateUrl` file: its class is the TypeScript file beside it.
const dir = mkdtempSync(join(tmpdir(), 'mitid-lists-'));
writeFileSync(join(dir, 'chooser.component.ts'), `import { Component } from '@angular/core';\n\n@Component({ selector: 'app-chooser', templateUrl: './chooser.component.html' })\nexport class ChooserComponent {\n  methods = ${ITEMS};\n  login(acr: string) {}\n}\n`);
const ngFile = join(dir, 'chooser.component.html');

htmlTester.run('approved-text: per-item CTA from a data list (angular templateUrl)', rules['approved-text'] as never, {
  valid: [
    { code: '<ul><li *ngFor="let m of methods"><span>{{ m.label }}</span></li></ul>', filename: ngFile },
    // A list the class does not hold: unknown, silent.
    { code: '<button *ngFor="let m of others" (click)="login(m.acr)">{{ m.label }}</button>', filename: ngFile },
  ],
  invalid: [
    { code: '<button *ngFor="let m of methods" (click)="login(m.acr)">{{ m.label }}</button>', filename: ngFile, errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login with MitID', phrase: 'Log on with MitID' } }] },
    { code: '@for (m of methods; track m.id) {\n  <button (click)="login(m.acr)">{{ m.label }}</button>\n}', filename: ngFile, errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login with MitID', phrase: 'Log on with MitID' } }] },
  ],
});
