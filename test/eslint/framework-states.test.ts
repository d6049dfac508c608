/**
 * State kept in each framework's own state mechanism is a text the button can show (issue 10,
 * pattern 1): React/Preact `useState` and Solid's `createSignal` with every setter call, a React
 * class component's `this.state` with every `setState`, refs and
 * signals (Vue `ref`, Preact `signal`/`useSignal`, `computed`, Solid's `createMemo`), Vue's
 * Options API (`data()`, `computed`, `this.label = …` in methods), Svelte's reactive `$: label = …`
 * and props, Solid's `<Show fallback>` and `<Switch>/<Match>`, Lit's `when()` and `choose()`, and an
 * Angular `templateUrl` whose handler calls a class method that starts a MitID login. Each comes
 * with cases where it must stay silent: the state in a paragraph or heading, a setter's text on a
 * button that is no MitID button, a computed in a help link, a `<Show>` around a paragraph.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { htmlTester, jsxTester, litTester, rules, TSX, VUE, vueTester } from './helpers.js';

const rule = rules['approved-text'] as never;
const SVELTE = 'Login.svelte';
const LIT = 'login.ts';
/** Exactly these texts are reported, each once (in source order). */
/** A near miss reported once, its suggestion rewriting it where written. */
const nearMiss = (code: string, filename: string, text: string, phrase: string) => ({
  code,
  filename,
  errors: [{ messageId: 'useApprovedPhrase', data: { text, phrase }, suggestions: [{ messageId: 'replaceWithPhrase', data: { phrase }, output: code.replace(text, phrase) }] }],
});
const only = (...texts: string[]): { message: RegExp }[] => texts.map((t) => ({ message: new RegExp(`"${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`) }));

const react = (body: string, markup: string, head = "import { useState } from 'react';"): string =>
  `${head}\nexport function Login({ busy }: { busy: boolean }) {\n${body}\n  return ${markup};\n}\n`;

jsxTester.run('approved-text: React and Preact useState, Solid createSignal', rule, {
  valid: [
    // Every state approved.
    { code: react("  const [label, setLabel] = useState('Log ind med MitID');\n  const go = () => setLabel('Log on with MitID');", '<button type="button" onClick={go}>{label}</button>'), filename: TSX },
    // The state shown in a paragraph or a heading: no call to action.
    { code: react("  const [label, setLabel] = useState('Log ind med MitID');\n  const go = () => setLabel('Vent…');", '<div><p>{label}</p><h2>{label}</h2><input onChange={go} /></div>'), filename: TSX },
    // A setter's text on a button that is no MitID button.
    { code: react("  const [label, setLabel] = useState('Gem');\n  const go = () => setLabel('Gemmer…');", '<button type="button" onClick={go}>{label}</button>'), filename: TSX },
    // The setter handed to a child: the text may be anything, nothing certain to report.
    { code: react("  const [label, setLabel] = useState('Log ind med MitID');", '<><Editor onChange={setLabel} /><button type="button">{label}</button></>'), filename: TSX },
    // A Preact signal shown in a paragraph.
    { code: "import { useSignal } from '@preact/signals';\nexport function P() {\n  const label = useSignal('Log ind med MitID');\n  return <p onMouseEnter={() => { label.value = 'Vent…'; }}>{label}</p>;\n}\n", filename: TSX },
    { code: "import { createSignal } from 'solid-js';\nexport function B() {\n  const [label, setLabel] = createSignal('Gem');\n  return <button type=\"button\" onClick={() => setLabel('Gemmer…')}>{label()}</button>;\n}\n", filename: TSX },
  ],
  invalid: [
    // The spec's case: the click handler's setLabel('…') is a state of the button.
    {
      code: react("  const [label, setLabel] = useState('Log ind med MitID');\n  const start = () => {\n    setLabel('Omdirigerer til MitID…');\n    window.location.assign('/auth/mitid');\n  };", '<button type="button" onClick={start}>{label}</button>'),
      filename: TSX,
      errors: [{ messageId: 'notAPhrase', line: 5 }],
    },
    // A conditional, a function of the previous state, React.useState, a lazy initialiser.
    { code: react("  const [label, setLabel] = useState('Log ind med MitID');\n  const go = () => setLabel(busy ? 'Vent…' : 'Log ind med MitID');", '<button type="button" onClick={go}>{label}</button>'), filename: TSX, errors: only('Vent…') },
    { code: react("  const [label, setLabel] = React.useState('Log ind med MitID');\n  const go = () => setLabel(() => 'Logger ind…');", '<button type="button" onClick={go}>{label}</button>', "import React from 'react';"), filename: TSX, errors: only('Logger ind…') },
    nearMiss(react("  const [label] = useState(() => 'Login med MitID');", '<button type="button">{label}</button>', "import { useState } from 'preact/hooks';"), TSX, 'Login med MitID', 'Log ind med MitID'),
    // Solid: the signal read by calling its getter.
    {
      code: "import { createSignal } from 'solid-js';\nexport function B() {\n  const [label, setLabel] = createSignal('Godkend med MitID');\n  return <button type=\"button\" onClick={() => setLabel('Godkender…')}>{label()}</button>;\n}\n",
      filename: TSX,
      errors: only('Godkender…'),
    },
    // Preact signals, read as the signal or its value; Solid's createMemo.
    {
      code: "import { signal, useSignal } from '@preact/signals';\nconst cta = signal('Log ind med MitID');\nexport function B() {\n  const label = useSignal('Log ind med MitID');\n  const go = () => { label.value = 'Omdirigerer…'; cta.value = 'Prøv igen'; };\n  return <div><button type=\"button\" onClick={go}>{label}</button><button type=\"button\">{cta.value}</button></div>;\n}\n",
      filename: TSX,
      errors: only('Omdirigerer…', 'Prøv igen'),
    },
    {
      code: "import { createMemo, createSignal } from 'solid-js';\nexport function B() {\n  const [busy, setBusy] = createSignal(false);\n  const label = createMemo(() => (busy() ? 'Godkender…' : 'Godkend med MitID'));\n  return <button type=\"button\" onClick={() => setBusy(true)}>{label()}</button>;\n}\n",
      filename: TSX,
      errors: only('Godkender…'),
    },
  ],
});

const klass = (fields: string, render: string): string => `import React from 'react';\nexport class Login extends React.Component {\n${fields}\n  render() {\n${render}\n  }\n}\n`;

jsxTester.run("approved-text: a React class component's this.state and setState", rule, {
  valid: [
    { code: klass("  state = { label: 'Gem' };\n  go = () => this.setState({ label: 'Gemmer…' });", '    return <button type="button" onClick={this.go}>{this.state.label}</button>;'), filename: TSX },
    { code: klass("  state = { label: 'Log ind med MitID' };\n  go = () => this.setState({ label: 'Vent…' });", '    const { label } = this.state;\n    return <p onMouseEnter={this.go}>{label}</p>;'), filename: TSX },
  ],
  invalid: [
    {
      code: klass("  constructor(props) {\n    super(props);\n    this.state = { label: 'Log ind med MitID', busy: false };\n  }\n  go = () => {\n    this.setState({ label: 'Omdirigerer…', busy: true });\n  };", '    return <button type="button" onClick={this.go}>{this.state.label}</button>;'),
      filename: TSX,
      errors: [{ messageId: 'notAPhrase', line: 8 }],
    },
    { code: klass("  state = { label: 'Log ind med MitID', busy: false };\n  retry = () => this.setState((s) => ({ label: s.busy ? 'Prøv igen' : 'Log ind med MitID' }));", '    const { label } = this.state;\n    return <button type="button" onClick={this.retry}>{label}</button>;'), filename: TSX, errors: only('Prøv igen') },
  ],
});

jsxTester.run('approved-text: Solid <Show fallback> and <Switch>/<Match>', rule, {
  valid: [
    // A Show around a paragraph: no call to action.
    { code: "import { Show } from 'solid-js';\nexport const P = (p) => <Show when={p.ok} fallback={<p>Vent…</p>}><p>Log ind med MitID</p></Show>;\n", filename: TSX },
    // Both states approved.
    { code: "import { Show } from 'solid-js';\nexport const B = (p) => <button type=\"button\"><Show when={p.en} fallback=\"Log ind med MitID\">Log on with MitID</Show></button>;\n", filename: TSX },
    // A Show that is no Solid's: its fallback is a prop of the project's component.
    { code: "import { Show } from './Show';\nexport const B = (p) => <button type=\"button\"><Show when={p.ok} fallback={<span>Vent…</span>}>Log ind med MitID</Show></button>;\n", filename: TSX },
  ],
  invalid: [
    {
      code: "import { Show, createSignal } from 'solid-js';\nexport function B(props) {\n  const [busy] = createSignal(false);\n  return (\n    <button type=\"button\" onClick={props.approve}>\n      <Show when={!busy()} fallback={<span>Godkender…</span>}>\n        Godkend med MitID\n      </Show>\n    </button>\n  );\n}\n",
      filename: TSX,
      errors: [{ messageId: 'notAPhrase', line: 6 }],
    },
    // Each Match is a state; without a fallback the Switch may show nothing.
    {
      code: "import { Match, Switch } from 'solid-js';\nexport const B = (p) => (\n  <button type=\"button\" className=\"mitid\">\n    <Switch fallback=\"Log ind med MitID\">\n      <Match when={p.state === 'busy'}>Vent…</Match>\n      <Match when={p.state === 'error'}>Prøv igen</Match>\n    </Switch>\n  </button>\n);\n",
      filename: TSX,
      errors: only('Vent…', 'Prøv igen'),
    },
  ],
});

const vue = (template: string, options: string, wrap = (o: string): string => `export default {\n${o}\n};`): string => `<template>\n  ${template}\n</template>\n\n<script>\n${wrap(options)}\n</script>\n`;

const setup = (script: string, template: string): string => `<script setup>\nimport { computed, ref } from 'vue';\n${script}\n</script>\n\n<template>\n  ${template}\n</template>\n`;

vueTester.run('approved-text: Vue refs, computeds and reactive objects in <script setup>', rule, {
  valid: [
    { code: setup("const label = ref('Gem');\nfunction go() { label.value = 'Gemmer…'; }", '<button type="button" @click="go">{{ label }}</button>\n  <h2>{{ label }}</h2>'), filename: VUE },
    { code: setup("const label = ref('Log ind med MitID');\nfunction go() { label.value = 'Vent…'; }", '<p @mouseenter="go">{{ label }}</p>'), filename: VUE },
    // A list held in a computed or a ref is no data list of login methods here: its items stay unknown (a row of feature badges, one named MitID).
    { code: setup("const features = computed(() => [\n  { key: 'forms', label: 'Formularer' },\n  { key: 'mitid', label: 'MitID OIDC' },\n]);\nconst open = ref(null);", '<ul><li v-for="f in features" :key="f.key"><button type="button" @click="open = f.key">{{ f.label }}</button></li></ul>'), filename: VUE },
    { code: setup("const features = ref([{ key: 'mitid', label: 'MitID OIDC' }]);", '<button v-for="f in features" :key="f.key" type="button">{{ f.label }}</button>'), filename: VUE },
    // A reactive object's texts in a paragraph and a help link.
    { code: setup("const state = reactive({ label: 'Log ind med MitID', help: 'Hvad er MitID?' });\nfunction go() { state.label = 'Vent…'; state.help = 'Luk hjælpen til MitID'; }", '<p @mouseenter="go">{{ state.label }}</p>\n  <a href="https://www.mitid.dk/">{{ state.help }}</a>').replace('computed, ref', 'reactive'), filename: VUE },
  ],
  invalid: [
    { code: setup("const label = ref('Log ind med MitID');\nfunction go() {\n  label.value = 'Vent…';\n}", '<button type="button" @click="go">{{ label }}</button>'), filename: VUE, errors: [{ messageId: 'notAPhrase', line: 5 }] },
    { code: setup("const busy = ref(false);\nconst text = computed(() => (busy.value ? 'Logger ind…' : 'Log ind med MitID'));", '<button type="button">{{ text }}</button>'), filename: VUE, errors: only('Logger ind…') },
    // A reactive object's property, with every assignment to it.
    { code: setup("const state = reactive({ label: 'Log ind med MitID' });\nfunction go() { state.label = 'Vent…'; }", '<button type="button" @click="go">{{ state.label }}</button>').replace('computed, ref', 'reactive'), filename: VUE, errors: only('Vent…') },
  ],
});

vueTester.run('approved-text: the Vue Options API (data, computed, methods)', rule, {
  valid: [
    // A computed used in a help link, a data text in a paragraph.
    { code: vue('<a href="https://www.mitid.dk/hjaelp/">{{ helpText }}</a>', "  computed: {\n    helpText() { return this.open ? 'Luk' : 'Hvad er MitID?'; },\n  },"), filename: VUE },
    { code: vue('<p>{{ label }}</p>', "  data() { return { label: 'Log ind med MitID' }; },\n  methods: { go() { this.label = 'Vent…'; } },"), filename: VUE },
    // Every state approved; a non-MitID button's states.
    { code: vue('<button type="button" @click="go">{{ label }}</button>', "  data() { return { label: 'Log ind med MitID' }; },\n  methods: { go() { this.label = 'Log on with MitID'; } },"), filename: VUE },
    { code: vue('<button type="button" @click="save">{{ label }}</button>', "  data() { return { label: 'Gem' }; },\n  methods: { save() { this.label = 'Gemmer…'; } },"), filename: VUE },
  ],
  invalid: [
    {
      code: vue('<button type="button" class="mitid-login" @click="start">{{ buttonText }}</button>', "  data() { return { loading: false }; },\n  computed: {\n    buttonText() {\n      return this.loading ? 'Logger ind…' : 'Log ind med MitID';\n    },\n  },\n  methods: { start() { this.loading = true; } },"),
      filename: VUE,
      errors: only('Logger ind…'),
    },
    {
      code: vue('<button type="button" @click="confirm">{{ label }}</button>', "  data() {\n    return { label: 'Bekræft med MitID' };\n  },\n  methods: {\n    confirm() {\n      this.label = 'Bekræfter…';\n    },\n  },"),
      filename: VUE,
      errors: [{ messageId: 'notAPhrase', line: 12 }],
    },
    // A computed with get and set, in defineComponent.
    {
      code: vue('<button type="button">{{ text }}</button>', "  computed: {\n    text: {\n      get() { return this.busy ? 'Vent…' : 'Log ind med MitID'; },\n      set(v) { this.busy = v; },\n    },\n  },", (o) => `import { defineComponent } from 'vue';\nexport default defineComponent({\n${o}\n});`),
      filename: VUE,
      errors: only('Vent…'),
    },
  ],
});

htmlTester.run('approved-text: Svelte reactive declarations, stores, props and component labels', rule, {
  valid: [
    { code: "<script>\n  let busy = $state(false);\n  let label = $derived.by(() => (busy ? 'Gemmer…' : 'Gem'));\n</script>\n\n<button type=\"button\">{label}</button>\n<h1>{busy ? 'Vent…' : 'Log ind med MitID'}</h1>\n", filename: SVELTE },
    // A store's states on a non-MitID button, a Map's set() beside it; a store's text in a paragraph.
    { code: "<script>\n  import { writable } from 'svelte/store';\n  const label = writable('Gem');\n  const cache = new Map();\n  function go() { label.set('Gemmer…'); cache.set('a', 'Vent på MitID'); }\n</script>\n\n<button type=\"button\" on:click={go}>{$label}</button>\n", filename: SVELTE },
    { code: "<script>\n  import { writable } from 'svelte/store';\n  const label = writable('Log ind med MitID');\n  label.set('Vent…');\n</script>\n\n<p>{$label}</p>\n", filename: SVELTE },
    // The reactive text in a heading; a non-MitID button's reactive states; approved states.
    { code: "<script>\n  export let busy = false;\n  $: label = busy ? 'Vent…' : 'Log ind med MitID';\n</script>\n\n<h2>{label}</h2>\n", filename: SVELTE },
    { code: "<script>\n  export let busy = false;\n  $: label = busy ? 'Gemmer…' : 'Gem';\n</script>\n\n<button type=\"button\">{label}</button>\n", filename: SVELTE },
    { code: "<script>\n  export let en = false;\n  $: label = en ? 'Log on with MitID' : 'Log ind med MitID';\n</script>\n\n<button type=\"button\">{label}</button>\n", filename: SVELTE },
    { code: "<script>\n  import MitIDButton from './MitIDButton.svelte';\n</script>\n\n<MitIDButton label=\"Log ind med MitID\" />\n<p>Hvad er MitID?</p>\n", filename: SVELTE },
    // A dictionary's other keys are no text of the button.
    { code: "<script>\n  export let lang = 'da';\n  const texts = { da: { cta: 'Log ind med', help: 'Hvad er' }, en: { cta: 'Log on with', help: 'What is' } };\n</script>\n\n<button type=\"button\">{texts[lang].cta} MitID</button>\n<p>{texts[lang].help} MitID?</p>\n", filename: SVELTE },
  ],
  invalid: [
    { code: "<script>\n  export let busy = false;\n  $: label = busy ? 'Vent…' : 'Log ind med MitID';\n</script>\n\n<button type=\"button\" class=\"mitid\">{label}</button>\n", filename: SVELTE, errors: [{ messageId: 'notAPhrase', line: 3 }] },
    { code: "<script lang=\"ts\">\n  export let busy: boolean = false;\n  $: label = busy ? 'Vent…' : 'Log ind med MitID';\n</script>\n\n<button type=\"button\" class=\"mitid\">{label}</button>\n", filename: SVELTE, errors: only('Vent…') },
    // Several reactive assignments are several states.
    { code: "<script>\n  export let state = 'idle';\n  $: label = 'Log ind med MitID';\n  $: if (state === 'busy') label = 'Logger ind…';\n</script>\n\n<button type=\"button\">{label}</button>\n", filename: SVELTE, errors: only('Logger ind…') },
    // A store read as $label: each label.set('…') a state.
    { code: "<script>\n  import { writable } from 'svelte/store';\n  const label = writable('Log ind med MitID');\n  function go() {\n    label.set('Omdirigerer…');\n  }\n</script>\n\n<button type=\"button\" on:click={go}>{$label}</button>\n", filename: SVELTE, errors: [{ messageId: 'notAPhrase', line: 5 }] },
    // Svelte 5's $derived and $derived.by.
    { code: "<script>\n  let busy = $state(false);\n  let label = $derived(busy ? 'Vent…' : 'Log ind med MitID');\n</script>\n\n<button type=\"button\" onclick={() => (busy = true)}>{label}</button>\n", filename: SVELTE, errors: only('Vent…') },
    { code: "<script lang=\"ts\">\n  let busy = $state(false);\n  let label = $derived.by(() => {\n    if (busy) return 'Logger ind…';\n    return 'Log ind med MitID';\n  });\n</script>\n\n<button type=\"button\" onclick={() => (busy = true)}>{label}</button>\n", filename: SVELTE, errors: [{ messageId: 'notAPhrase', line: 4 }] },
    // A prop's default is what the parent may not pass: every entry of a dictionary indexed by it.
    { code: "<script>\n  export let lang = 'da';\n  const texts = {\n    da: { loginWith: 'Log ind med' },\n    en: { loginWith: 'Sign in with' },\n  };\n</script>\n\n<button type=\"button\">{texts[lang].loginWith} MitID</button>\n", filename: SVELTE, errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Sign in with MitID', phrase: 'Log on with MitID' }, suggestions: [] }] },
    // A childless component's label prop, as in JSX and Vue.
    nearMiss("<script>\n  import MitIDButton from './MitIDButton.svelte';\n</script>\n\n<MitIDButton label=\"Log in with MitID\" />\n", SVELTE, 'Log in with MitID', 'Log on with MitID'),
  ],
});

const lit = (markup: string, head = "import { when } from 'lit/directives/when.js';\nimport { choose } from 'lit/directives/choose.js';"): string =>
  `import { LitElement, html } from 'lit';\n${head}\nexport class X extends LitElement {\n  busy = false;\n  state = 'idle';\n  render() {\n    return html\`${markup}\`;\n  }\n}\n`;

litTester.run("approved-text: Lit's when() and choose() directives", rule, {
  valid: [
    { code: lit('<p>${when(this.busy, () => html`Vent…`, () => html`Log ind med MitID`)}</p>'), filename: LIT },
    { code: lit('<button type="button">${when(this.busy, () => html`Log on with MitID`, () => html`Log ind med MitID`)}</button>'), filename: LIT },
    // No false case: nothing shows then, as `busy && '…'` (no text state to judge).
    { code: lit('<button type="button" class="mitid">${when(this.busy, () => html`Log ind med MitID`)}</button>'), filename: LIT },
    // A `when` of the project's own is no Lit directive.
    { code: lit('<button type="button">${when(this.busy, () => html`Vent…`, () => html`Log ind med MitID`)}</button>', "import { when } from './when.js';"), filename: LIT },
  ],
  invalid: [
    { code: lit('<button type="button">${when(this.busy, () => html`Vent…`, () => html`Log ind med MitID`)}</button>'), filename: LIT, errors: only('Vent…') },
    {
      code: lit("<button type=\"button\">${choose(this.state, [['busy', () => html`Logger ind…`], ['idle', () => html`Log ind med MitID`]], () => html`Prøv igen`)}</button>"),
      filename: LIT,
      errors: only('Logger ind…', 'Prøv igen'),
    },
  ],
});

const root = mkdtempSync(join(tmpdir(), 'mitid-framework-states-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;
/** An Angular component folder: its class (`login()`'s body given) and the template, whose path is returned. */
function angular(login: string): string {
  const dir = join(root, `c${++folders}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'signin.component.ts'), `import { Component } from '@angular/core';\n@Component({ selector: 'app-signin', templateUrl: './signin.component.html' })\nexport class SigninComponent {\n  constructor(private readonly oauth: OAuthService) {}\n  login(): void {\n    ${login}\n  }\n}\n`);
  return join(dir, 'signin.component.html');
}
const TEMPLATE = '<div class="signin">\n  <button type="button" class="btn" (click)="login()">Log ind</button>\n</div>\n';

htmlTester.run('approved-text: an Angular templateUrl handler calling a class method that starts a MitID login', rule, {
  valid: [
    { code: TEMPLATE, filename: angular("this.oauth.initCodeFlow('', { acr_values: 'urn:grn:authn:dk:mitid:substantial' });").replace(/signin\.component\.html$/, 'other.html') },
    { code: TEMPLATE, filename: angular('this.oauth.initCodeFlow();') },
  ],
  invalid: [{ code: TEMPLATE, filename: angular("this.oauth.initCodeFlow('', { acr_values: 'urn:grn:authn:dk:mitid:substantial' });"), errors: [{ messageId: 'notAPhrase', line: 2 }] }],
});
