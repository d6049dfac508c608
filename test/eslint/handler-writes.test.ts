// Text a MitID button's own click handler writes into it through its event (handler-writes.ts):
// inline (React, Vue, Lit) or a function of the same file bound in markup (Svelte with and without
// lang="ts", Vue's go($event), Angular's (click)="go($event)", HTML's onclick="go(event)", Lit's
// @click=${this.go}). And a state with no text: markup without text written into a MitID button
// (innerHTML of a spinner) is reported like a spinner-only branch. Silent: another button's
// handler, a help toggle, a write to another element, the approved phrase, appended markup.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { everyRule, htmlTester, jsxTester, litTester, rules, vueTester } from './helpers.js';

const rule = rules['approved-text'] as never;
const PHRASES = '"Log ind med MitID" or "Log on with MitID"';
const notAPhrase = (text: string, line: number) => ({ messageId: 'notAPhrase', data: { text, phrases: PHRASES }, line });
const noText = (line: number) => ({ messageId: 'noTextInState', data: { phrases: PHRASES }, line });

jsxTester.run('approved-text: event.target in a MitID button handler (JSX)', rule, {
  valid: [
    // Not a MitID button; a help toggle; the approved phrase; another element; another event's target.
    { code: "export const A = () => <button onClick={(e) => { (e.target as HTMLElement).textContent = 'Gemmer…'; }}>Gem</button>;\n", filename: 'A.tsx' },
    { code: "export const A = () => <button className=\"mitid-help-toggle\" onClick={(e) => { e.currentTarget.textContent = 'Skjul'; }}>Hvad er MitID?</button>;\n", filename: 'A.tsx' },
    { code: "export const A = () => <button onClick={(e) => { e.currentTarget.textContent = 'Log ind med MitID'; }}>Log ind med MitID</button>;\n", filename: 'A.tsx' },
    { code: "export const A = () => <button onClick={() => { document.getElementById('status')!.textContent = 'Logger ind…'; }}>Log ind med MitID</button>;\n", filename: 'A.tsx' },
    { code: "export const A = ({ other }) => <button onClick={(e) => { other.target.textContent = 'Vent'; }}>Log ind med MitID</button>;\n", filename: 'A.tsx' },
    { code: "export const A = () => <button onClick={(e) => { e.currentTarget.setAttribute('aria-busy', 'true'); }}>Log ind med MitID</button>;\n", filename: 'A.tsx' },
  ],
  invalid: [
    {
      code: "export const A = ({ start }) => (\n  <button\n    className=\"btn-mitid\"\n    onClick={(e) => {\n      (e.target as HTMLButtonElement).textContent = 'Vent…';\n      start();\n    }}\n  >\n    Log ind med MitID\n  </button>\n);\n",
      filename: 'A.tsx',
      errors: [notAPhrase('Vent…', 5)],
    },
    // A function of the file, the event handed on, the element held in a variable.
    { code: "function start(e: React.MouseEvent<HTMLButtonElement>) {\n  const button = e.currentTarget;\n  button.innerText = 'Logger ind…';\n}\nexport const A = () => <button onClick={start}>Log ind med MitID</button>;\n", filename: 'A.tsx', errors: [notAPhrase('Logger ind…', 3)] },
    { code: "const go = (event) => { event.target.textContent = 'Åbner…'; };\nexport const A = () => <button onClick={(e) => go(e)}>Log ind med MitID</button>;\n", filename: 'A.jsx', errors: [notAPhrase('Åbner…', 1)] },
    // A spinner only: a state without text.
    { code: "export const A = () => <button onClick={(e) => { e.currentTarget.innerHTML = '<span class=\"spinner\"></span>'; }}>Log ind med MitID</button>;\n", filename: 'A.tsx', errors: [noText(1)] },
  ],
});

const svelte = (lang: string, body: string, button = '<button type="button" id="mitid-login" on:click={start}>Log ind med MitID</button>'): string => `<script${lang}>\n${body}\n</script>\n\n${button}\n`;
htmlTester.run('approved-text: event.target in a MitID button handler (Svelte, HTML)', rule, {
  valid: [
    { filename: 'A.svelte', code: svelte('', "  function start(e) {\n    e.target.innerText = 'Gemmer…';\n  }", '<button on:click={start}>Gem</button>') },
    { filename: 'A.svelte', code: svelte(' lang="ts"', "  function start(e: MouseEvent): void {\n    (e.target as HTMLButtonElement).innerText = 'Log ind med MitID';\n  }") },
    { filename: 'a.html', code: "<button onclick=\"go(event)\">Gem</button>\n<script>\n  function go(e) { e.target.textContent = 'Gemmer…'; }\n</script>\n" },
    { filename: 'a.html', code: "<button onclick=\"this.textContent = 'Gemmer…'\">Gem</button>\n<button onclick=\"document.getElementById('status').textContent = 'Vent…'\">Log ind med MitID</button>\n" },
    { filename: 'a.html', code: "<button onclick=\"this.textContent = (\">Log ind med MitID</button>\n" },
    // Appending a spinner keeps the text.
    { filename: 'a.html', code: "<button onclick=\"go(event)\">Log ind med MitID</button>\n<script>\n  function go(e) { e.target.insertAdjacentHTML('beforeend', '<span class=\"spinner\"></span>'); }\n</script>\n" },
  ],
  invalid: [
    { filename: 'A.svelte', code: svelte('', "  function start(e) {\n    e.target.innerText = 'Logger ind…';\n  }"), errors: [notAPhrase('Logger ind…', 3)] },
    { filename: 'A.svelte', code: svelte(' lang="ts"', "  function start(e: MouseEvent): void {\n    (e.target as HTMLButtonElement).innerText = 'Logger ind…';\n  }"), errors: [notAPhrase('Logger ind…', 3)] },
    { filename: 'A.svelte', code: svelte('', "  const start = (e) => { e.currentTarget.innerHTML = '<i class=\"spinner\"></i>'; };"), errors: [noText(2)] },
    { filename: 'a.html', code: "<!doctype html>\n<button onclick=\"go(event)\">Log ind med MitID</button>\n<script>\n  function go(e) {\n    e.target.textContent = 'Vent…';\n  }\n</script>\n", errors: [notAPhrase('Vent…', 5)] },
    // The handler attribute's own code: `this` and `event` are the element's.
    { filename: 'a.html', code: "<button id=\"mitid-btn\"\n  onclick=\"this.disabled = true; this.textContent = 'Vent…';\">Log ind med MitID</button>\n", errors: [notAPhrase('Vent…', 2)] },
    { filename: 'a.html', code: "<button class=\"btn-mitid\" onclick=\"this.innerHTML = '<span class=&quot;spinner&quot;></span>';\">Log ind med MitID</button>\n", errors: [noText(1)] },
    { filename: 'a.html', code: "<a href=\"/auth/mitid/login\" onclick=\"event.currentTarget.textContent = 'Åbner MitID…'\">Log ind med MitID</a>\n", errors: [notAPhrase('Åbner MitID…', 1)] },
  ],
});

vueTester.run('approved-text: event.target in a MitID button handler (Vue)', rule, {
  valid: [
    { filename: 'A.vue', code: "<script setup>\nfunction go(e) { e.target.textContent = 'Gemmer…'; }\n</script>\n<template>\n  <button @click=\"go($event)\">Gem</button>\n</template>\n" },
  ],
  invalid: [
    { filename: 'A.vue', code: "<script setup lang=\"ts\">\nfunction go(e: MouseEvent): void {\n  (e.target as HTMLButtonElement).textContent = 'Vent…';\n}\n</script>\n<template>\n  <button @click=\"go($event)\">Log ind med MitID</button>\n</template>\n", languageOptions: { parserOptions: { parser: tseslint.parser } }, errors: [notAPhrase('Vent…', 3)] },
    { filename: 'A.vue', code: "<script>\nexport default {\n  methods: {\n    go(e) { e.currentTarget.innerText = 'Logger ind…'; },\n  },\n};\n</script>\n<template>\n  <button class=\"btn-mitid\" @click=\"go\">Log ind med MitID</button>\n</template>\n", errors: [notAPhrase('Logger ind…', 4)] },
    { filename: 'A.vue', code: "<template>\n  <button @click=\"(e) => { e.target.textContent = 'Vent' }\">Log ind med MitID</button>\n</template>\n", errors: [notAPhrase('Vent', 2)] },
    { filename: 'A.vue', code: "<template>\n  <button class=\"btn-mitid\" @click=\"$event.currentTarget.textContent = 'Vent'\">Log ind med MitID</button>\n</template>\n", errors: [notAPhrase('Vent', 2)] },
  ],
});

litTester.run('approved-text: event.target in a MitID button handler (Lit, Angular)', rule, {
  valid: [
    { filename: 'x.ts', code: "import { LitElement, html } from 'lit';\nexport class X extends LitElement {\n  render() {\n    return html`<button @click=${this.save}>Gem</button>`;\n  }\n  save(e: Event) { (e.target as HTMLElement).textContent = 'Gemmer…'; }\n}\n" },
  ],
  invalid: [
    { filename: 'x.ts', code: "import { LitElement, html } from 'lit';\nexport class X extends LitElement {\n  render() {\n    return html`<button @click=${this.go}>Log ind med MitID</button>`;\n  }\n  go(e: Event) {\n    (e.target as HTMLElement).textContent = 'Vent…';\n  }\n}\n", errors: [notAPhrase('Vent…', 7)] },
    { filename: 'x.ts', code: "import { html } from 'lit';\nexport const t = () => html`<button @click=${(e: Event) => { (e.currentTarget as HTMLElement).textContent = 'Vent…'; }}>Log ind med MitID</button>`;\n", errors: [notAPhrase('Vent…', 2)] },
    { filename: 'x.component.ts', code: "import { Component } from '@angular/core';\n@Component({ selector: 'app-x', template: '<button (click)=\"go($event)\">Log ind med MitID</button>' })\nexport class XComponent {\n  go(event: MouseEvent): void {\n    (event.target as HTMLButtonElement).innerText = 'Vent…';\n  }\n}\n", errors: [notAPhrase('Vent…', 5)] },
  ],
});

// A state with no text written from script: a spinner's markup replaces the phrase.
litTester.run('approved-text: markup without text written into a MitID button', rule, {
  valid: [
    { filename: 'a.js', code: "document.getElementById('mitid-btn').insertAdjacentHTML('beforeend', '<span class=\"spinner\"></span>');\n" },
    { filename: 'a.js', code: "document.getElementById('status').innerHTML = '<span class=\"spinner\"></span>';\n" },
    { filename: 'a.js', code: "document.getElementById('mitid-btn').innerHTML = '<span class=\"spinner\"></span> Log ind med MitID';\n" },
  ],
  invalid: [
    { filename: 'a.js', code: "document.getElementById('mitid-btn').addEventListener('click', () => {\n  document.getElementById('mitid-btn').innerHTML = '<span class=\"spinner\"></span>';\n});\n", errors: [noText(2)] },
    { filename: 'a.js', code: "$('.btn-mitid').html('<i class=\"fa fa-spinner fa-spin\"></i>');\n", errors: [noText(1)] },
  ],
});

// An Angular templateUrl's handlers are its class's methods, in another file: no report lands in the template at the class's offsets.
describe('approved-text: a templateUrl handler writes in its class file', () => {
  it('reports nothing at the template (the class is another file)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mitid-handler-'));
    try {
      writeFileSync(join(dir, 'x.component.ts'), "import { Component } from '@angular/core';\n@Component({ selector: 'app-x', templateUrl: './x.component.html' })\nexport class XComponent {\n  go(event: MouseEvent): void {\n    (event.target as HTMLButtonElement).innerText = 'Vent…';\n  }\n}\n");
      const html = '<button (click)="go($event)">Log ind med MitID</button>\n';
      writeFileSync(join(dir, 'x.component.html'), html);
      const linter = new Linter({ cwd: dir });
      const messages = linter.verify(html, everyRule().map((c) => ({ ...c, basePath: dir })), join(dir, 'x.component.html'));
      expect(messages.filter((m) => m.ruleId === 'mitid/approved-text')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
