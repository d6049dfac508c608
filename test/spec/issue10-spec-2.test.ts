// Issue 10 as a spec, second hostile round: split text (3), markup in strings (7), broker
// components (9), CSS (10, through the stylelint side of `mitid-ux check` too), every false
// positive the issue names in every framework, and the layouts the README promises. Written from
// the issue's words and the docs only (never from the analyzer). Every case is a small project
// folder; one run of the built `mitid-ux check --format json` from a temp folder reads them all,
// and each case compares the findings of its own folder with the rules and lines it expects.
// `it.fails` marks a case the kit gets wrong today; FAILS says what is right.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, type JsonReport } from '../cli/run-cli.js';
import { caseList, markFailures, runSpec, writeCase, type Case, type Rule, type Want } from './harness.js';

const { cases, add, silent } = caseList();
const text = (at: string | string[], message?: RegExp): Want => ['approved-text', at, message];
const style = (at: string | string[], message?: RegExp): Want => ['button-style', at, message];

// ---------------------------------------------------------------------------------------------
// One markup snippet, written once, in every framework: `cls` is the class attribute's name,
// `on(h)` a click handler calling h.
interface Dialect { cls: string; on: (h: string) => string }
type Snippet = (d: Dialect) => string;
const indent = (body: string, pad: string): string => body.split('\n').map((l) => (l ? pad + l : l)).join('\n');
const FRAMEWORKS: Record<string, (name: string, body: Snippet, handlers: string[]) => Record<string, string>> = {
  React: (name, body, hs) => ({
    [`src/${name}.tsx`]: `export function ${name}() {
${hs.map((h) => `  const ${h} = () => undefined;`).join('\n')}
  return (
    <section>
${indent(body({ cls: 'className', on: (h) => `onClick={${h}}` }), '      ')}
    </section>
  );
}
`,
  }),
  'Vue template': (name, body, hs) => ({
    [`src/${name}.vue`]: `<template>
  <section>
${indent(body({ cls: 'class', on: (h) => `@click="${h}"` }), '    ')}
  </section>
</template>

<script setup lang="ts">
${hs.map((h) => `function ${h}() {}`).join('\n')}
</script>
`,
  }),
  Svelte: (name, body, hs) => ({
    [`src/${name}.svelte`]: `<script>
${hs.map((h) => `  function ${h}() {}`).join('\n')}
</script>

<section>
${indent(body({ cls: 'class', on: (h) => `on:click={${h}}` }), '  ')}
</section>
`,
  }),
  'Angular inline': (name, body, hs) => ({
    [`src/app/${name.toLowerCase()}.component.ts`]: `import { Component } from '@angular/core';

@Component({
  selector: 'app-${name.toLowerCase()}',
  standalone: true,
  template: \`
    <section>
${indent(body({ cls: 'class', on: (h) => `(click)="${h}()"` }), '      ')}
    </section>
  \`,
})
export class ${name}Component {
${hs.map((h) => `  ${h}(): void {}`).join('\n')}
}
`,
  }),
  'Angular templateUrl': (name, body, hs) => ({
    [`src/app/${name.toLowerCase()}/${name.toLowerCase()}.component.html`]: `<section>
${indent(body({ cls: 'class', on: (h) => `(click)="${h}()"` }), '  ')}
</section>
`,
    [`src/app/${name.toLowerCase()}/${name.toLowerCase()}.component.ts`]: `import { Component } from '@angular/core';

@Component({ selector: 'app-${name.toLowerCase()}', templateUrl: './${name.toLowerCase()}.component.html' })
export class ${name}Component {
${hs.map((h) => `  ${h}(): void {}`).join('\n')}
}
`,
  }),
  Lit: (name, body, hs) => ({
    [`src/${name.toLowerCase()}-panel.ts`]: `import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';

@customElement('${name.toLowerCase()}-panel')
export class ${name}Panel extends LitElement {
${hs.map((h) => `  private ${h}(): void {}`).join('\n')}
  render() {
    return html\`
      <section>
${indent(body({ cls: 'class', on: (h) => `@click=\${this.${h}}` }), '        ')}
      </section>
    \`;
  }
}
`,
  }),
  HTML: (name, body, hs) => ({
    [`public/${name.toLowerCase()}.html`]: `<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><title>Min side</title></head>
<body>
  <main>
${indent(body({ cls: 'class', on: (h) => `onclick="${h}()"` }), '    ')}
  </main>
  <script>
${hs.map((h) => `    function ${h}() {}`).join('\n')}
  </script>
</body>
</html>
`,
  }),
};
/** The same snippet in every framework, all silent (p 0) or all expecting `want`. */
function everywhere(p: number, name: string, component: string, body: Snippet, handlers: string[], want: Want[] = [], only?: string[]): void {
  for (const [fw, make] of Object.entries(FRAMEWORKS)) {
    if (only && !only.includes(fw)) continue;
    add(p, fw, name, make(component, body, handlers), want);
  }
}

// ---------------------------------------------------------------------------------------------
// 0. Every false positive the issue names, in every framework: silent.
everywhere(0, 'a close button aria-label="Luk MitID-hjælp" with ×', 'HelpDialog', (d) => `<div ${d.cls}="mitid-help-dialog">
  <button type="button" ${d.cls}="close" aria-label="Luk MitID-hjælp" ${d.on('closeHelp')}>×</button>
  <p>Du kan logge ind med MitID-appen eller en kodeviser.</p>
</div>`, ['closeHelp']);
everywhere(0, 'an icon button aria-label="Hjælp til MitID" with ?', 'HelpIcon', (d) => `<label for="cpr">CPR-nummer</label>
<input id="cpr" name="cpr" />
<button type="button" ${d.cls}="icon-btn" aria-label="Hjælp til MitID" ${d.on('openHelp')}>?</button>`, ['openHelp']);
everywhere(0, 'class="mitid-help-toggle" "Hjælp"', 'HelpToggle', (d) => `<button type="button" ${d.cls}="mitid-help-toggle" ${d.on('toggleHelp')}>Hjælp</button>`, ['toggleHelp']);
everywhere(0, 'class="mitid-faq-toggle" "Spørgsmål om MitID"', 'Faq', (d) => `<h2>Ofte stillede spørgsmål</h2>
<button type="button" ${d.cls}="mitid-faq-toggle" ${d.on('toggleFaq')}>Spørgsmål om MitID</button>`, ['toggleFaq']);
everywhere(0, 'class="btn-mitid-help" "Hvad er MitID?"', 'WhatIs', (d) => `<button type="button" ${d.cls}="btn-mitid-help" ${d.on('openHelp')}>Hvad er MitID?</button>`, ['openHelp']);
everywhere(0, 'a settings row data-method="mitid" "MitID" with id="mitid-remove" "Fjern"', 'Methods', (d) => `<h2>Loginmetoder</h2>
<ul ${d.cls}="methods">
  <li data-method="mitid">
    <span>MitID</span>
    <button type="button" id="mitid-remove" ${d.on('removeMethod')}>Fjern</button>
  </li>
</ul>`, ['removeMethod']);
everywhere(0, 'a settings button "Fjern MitID"', 'RemoveMitid', (d) => `<p>Du kan altid tilføje MitID igen.</p>
<button type="button" ${d.cls}="btn btn-outline-danger" ${d.on('removeMethod')}>Fjern MitID</button>`, ['removeMethod']);
everywhere(0, 'a role="switch" "Aktivér MitID-login"', 'LoginSwitch', (d) => `<button type="button" role="switch" aria-checked="false" ${d.cls}="switch" ${d.on('toggleLogin')}>Aktivér MitID-login</button>`, ['toggleLogin']);
everywhere(0, 'a "Hvad er MitID?" link to mitid.dk and one to the own help page', 'HelpLinks', (d) => `<p ${d.cls}="hint">
  <a href="https://www.mitid.dk/hvad-er-mitid/" target="_blank" rel="noopener">Hvad er MitID?</a>
  <a href="/hjaelp/mitid">Hvad er MitID?</a>
</p>`, []);
everywhere(0, 'a paragraph and a label naming MitID next to a compliant button', 'Intro', (d) => `<p>Log ind med MitID for at se dine sager og beskeder.</p>
<label for="remember">Husk mig, når jeg logger ind med MitID</label>
<input id="remember" type="checkbox" />
<button type="submit" ${d.cls}="btn-mitid" ${d.on('login')}>Log ind med MitID</button>`, ['login']);
everywhere(0, 'a settings page listing login methods', 'LoginMethods', (d) => `<h1>Indstillinger</h1>
<table ${d.cls}="login-methods">
  <tr><td>MitID</td><td>Aktiv</td></tr>
  <tr><td>Brugernavn og adgangskode</td><td>Slået fra</td></tr>
</table>
<button type="button" ${d.on('changeMethod')}>Skift loginmetode</button>`, ['changeMethod']);

// A transparent help button with brand-blue text (the issue: three button-style reports today).
const transparentHelp: Record<string, Record<string, string>> = {
  'Vue template': { 'src/HelpLink.vue': `<template>
  <button type="button" class="btn-mitid-help" style="background: transparent; border: 0; color: #0060e6; height: auto; padding: 0" @click="open">Hvad er MitID?</button>
</template>

<script setup lang="ts">
function open() {}
</script>
` },
  Svelte: { 'src/HelpLink.svelte': `<button type="button" class="btn-mitid-help" style="background: transparent; color: #0060e6; height: auto; padding: 0" on:click={() => {}}>Hvad er MitID?</button>
` },
  HTML: { 'public/help.html': `<!doctype html>
<html lang="da"><body>
  <button type="button" class="btn-mitid-help" style="background: transparent; color: #0060e6; height: auto; padding: 0">Hvad er MitID?</button>
</body></html>
` },
  Lit: { 'src/help-link.ts': `import { LitElement, html, css } from 'lit';

export class HelpLink extends LitElement {
  static styles = css\`
    .btn-mitid-help { background: transparent; color: #0060e6; height: auto; padding: 0; }
  \`;
  render() {
    return html\`<button type="button" class="btn-mitid-help">Hvad er MitID?</button>\`;
  }
}
` },
  'Angular inline': { 'src/app/help-link.component.ts': `import { Component } from '@angular/core';

@Component({
  selector: 'app-help-link',
  template: \`<button type="button" class="btn-mitid-help" (click)="open()">Hvad er MitID?</button>\`,
  styles: [\`.btn-mitid-help { background: transparent; color: #0060e6; height: auto; padding: 0; }\`],
})
export class HelpLinkComponent {
  open(): void {}
}
` },
  SCSS: { 'src/styles/_help.scss': `.mitid-help-toggle {
  background: none;
  color: #0060e6;
  height: auto;
  &:hover { color: #003d99; text-decoration: underline; }
}
.mitid-settings__row { height: 64px; background: #f5f5f5; }
` },
};
for (const [fw, files] of Object.entries(transparentHelp)) silent(0, fw, 'a transparent MitID help button with brand-blue text', files);
// Help, FAQ, info, settings, remove, toggle and close words beside MitID in a class name: not the button's rule.
const helpCss: Record<string, string> = {
  '.mitid-faq-toggle': '.mitid-faq-toggle { background: transparent; text-transform: uppercase; }',
  '.mitid-remove': '.mitid-remove { color: #c00; background: none; }',
  '.mitid-toggle': '.mitid-toggle { background: #ccc; height: 24px; border-radius: 12px; }',
  '.mitid-info-btn': '.mitid-info-btn { background: none; color: #333; height: 24px; }',
  '.btn-mitid-close': '.btn-mitid-close { background: transparent; color: #000; }',
  '.mitid-settings-link': '.mitid-settings-link { color: #0060e6; background: none; }',
};
for (const [sel, rule] of Object.entries(helpCss)) silent(0, 'CSS', `a ${sel} rule`, { 'src/help.css': `${rule}\n` });
silent(0, 'styled-components', 'a MitIDFaqToggle and a MitIDRemoveButton', {
  'src/components/MitIDExtras.tsx': `import styled from 'styled-components';

export const MitIDFaqToggle = styled.button\`
  background: transparent;
  color: #0060e6;
  text-transform: uppercase;
\`;
export const MitIDRemoveButton = styled.button\`
  background: #fff;
  color: #c00;
\`;
`,
});
everywhere(0, 'Tailwind classes on a MitID FAQ toggle', 'FaqTw', (d) => `<button type="button" ${d.cls}="mitid-faq-toggle bg-transparent text-[#0060e6] h-auto underline" ${d.on('toggleFaq')}>Spørgsmål om MitID</button>`, ['toggleFaq'], [], ['React', 'Vue template', 'Svelte', 'HTML']);

// Test files asserting strings, in every test runner.
silent(0, 'React Testing Library', 'a test asserting old and new button strings', {
  'src/__tests__/Login.test.tsx': `import { render, screen } from '@testing-library/react';
import { Login } from '../Login';

it('shows the MitID button', () => {
  render(<Login />);
  expect(screen.getByRole('button', { name: 'Log ind med MitID' })).toBeInTheDocument();
  expect(screen.queryByText('Login med MitID')).toBeNull();
  expect(document.body.innerHTML).not.toContain('<button class="btn-mitid">Log på med MitID</button>');
});
`,
});
silent(0, 'Vue Test Utils', 'a spec mounting a template string', {
  'tests/unit/MitidButton.spec.ts': `import { mount } from '@vue/test-utils';

test('renders', () => {
  const w = mount({ template: '<button class="mitid-btn">Login with MitID</button>' });
  expect(w.text()).toBe('Login with MitID');
});
`,
});
silent(0, 'Angular spec', 'a component spec writing markup and asserting text', {
  'src/app/login/login.component.spec.ts': `import { TestBed } from '@angular/core/testing';

describe('LoginComponent', () => {
  it('renders the old text until migrated', () => {
    const host = document.createElement('div');
    host.innerHTML = '<button class="btn-mitid">Log på med MitID</button>';
    expect(host.textContent).toContain('Log på med MitID');
    expect(TestBed).toBeDefined();
  });
});
`,
});
silent(0, 'Playwright', 'an e2e spec clicking by name', {
  'e2e/login.spec.ts': `import { test, expect } from '@playwright/test';

test('login', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'Login with MitID' }).click();
  await expect(page.locator('a.btn-mitid')).toHaveText('Log på med MitID');
});
`,
});
silent(0, 'Cypress', 'cy.contains with a near miss', {
  'cypress/e2e/login.cy.js': `describe('login', () => {
  it('starts MitID', () => {
    cy.visit('/');
    cy.contains('button', 'Login med MitID').click();
    cy.get('#mitid-login').should('have.text', 'Sign in with MitID');
  });
});
`,
});
silent(0, 'Svelte test', 'a vitest file rendering a string', {
  'src/lib/Login.test.ts': `import { render } from '@testing-library/svelte';
import Login from './Login.svelte';

it('shows the phrase', () => {
  const { getByText } = render(Login);
  expect(getByText('Log ind med MitID')).toBeTruthy();
  expect('<a href="/login" class="mitid">Log in with MitID</a>').not.toMatch(/Log on/);
});
`,
});
silent(0, 'Python test', 'a Django test asserting markup', {
  'tests/test_login_view.py': `from django.test import TestCase


class LoginViewTests(TestCase):
    def test_button(self):
        response = self.client.get("/login/")
        self.assertNotContains(response, '<a class="btn-mitid" href="/login/">Login med MitID</a>', html=True)
`,
});
silent(0, 'PHP test', 'a Laravel feature test asserting markup', {
  'tests/Feature/LoginTest.php': `<?php

namespace Tests\\Feature;

use Tests\\TestCase;

class LoginTest extends TestCase
{
    public function test_button(): void
    {
        $this->get('/login')->assertDontSee('<button class="btn-mitid">Log på med MitID</button>', false);
    }
}
`,
});

// An i18n file's other keys.
const DA = `{
  "login": { "mitid": "Log ind med MitID" },
  "help": {
    "whatIs": "Hvad er MitID?",
    "intro": "Login med MitID giver adgang til dine sager",
    "error": "Log på med MitID mislykkedes. Prøv igen."
  }
}
`;
silent(0, 'React', "an i18n catalog's other keys: help link, paragraph, error", {
  'src/LoginCard.tsx': `import { useTranslation } from 'react-i18next';

export function LoginCard({ error }: { error?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="card">
      <p>{t('help.intro')}</p>
      {error && <p role="alert">{t('help.error')}</p>}
      <a href="https://www.mitid.dk/">{t('help.whatIs')}</a>
      <button type="submit" className="btn-mitid">{t('login.mitid')}</button>
    </div>
  );
}
`,
  'locales/da.json': DA,
});
silent(0, 'Vue template', "an i18n catalog's other keys ($t)", {
  'src/LoginCard.vue': `<template>
  <div class="card">
    <p>{{ $t('help.intro') }}</p>
    <p v-if="error" role="alert">{{ $t('help.error') }}</p>
    <a href="https://www.mitid.dk/">{{ $t('help.whatIs') }}</a>
    <button type="submit" class="btn-mitid">{{ $t('login.mitid') }}</button>
  </div>
</template>

<script setup lang="ts">
defineProps<{ error?: boolean }>();
</script>
`,
  'src/locales/da.json': DA,
});
silent(0, 'Angular templateUrl', "ngx-translate catalog's other keys", {
  'src/app/login/login.component.html': `<div class="card">
  <p>{{ 'help.intro' | translate }}</p>
  <p *ngIf="error" role="alert">{{ 'help.error' | translate }}</p>
  <a href="https://www.mitid.dk/">{{ 'help.whatIs' | translate }}</a>
  <button type="submit" class="btn-mitid">{{ 'login.mitid' | translate }}</button>
</div>
`,
  'src/app/login/login.component.ts': `import { Component, Input } from '@angular/core';

@Component({ selector: 'app-login', templateUrl: './login.component.html' })
export class LoginComponent {
  @Input() error = false;
}
`,
  'src/assets/i18n/da.json': DA,
});
silent(0, 'Svelte', "a $t catalog's other keys", {
  'src/lib/LoginCard.svelte': `<script>
  import { t } from 'svelte-i18n';
  export let error = false;
</script>

<div class="card">
  <p>{$t('help.intro')}</p>
  {#if error}<p role="alert">{$t('help.error')}</p>{/if}
  <a href="https://www.mitid.dk/">{$t('help.whatIs')}</a>
  <button type="submit" class="btn-mitid">{$t('login.mitid')}</button>
</div>
`,
  'src/locales/da.json': DA,
});
silent(0, 'TypeScript', 'an i18n module in code: the other keys are not call-to-action texts', {
  'src/i18n/da.ts': `export default {
  loginMitid: 'Log ind med MitID',
  helpIntro: 'Login med MitID er den sikre vej ind',
  whatIs: 'Hvad er MitID?',
  errorRetry: 'Prøv igen med MitID',
  faq: 'Spørgsmål om MitID',
};
`,
});
silent(0, 'Vue <i18n> block', "an SFC's own i18n block's other keys", {
  'src/Welcome.vue': `<template>
  <div>
    <h1>{{ t('title') }}</h1>
    <p>{{ t('lead') }}</p>
    <button type="button" class="btn-mitid" @click="login">{{ t('cta') }}</button>
  </div>
</template>

<script setup lang="ts">
import { useI18n } from 'vue-i18n';
const { t } = useI18n({ useScope: 'local' });
function login() {}
</script>

<i18n lang="json">
{
  "da": { "title": "Velkommen", "lead": "Login med MitID for at fortsætte", "cta": "Log ind med MitID" },
  "en": { "title": "Welcome", "lead": "Sign in with MitID to continue", "cta": "Log on with MitID" }
}
</i18n>
`,
});
silent(0, 'React Native', 'a Text paragraph naming MitID next to an approved Button', {
  'src/screens/Login.tsx': `import { Button, Text, View } from 'react-native';

export function LoginScreen({ onLogin }: { onLogin: () => void }) {
  return (
    <View>
      <Text>Log ind med MitID for at se dine sager.</Text>
      <Text accessibilityRole="link">Hvad er MitID?</Text>
      <Button title="Log ind med MitID" onPress={onLogin} />
    </View>
  );
}
`,
});
everywhere(0, 'a "Hvad er MitID?" button that opens a help dialog', 'WhatIsButton', (d) => `<button type="button" ${d.cls}="link-button" ${d.on('showInfo')}>Hvad er MitID?</button>`, ['showInfo']);
everywhere(0, 'a Bootstrap accordion toggle asking about MitID', 'FaqAccordion', (d) => `<h2 ${d.cls}="accordion-header">
  <button ${d.cls}="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#faq-mitid" aria-expanded="false" aria-controls="faq-mitid">Hvordan får jeg MitID?</button>
</h2>`, []);
everywhere(0, 'a checkbox switch with the label "Aktivér MitID-login"', 'SwitchLabel', (d) => `<div ${d.cls}="form-check form-switch">
  <input ${d.cls}="form-check-input" type="checkbox" role="switch" id="mitid-login-enabled" />
  <label ${d.cls}="form-check-label" for="mitid-login-enabled">Aktivér MitID-login</label>
</div>`, []);
silent(0, 'Angular inline', 'a routerLink "Hvad er MitID?" to the own help page', {
  'src/app/help-link.component.ts': `import { Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'app-mitid-help-link',
  imports: [RouterLink],
  template: '<a routerLink="/hjaelp/mitid" class="help-link">Hvad er MitID?</a>',
})
export class MitidHelpLinkComponent {}
`,
});
silent(0, 'Next.js', 'a <Link> "Hvad er MitID?" to the own help page', {
  'app/login/HelpLink.tsx': `import Link from 'next/link';

export const HelpLink = () => <Link href="/hjaelp/mitid" className="text-sm underline">Hvad er MitID?</Link>;
`,
});
everywhere(0, 'an icon-only help toggle with an aria-label naming MitID', 'HelpSvg', (d) => `<button type="button" ${d.cls}="mitid-help-toggle" aria-label="Vis hjælp til MitID" ${d.on('toggleHelp')}>
  <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16"><circle cx="8" cy="8" r="7"></circle></svg>
</button>`, ['toggleHelp']);
everywhere(0, "a logo-only link to MitID's information site", 'LogoInfo', (d) => `<footer ${d.cls}="partners">
  <a href="https://www.mitid.dk/" target="_blank" rel="noopener"><img src="/img/mitid-logo.svg" alt="MitID" width="80" /></a>
</footer>`, []);
everywhere(0, 'a status badge and a "Problemer med MitID?" help link', 'Status', (d) => `<span ${d.cls}="badge mitid-status">Logget ind med MitID</span>
<a href="/hjaelp/mitid-problemer" ${d.cls}="help-link">Problemer med MitID?</a>`, []);

// ---------------------------------------------------------------------------------------------
// 3. Text split over children: every framework reads the text the user sees, at every screen.
const ALL = Object.keys(FRAMEWORKS);
const but = (...fws: string[]): string[] => ALL.filter((f) => !fws.includes(f));
everywhere(3, 'a flag in its own span before the phrase', 'FlagLogin', (d) => `<button type="button" ${d.cls}="btn-mitid" ${d.on('login')}><span ${d.cls}="flag">🇩🇰</span> Log ind med MitID</button>`, ['login'], [text('🇩🇰')], but('React', 'Angular inline'));
everywhere(3, 'a <br /> splitting a near miss', 'BrLogin', (d) => `<button type="submit" ${d.cls}="mitid-login" ${d.on('login')}>Log på<br />med MitID</button>`, ['login'], [text('Log på<br />')], but('Lit'));
everywhere(3, 'a nested <strong><em>MitId</em></strong> misspelling in a link', 'NestedLink', (d) => `<a href="/auth/mitid" ${d.cls}="btn">Log ind med <strong><em>MitId</em></strong></a>`, [], [text('<em>MitId</em>')], but('Angular templateUrl'));
everywhere(3, 'an aria-hidden chevron is still visible text', 'Chevron', (d) => `<button type="button" ${d.cls}="mitid-btn" ${d.on('approve')}>Godkend med MitID <span aria-hidden="true">›</span></button>`, ['approve'], [text('Godkend med MitID')]);
everywhere(3, 'Bootstrap d-none d-md-inline: phones show "Log ind"', 'BsShort', (d) => `<button type="button" ${d.cls}="btn btn-primary" ${d.on('login')}>
  Log ind<span ${d.cls}="d-none d-md-inline"> med MitID</span>
</button>`, ['login'], [text(['Log ind<span', '<button'])], but('Vue template', 'HTML'));
everywhere(3, 'Tailwind max-sm:hidden: phones show "Log ind"', 'TwMax', (d) => `<button type="button" ${d.cls}="mitid-cta" ${d.on('login')}>
  Log ind <span ${d.cls}="max-sm:hidden">med MitID</span>
</button>`, ['login'], [text(['Log ind <span', '<button'])]);
everywhere(3, 'the long form on phones, a short form on desktops', 'TwReverse', (d) => `<button type="button" ${d.cls}="btn-mitid" ${d.on('login')}>
  <span ${d.cls}="md:hidden">Log ind med MitID</span>
  <span ${d.cls}="hidden md:inline">Log ind</span>
</button>`, ['login'], [text(['md:inline">Log ind<', '<button'])], ['React', 'Vue template', 'Svelte', 'Angular inline']);
everywhere(3, 'compliant: <strong> and <em> around the parts of the phrase', 'StrongOk', (d) => `<button type="submit" ${d.cls}="btn-mitid" ${d.on('login')}><strong>Log ind</strong> med <em>MitID</em></button>`, ['login']);
everywhere(3, 'compliant: a logo hidden on phones beside the phrase', 'LogoSm', (d) => `<button type="button" ${d.cls}="btn-mitid" ${d.on('login')}>
  <img ${d.cls}="hidden sm:inline" src="/img/mitid-logo.svg" alt="" />
  <span>Log ind med MitID</span>
</button>`, ['login']);
add(3, 'HTML', 'Bulma is-hidden-mobile', {
  'public/login.html': `<!doctype html>
<html lang="da"><body>
  <a class="button is-link" href="/auth/mitid">
    Log ind <span class="is-hidden-mobile">med MitID</span>
  </a>
</body></html>
`,
}, [text(['Log ind <span', '<a class'])]);
add(3, 'Vue template', 'Bulma is-hidden-mobile', {
  'src/BulmaLogin.vue': `<template>
  <a class="button is-link" href="/auth/mitid">
    Log ind <span class="is-hidden-mobile">med MitID</span>
  </a>
</template>
`,
}, [text(['Log ind <span', '<a class'])]);
add(3, 'Angular inline', 'Foundation show-for-medium', {
  'src/app/foundation-login.component.ts': `import { Component } from '@angular/core';

@Component({
  selector: 'app-foundation-login',
  template: \`<a class="button" href="/auth/mitid">Log ind<span class="show-for-medium"> med MitID</span></a>\`,
})
export class FoundationLoginComponent {}
`,
}, [text('Log ind<span')]);
add(3, 'HTML', 'Bootstrap 3 hidden-xs', {
  'public/bs3.html': `<!doctype html>
<html lang="da"><body>
  <form action="/auth/mitid" method="post">
    <button type="submit" class="btn btn-primary">Godkend<span class="hidden-xs"> med MitID</span></button>
  </form>
</body></html>
`,
}, [text('Godkend<span')]);
add(3, 'Astro', 'a flag span in an .astro page', {
  'src/pages/login.astro': `---
const authUrl = '/auth/mitid';
---
<main>
  <a class="btn-mitid" href={authUrl}><span class="flag">🇩🇰</span> Log ind med MitID</a>
</main>
`,
}, [text('🇩🇰')]);
add(3, 'React', 'an emoji and the phrase in a fragment of spans', {
  'src/Sign.tsx': `export const Sign = ({ sign }: { sign: () => void }) => (
  <button type="button" onClick={sign}>
    <>
      <span>✍️</span>
      <span>Underskriv med MitID</span>
    </>
  </button>
);
`,
}, [text(['✍️', '<button', 'Underskriv med MitID'])]);
add(3, 'Solid', 'a <br> in a link', {
  'src/LoginLink.tsx': `export const LoginLink = () => (
  <a href="/auth/mitid" class="mitid">Log in<br />with MitID</a>
);
`,
}, [text('Log in<br />')]);
silent(3, 'React', 'compliant: spans joined by {\' \'}', {
  'src/Joined.tsx': `export const Joined = () => (
  <button type="submit" className="btn-mitid">
    <span>Log ind</span>{' '}<span>med MitID</span>
  </button>
);
`,
});
everywhere(3, 'a <small> sub-text after the phrase', 'SmallSub', (d) => `<button type="button" ${d.cls}="btn-mitid" ${d.on('login')}>Log ind med MitID <small>Privat</small></button>`, ['login'], [text('<small>')], ['Vue template', 'HTML', 'Svelte']);
everywhere(3, 'compliant: an empty icon element before the phrase', 'IconOk', (d) => `<button type="button" ${d.cls}="btn-mitid" ${d.on('login')}><i ${d.cls}="bi bi-box-arrow-in-right" aria-hidden="true"></i> Log ind med MitID</button>`, ['login'], [], ['HTML', 'Angular inline', 'React']);
everywhere(3, 'Tailwind hidden xl:inline: every screen under xl shows "Log ind"', 'TwXl', (d) => `<a href="/auth/mitid" ${d.cls}="btn-mitid">
  Log ind <span ${d.cls}="hidden xl:inline">med MitID</span>
</a>`, [], [text(['Log ind <span', '<a href'])], ['Lit', 'HTML', 'Angular templateUrl']);
everywhere(3, 'only the screen-reader text names MitID: the visible text is "Log ind"', 'SrOnly', (d) => `<button type="submit" ${d.cls}="btn btn-primary" ${d.on('login')}>Log ind<span ${d.cls}="visually-hidden"> med MitID</span></button>`, ['login'], [text('Log ind<span')], ['React', 'Vue template', 'Svelte', 'HTML']);
everywhere(3, 'Bootstrap d-sm-none short form beside d-none d-sm-inline long form', 'BsPair', (d) => `<a href="/auth/mitid" ${d.cls}="btn-mitid">
  <span ${d.cls}="d-sm-none">Log ind</span>
  <span ${d.cls}="d-none d-sm-inline">Log ind med MitID</span>
</a>`, [], [text('d-sm-none">Log ind<')], ['React', 'Svelte', 'Angular inline', 'Lit']);
add(3, 'HTML', 'a flag written as numeric entities', {
  'public/flag.html': `<!doctype html>
<html lang="da"><body>
  <button type="submit" class="btn-mitid">&#x1F1E9;&#x1F1F0; Log ind med MitID</button>
</body></html>
`,
}, [text('&#x1F1E9;')]);
add(3, 'React Native', 'a flag in a sibling Text inside a Pressable', {
  'src/LoginPress.tsx': `import { Pressable, Text } from 'react-native';

export const LoginPress = ({ onPress }: { onPress: () => void }) => (
  <Pressable accessibilityRole="button" onPress={onPress}>
    <Text>🇩🇰</Text>
    <Text>Log ind med MitID</Text>
  </Pressable>
);
`,
}, [text(['🇩🇰', '<Pressable', 'Log ind med MitID'])]);

// ---------------------------------------------------------------------------------------------
// 7. Markup inside strings, in JS/TS and in the server languages the README lists.
add(7, 'Express', "the issue's own res.send example", {
  'server/routes/login.js': `const express = require('express');
const router = express.Router();

router.get('/login', (req, res) => {
  res.send('<a href="/login">Log in with MitID</a>');
});

module.exports = router;
`,
}, [text('Log in with MitID')]);
add(7, 'Express TS', 'res.write of a concatenated page', {
  'src/server.ts': `import express from 'express';

const app = express();
app.get('/', (_req, res) => {
  res.write('<!doctype html><html lang="da"><body>');
  res.write('<form method="post" action="/auth/mitid">' +
    '<button type="submit" class="btn-mitid">Login med MitID</button>' +
    '</form>');
  res.end('</body></html>');
});
`,
}, [text('Login med MitID')]);
add(7, 'Koa', 'ctx.body holding a link', {
  'src/app.js': `import Koa from 'koa';

const app = new Koa();
app.use(async (ctx) => {
  ctx.type = 'html';
  ctx.body = '<main><a class="btn-mitid" href="/auth/mitid">Log på med MitID</a></main>';
});
`,
}, [text('Log på med MitID')]);
add(7, 'Hono', 'c.html() with a plain string', {
  'src/index.ts': `import { Hono } from 'hono';

const app = new Hono();
app.get('/login', (c) => c.html('<button class="mitid-button" type="submit">Sign in with MitID</button>'));
export default app;
`,
}, [text('Sign in with MitID')]);
add(7, 'Vue script setup ts', 'innerHTML = template literal in onMounted', {
  'src/components/LegacyLogin.vue': `<template>
  <div ref="host"></div>
</template>

<script setup lang="ts">
import { onMounted, ref } from 'vue';
const host = ref<HTMLDivElement>();
const url = '/auth/mitid';
onMounted(() => {
  host.value!.innerHTML = \`
    <a class="mitid-link" href="\${url}">
      Login with MitID
    </a>\`;
});
</script>
`,
}, [text('Login with MitID')]);
add(7, 'Angular inline', 'innerHTML of the host in a component method', {
  'src/app/legacy-login.component.ts': `import { Component, ElementRef, OnInit } from '@angular/core';

@Component({ selector: 'app-legacy-login', template: '' })
export class LegacyLoginComponent implements OnInit {
  constructor(private readonly el: ElementRef<HTMLElement>) {}
  ngOnInit(): void {
    this.el.nativeElement.innerHTML = '<button type="button" class="btn-mitid">Log ind med MitId</button>';
  }
}
`,
}, [text('Log ind med MitId')]);
add(7, 'TypeScript', 'a server render helper returning a multi-line page', {
  'src/render/loginPage.ts': `export function renderLoginPage(authUrl: string, lang = 'da'): string {
  return \`<!doctype html>
<html lang="\${lang}">
  <body>
    <h1>Log ind</h1>
    <p>Brug MitID for at logge ind.</p>
    <a class="button" href="\${authUrl}">
      Fortsæt med MitID
    </a>
  </body>
</html>\`;
}
`,
}, [text('Fortsæt med MitID')]);
add(7, 'Express', 'a clickable div sent as markup', {
  'server/mitid.js': `module.exports = (app) => {
  app.get('/mitid', (req, res) => {
    res.type('html').send('<div class="mitid-btn" onclick="location.href=\\'/auth/mitid\\'">Log ind med MitID</div>');
  });
};
`,
}, [['cta-element', 'mitid-btn']]);
add(7, 'JavaScript', 'an inline style in a markup string', {
  'src/widget.js': `export function mountLogin(el) {
  el.innerHTML = '<button class="btn-mitid" style="background: #e0001b; color: #fff">Log ind med MitID</button>';
}
`,
}, [style('#e0001b')]);
add(7, 'JavaScript', 'an iframe to the broker in a markup string', {
  'src/embed.js': `export function showLogin(el, state) {
  el.innerHTML = \`<iframe src="https://acme.idura.broker/oauth2/authorize?client_id=web&state=\${state}" width="400" height="660"></iframe>\`;
}
`,
}, [['no-embedded-login', 'iframe']]);
add(7, 'JavaScript', 'a string concatenation on several lines', {
  'src/legacy/header.js': `var html = '';
html += '<nav class="top">';
html += '<a class="login mitid" href="/auth/mitid">';
html += 'Log på med MitID';
html += '</a></nav>';
document.getElementById('header').innerHTML = html;
`,
}, [text(['Log på med MitID', '<a class="login mitid"'])]);
add(7, 'PHP', 'echo of a link with a near miss', {
  'public/login.php': `<?php
require __DIR__ . '/../bootstrap.php';

$url = '/auth/mitid';
echo '<a class="btn-mitid" href="' . htmlspecialchars($url) . '">Login med MitID</a>';
`,
}, [text('Login med MitID')]);
add(7, 'PHP', 'a literal output expression inside a template', {
  'templates/login.php': `<main>
  <form method="post" action="/auth/mitid">
    <button type="submit" class="btn-mitid"><?= 'Log på med MitID' ?></button>
  </form>
</main>
`,
}, [text('Log på med MitID')]);
add(7, 'Python', 'a Flask view returning markup', {
  'app/views.py': `from flask import Flask

app = Flask(__name__)


@app.route("/login")
def login():
    return '<a class="btn-mitid" href="/auth/mitid">Log in with MitID</a>'
`,
}, [text('Log in with MitID')]);
add(7, 'Python', 'Django format_html with a hole', {
  'accounts/widgets.py': `from django.utils.html import format_html


def mitid_button(url):
    return format_html('<a class="btn-mitid" href="{}">Login med MitID</a>', url)
`,
}, [text('Login med MitID')]);
add(7, 'Go', 'a raw string with a near miss', {
  'internal/web/login.go': `package web

import "net/http"

func Login(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte(\`<a class="btn-mitid" href="/auth/mitid">Log på med MitID</a>\`))
}
`,
}, [text('Log på med MitID')]);
add(7, 'C#', 'an interpolated string in a minimal API', {
  'Program.cs': `var app = WebApplication.Create(args);
app.MapGet("/login", (string returnUrl) => Results.Content($"<a class=\\"btn-mitid\\" href=\\"/auth/mitid?r={returnUrl}\\">Login with MitID</a>", "text/html"));
app.Run();
`,
}, [text('Login with MitID')]);
silent(7, 'TypeScript', 'markup strings that are no call to action: a paragraph, a toast, a help link', {
  'src/notices.ts': `export const notices = {
  intro: '<p>Log ind med MitID for at se dine sager.</p>',
  done: '<div class="toast">Du er nu logget ind med MitID</div>',
  help: '<a href="https://www.mitid.dk/">Hvad er MitID?</a>',
};
document.querySelector('#notice')!.innerHTML = notices.intro + notices.help;
`,
});
silent(7, 'Python', 'a log line and a paragraph string', {
  'app/audit.py': `import logging

log = logging.getLogger(__name__)


def logged_in(user):
    log.info("Bruger %s loggede ind med MitID", user.id)
    return "<p>Du er logget ind med MitID.</p>"
`,
});
silent(7, 'PHP', 'an approved link in an echo', {
  'public/ok.php': `<?php
echo '<a class="btn-mitid" href="/auth/mitid">Log ind med MitID</a>';
`,
});
silent(7, 'Express', 'an approved button in res.send', {
  'server/ok.js': `module.exports = (app) => app.get('/', (req, res) => res.send('<button type="submit" class="btn-mitid">Log ind med MitID</button>'));
`,
});
add(7, 'JavaScript', 'an iframe to the broker in a plain string (twin without a hole)', {
  'src/embed2.js': `export function showLogin(el) {
  el.innerHTML = '<iframe src="https://acme.idura.broker/oauth2/authorize?client_id=web&acr_values=urn:grn:authn:dk:mitid:substantial"></iframe>';
}
`,
}, [['no-embedded-login', 'iframe']]);
add(7, 'JavaScript', 'document.write of a link', {
  'public/js/legacy.js': `document.write('<a class="btn-mitid" href="/auth/mitid">Login med MitID</a>');
`,
}, [text('Login med MitID')]);
add(7, 'jQuery', '.html() of a markup string on a neutral container', {
  'src/page.js': `$(function () {
  $('#login-area').html('<button type="button" class="mitid">Log på med MitID</button>');
});
`,
}, [text('Log på med MitID')]);
add(7, 'TypeScript', 'outerHTML = template literal', {
  'src/replace.ts': `export function replace(el: HTMLElement, href: string): void {
  el.outerHTML = \`<a class="mitid-button" href="\${href}">Continue with MitID</a>\`;
}
`,
}, [text('Continue with MitID')]);
add(7, 'React', 'dangerouslySetInnerHTML with a markup string', {
  'src/Legacy.tsx': `const LEGACY = '<a class="btn-mitid" href="/auth/mitid">Login med MitID</a>';

export const Legacy = () => <div dangerouslySetInnerHTML={{ __html: LEGACY }} />;
`,
}, [text('Login med MitID')]);
add(7, 'Svelte', '{@html} of a markup string', {
  'src/Legacy.svelte': `<script>
  const href = '/auth/mitid';
</script>

{@html '<a class="btn-mitid" href="/auth/mitid">Login med MitID</a>'}
<p>{href}</p>
`,
}, [text('Login med MitID')]);
add(7, 'Lit', 'unsafeHTML of a markup string', {
  'src/legacy-login.ts': `import { LitElement, html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

export class LegacyLogin extends LitElement {
  render() {
    return html\`<div>\${unsafeHTML('<button class="btn-mitid">Log på med MitID</button>')}</div>\`;
  }
}
`,
}, [text('Log på med MitID')]);
add(7, 'Vue (no build)', 'a component string template in a .js file', {
  'public/js/login-button.js': `Vue.component('login-button', {
  props: ['href'],
  template: '<a class="btn-mitid" :href="href">Login med MitID</a>',
});
`,
}, [text('Login med MitID')]);
add(7, 'PHP', 'a heredoc holding the link', {
  'public/heredoc.php': `<?php
$url = '/auth/mitid';
echo <<<HTML
<main>
  <a class="btn-mitid" href="{$url}">Login med MitID</a>
</main>
HTML;
`,
}, [text('Login med MitID')]);
add(7, 'Python', 'a triple-quoted page string', {
  'app/pages.py': `LOGIN_PAGE = """
<!doctype html>
<html lang="da">
  <body>
    <a class="btn-mitid" href="/auth/mitid">Log på med MitID</a>
  </body>
</html>
"""
`,
}, [text('Log på med MitID')]);

// ---------------------------------------------------------------------------------------------
// 9. A broker library's component (README: @criipto/verify-react 4.0.3).
const broker = (name: string, file: string, code: string, want: Want[]): void => add(9, file.endsWith('.jsx') ? 'React (JSX)' : 'React', name, { [file]: code }, want);
broker('AuthButton with a MitID acrValue in Danish', 'src/auth/Login.tsx', `import { AuthButton } from '@criipto/verify-react';

export function Login() {
  return <AuthButton acrValue="urn:grn:authn:dk:mitid:substantial" language="da" />;
}
`, [text('<AuthButton', /Login med MitID/)]);
broker('AuthMethodButton, action accept in Danish', 'src/auth/Accept.tsx', `import { AuthMethodButton } from '@criipto/verify-react';

export const Accept = () => (
  <AuthMethodButton acrValue="urn:grn:authn:dk:mitid:low" language="da" action="accept" />
);
`, [text('<AuthMethodButton', /Accepter med MitID/)]);
broker('a renamed import of AuthMethodButton', 'src/auth/Renamed.tsx', `import { AuthMethodButton as BrokerButton } from '@criipto/verify-react';

export const Renamed = () => <BrokerButton acrValue="urn:grn:authn:dk:mitid:high" language="en" />;
`, [text('<BrokerButton', /Login with MitID/)]);
broker('AuthMethodSelector in English from a const array', 'src/auth/Selector.jsx', `import { AuthMethodSelector } from '@criipto/verify-react';

const ACR_VALUES = ['urn:grn:authn:dk:mitid:substantial', 'urn:grn:authn:no:bankid'];

export default function Selector() {
  return <AuthMethodSelector acrValues={ACR_VALUES} language="en" />;
}
`, [text('<AuthMethodSelector', /Login with MitID/)]);
broker('a conditional acrValue where one branch is MitID', 'src/auth/Either.tsx', `import { AuthMethodButton } from '@criipto/verify-react';

export const Either = ({ business }: { business: boolean }) => (
  <AuthMethodButton acrValue={business ? 'urn:grn:authn:se:bankid:same-device' : 'urn:grn:authn:dk:mitid:substantial'} />
);
`, [text('<AuthMethodButton', /Login with MitID/)]);
broker('a Next.js client page with the provider and the button', 'app/login/page.tsx', `'use client';
import { CriiptoVerifyProvider, AuthMethodButton } from '@criipto/verify-react';

export default function Page() {
  return (
    <CriiptoVerifyProvider domain="acme.criipto.id" clientID="urn:my:app" redirectUri="/callback">
      <AuthMethodButton acrValue="urn:grn:authn:dk:mitid:substantial" />
    </CriiptoVerifyProvider>
  );
}
`, [text('<AuthMethodButton', /Login with MitID/)]);
broker('silent: approve and sign render approved phrases', 'src/auth/Ok.tsx', `import { AuthMethodButton } from '@criipto/verify-react';

export const Ok = () => (
  <div>
    <AuthMethodButton acrValue="urn:grn:authn:dk:mitid:substantial" language="da" action="approve" />
    <AuthMethodButton acrValue="urn:grn:authn:dk:mitid:substantial" language="en" action="sign" />
    <AuthMethodButton acrValue="urn:grn:authn:dk:mitid:substantial" action="accept" />
  </div>
);
`, []);
broker("silent: a project's own AuthMethodButton with approved children", 'src/auth/Own.tsx', `import { AuthMethodButton } from '@/components/auth/shared/auth-method-button';

export const Own = ({ go }: { go: () => void }) => (
  <div>
    <AuthMethodButton onClick={go}>Log ind med MitID</AuthMethodButton>
    <AuthMethodButton onClick={go}>Fortsæt med e-mail</AuthMethodButton>
  </div>
);
`, []);
broker('children replace the text: a near miss in children', 'src/auth/Children.tsx', `import { AuthMethodButton } from '@criipto/verify-react';

export const Children = () => (
  <AuthMethodButton acrValue="urn:grn:authn:dk:mitid:substantial">
    Log på med MitID
  </AuthMethodButton>
);
`, [text('Log på med MitID')]);
broker('silent: an acrValue from props (unknown)', 'src/auth/FromProps.tsx', `import { AuthMethodButton } from '@criipto/verify-react';

export const FromProps = ({ acr }: { acr: string }) => <AuthMethodButton acrValue={acr} />;
`, []);
broker('AuthMethodSelector from a const array (.tsx twin)', 'src/auth/SelectorTs.tsx', `import { AuthMethodSelector } from '@criipto/verify-react';

const ACR_VALUES = ['urn:grn:authn:dk:mitid:substantial', 'urn:grn:authn:no:bankid'];

export const SelectorTs = () => <AuthMethodSelector acrValues={ACR_VALUES} language="en" />;
`, [text('<AuthMethodSelector', /Login with MitID/)]);
broker('AuthMethodSelector with an inline array in English (.jsx twin)', 'src/auth/Inline.jsx', `import { AuthMethodSelector } from '@criipto/verify-react';

export default function Inline() {
  return <AuthMethodSelector acrValues={['urn:grn:authn:dk:mitid:substantial', 'urn:grn:authn:no:bankid']} language="en" />;
}
`, [text('<AuthMethodSelector', /Login with MitID/)]);

// ---------------------------------------------------------------------------------------------
// 10. CSS: the stylelint side through `mitid-ux check`, and the ESLint side for identified buttons.
const css = (fw: string, name: string, files: Record<string, string>, at: (string | string[])[]): void =>
  add(10, fw, name, files, at.map((a) => style(a)));

css('CSS', 'a compound .eid-btn.eid-btn--dk-mitid with an off blue', {
  'src/eid.css': `.eid-btn { display: inline-flex; align-items: center; }
.eid-btn.eid-btn--dk-mitid { background: #0061af; color: #fff; }
.eid-btn.eid-btn--se-bankid { background: #193e4f; }
`,
}, ['#0061af']);
css('CSS', "a base class's height reaching the compound MitID button", {
  'src/eid-base.css': `.eid-btn { height: 40px; border-radius: 4px; }
.eid-btn.eid-btn--dk-mitid { background: #0060e6; color: #fff; }
`,
}, ['height: 40px']);
css('SCSS', 'a nested BEM modifier beside another, compliant MitID button rule', {
  'src/styles/auth.scss': `.mitid-login-btn { background: #0060e6; color: #fff; height: 48px; }

.auth-btn {
  height: 44px;
  border-radius: 6px;
  &--mitid {
    background: #0060e6;
    color: #fff;
  }
}
`,
}, ['height: 44px']);
css('Less', 'a nested BEM &--mitid modifier and a Less variable', {
  'src/styles/buttons.less': `@radius: 4px;
.btn {
  border-radius: @radius;
  height: 36px;
  &--mitid { background: #0060e6; color: #fff; }
}
`,
}, ['height: 36px']);
css('CSS', 'selector list sharing an off background', {
  'src/buttons.css': `.btn-primary, .btn-mitid { background: #333; color: #fff; }
`,
}, ['#333']);
css('CSS', 'an id and an attribute selector naming MitID', {
  'src/login.css': `#mitid-login { background-color: #0061e6; }
[data-idp="mitid"] { height: 40px; }
`,
}, ['#0061e6', 'height: 40px']);
css('CSS', 'button.mitid with upper-case text', {
  'src/upper.css': `button.mitid {
  background: #0060e6;
  color: #fff;
  text-transform: uppercase;
}
`,
}, ['text-transform']);
css('CSS', 'a custom property declared once', {
  'src/vars.css': `:root { --login-blue: #0055ff; }
.mitid-button { background: var(--login-blue); color: #fff; }
`,
}, [['var(--login-blue)', '--login-blue: #0055ff']]);
css('PostCSS', 'a .pcss file with Roboto first', {
  'src/login.pcss': `.btn-mitid {
  font-family: Roboto, Arial, sans-serif;
}
`,
}, ['Roboto']);
css('CSS', 'focus to orange, active to green', {
  'src/states.css': `.btn-mitid { background: #0060e6; color: #fff; }
.btn-mitid:focus { background-color: #ff6600; }
.btn-mitid:active { background: #00a651; }
`,
}, ['#ff6600', '#00a651']);
css('SCSS', 'nested &:hover with sepia and &:focus-visible with invert', {
  'src/styles/_mitid.scss': `.mitid-btn {
  background: #0060e6;
  color: #fff;
  &:hover { filter: sepia(1); }
  &:focus-visible { filter: invert(1); }
}
`,
}, ['sepia', 'invert']);
css('SCSS', '@apply inside a nested &:hover', {
  'src/styles/tw.scss': `.btn-mitid {
  @apply h-12 text-white bg-[#0060e6];
  &:hover {
    @apply bg-[#e0001b];
  }
}
`,
}, ['bg-[#e0001b]']);
css('CSS', '@apply of a short height', {
  'src/tw.css': `@tailwind components;
.mitid-login { @apply bg-[#0060e6] text-white h-10; }
`,
}, ['h-10']);
css('Angular styles', "Angular 17's styles: '...' string", {
  'src/app/login.component.ts': `import { Component } from '@angular/core';

@Component({
  selector: 'app-login',
  standalone: true,
  template: '<button type="button" class="btn-mitid" (click)="login()">Log ind med MitID</button>',
  styles: '.btn-mitid { height: 40px; background: #0060e6; color: #fff; }',
})
export class LoginComponent {
  login(): void {}
}
`,
}, ['height: 40px']);
css('Angular styleUrls', 'a component .css with a red hover', {
  'src/app/mitid/mitid-button.component.css': `.mitid-button { background: #0060e6; color: #fff; }
.mitid-button:hover { background: #d0021b; }
`,
  'src/app/mitid/mitid-button.component.ts': `import { Component } from '@angular/core';

@Component({
  selector: 'app-mitid-button',
  template: '<button type="submit" class="mitid-button">Log ind med MitID</button>',
  styleUrls: ['./mitid-button.component.css'],
})
export class MitidButtonComponent {}
`,
}, ['#d0021b']);
css('styled-components', 'styled.button.attrs named MitIDButton with Roboto', {
  'src/components/MitIDButton.tsx': `import styled from 'styled-components';

export const MitIDButton = styled.button.attrs({ type: 'button' })\`
  background: #0060e6;
  color: #fff;
  font-family: Roboto, sans-serif;
\`;
`,
}, ['Roboto']);
css('emotion', "@emotion/styled's styled.button named MitIdLoginButton", {
  'src/components/MitIdLoginButton.tsx': `import styled from '@emotion/styled';

export const MitIdLoginButton = styled.button\`
  background: #0060e6;
  color: #fff;
  height: 40px;
\`;
`,
}, ['height: 40px']);
css('styled-components', 'a styled button not named MitID, holding the MitID phrase', {
  'src/Login.tsx': `import styled from 'styled-components';

const Primary = styled.button\`
  background: #333;
  color: #fff;
\`;

export const Login = ({ go }: { go: () => void }) => <Primary onClick={go}>Log ind med MitID</Primary>;
`,
}, ['#333']);
css('CSS modules', 'a class not naming MitID on an identified button', {
  'src/Login.module.css': `.loginBtn {
  background: #0060e6;
  color: #fff;
  height: 40px;
}
`,
  'src/Login.tsx': `import styles from './Login.module.css';

export const Login = () => <button type="submit" className={styles.loginBtn}>Log ind med MitID</button>;
`,
}, [['height: 40px', 'src/Login.tsx::className={styles.loginBtn}']]);
css('CSS modules (SCSS)', 'a focus-visible to red in a .module.scss', {
  'src/MitidBtn.module.scss': `.mitidBtn {
  background: #0060e6;
  color: #fff;
  &:focus-visible { background: #e30613; }
}
`,
  'src/MitidBtn.tsx': `import s from './MitidBtn.module.scss';

export const MitidBtn = () => <button className={s.mitidBtn}>Log ind med MitID</button>;
`,
}, ['#e30613']);
css('Vue <style module>', '$style.cta on an identified button', {
  'src/CtaModule.vue': `<template>
  <button type="button" :class="$style.cta" @click="login">Log ind med MitID</button>
</template>

<script setup lang="ts">
function login() {}
</script>

<style module>
.cta {
  background: #222;
  color: #fff;
}
</style>
`,
}, ['#222']);
css('Tailwind classnames', 'an arbitrary blue in classnames()', {
  'src/Cn.tsx': `import classNames from 'classnames';

export const Cn = ({ wide }: { wide: boolean }) => (
  <button type="button" className={classNames('text-white h-12', 'bg-[#0061af]', { 'w-full': wide })}>Log ind med MitID</button>
);
`,
}, ['bg-[#0061af]']);
css('Tailwind cva', "a cva base naming the MitID button's look", {
  'src/ui/mitid-button.tsx': `import { cva } from 'class-variance-authority';

const mitidButton = cva('inline-flex items-center text-white bg-[#0052cc] h-12');

export const MitIDButton = () => <button className={mitidButton()}>Log ind med MitID</button>;
`,
}, [['bg-[#0052cc]', '<button']]);
css('Tailwind clsx', 'an active: variant to green', {
  'src/Active.tsx': `import clsx from 'clsx';

export const Active = () => (
  <button className={clsx('bg-[#0060e6] text-white h-12', 'active:bg-[#16a34a]')}>Log ind med MitID</button>
);
`,
}, ['active:bg-[#16a34a]']);
css('Tailwind Vue', 'a template literal in :class', {
  'src/TplClass.vue': `<template>
  <button type="button" :class="\`text-white h-[40px] \${extra}\`">Log ind med MitID</button>
</template>

<script setup lang="ts">
const extra = 'bg-[#0060e6]';
</script>
`,
}, ['h-[40px]']);
css('Tailwind Lit', 'an arbitrary blue in a Lit class', {
  'src/tw-login.ts': `import { LitElement, html } from 'lit';

export class TwLogin extends LitElement {
  render() {
    return html\`<button class="text-white h-12 bg-[#1a56db]">Log ind med MitID</button>\`;
  }
}
`,
}, ['bg-[#1a56db]']);
css('Tailwind Solid', 'class= with a short arbitrary height', {
  'src/Solid.tsx': `export const SolidLogin = () => <a href="/auth/mitid" class="bg-[#0060e6] text-white h-[42px]">Log ind med MitID</a>;
`,
}, ['h-[42px]']);
css('Svelte <style>', 'a hover to another hue in a scss block', {
  'src/Hover.svelte': `<button type="button" class="btn-mitid">Log ind med MitID</button>

<style lang="scss">
  .btn-mitid {
    background: #0060e6;
    color: #fff;
    &:hover { background: #9333ea; }
  }
</style>
`,
}, ['#9333ea']);
silent(10, 'CSS', 'a compliant compound, a darker hover and a focus ring', {
  'src/ok.css': `.eid-btn { display: inline-flex; }
.eid-btn.eid-btn--dk-mitid { background: #0060e6; color: #fff; height: 48px; font-family: "IBM Plex Sans", Helvetica, Arial, sans-serif; }
.eid-btn.eid-btn--dk-mitid:hover { background: #0050c0; }
.eid-btn.eid-btn--dk-mitid:focus-visible { outline: 3px solid #003d99; outline-offset: 2px; }
.eid-btn.eid-btn--dk-mitid::before { content: ''; background: url(/mitid.svg); }
`,
});
silent(10, 'SCSS', 'a base class whose height the MitID modifier overrides', {
  'src/ok.scss': `.auth-btn {
  height: 40px;
  &--mitid { height: 48px; background: #0060e6; color: #fff; }
}
`,
});
silent(10, 'styled-components', 'a compliant MitIDButton with a darker hover', {
  'src/ok/MitIDButton.tsx': `import styled from 'styled-components';

export const MitIDButton = styled.button\`
  background: #0060e6;
  color: #fff;
  height: 48px;
  border-radius: 4px;
  &:hover { background: #0050c0; }
\`;
`,
});
css('CSS', "a base class's :hover reaching the MitID modifier", {
  'src/eid-hover.css': `.eid-btn:hover { background: #e0001b; }
.eid-btn--mitid { background: #0060e6; color: #fff; }
`,
}, ['#e0001b']);
css('Tailwind HTML', 'a focus: variant to pink in a class attribute', {
  'public/tw.html': `<!doctype html>
<html lang="da"><body>
  <a class="bg-[#0060e6] text-white h-12 focus:bg-[#db2777]" href="/auth/mitid">Log ind med MitID</a>
</body></html>
`,
}, ['focus:bg-[#db2777]']);
css('Tailwind palette', 'hover:bg-red-600 with the default theme', {
  'src/Red.tsx': `export const Red = () => <button className="bg-[#0060e6] text-white h-12 hover:bg-red-600">Log ind med MitID</button>;
`,
}, ['hover:bg-red-600']);
silent(10, 'Tailwind palette', 'bg-blue-600 where tailwind.config.js redefines blue', {
  'src/Blue.tsx': `export const Blue = () => <button className="bg-blue-600 text-white h-12 hover:bg-blue-700">Log ind med MitID</button>;
`,
  'tailwind.config.js': `module.exports = {
  content: ['./src/**/*.tsx'],
  theme: { extend: { colors: { blue: { 600: '#0060e6', 700: '#0050c0' } } } },
};
`,
});
css('Angular styles', 'inline styles for a class not naming MitID on an identified button', {
  'src/app/cta.component.ts': `import { Component } from '@angular/core';

@Component({
  selector: 'app-cta',
  template: '<button type="submit" class="primary">Log ind med MitID</button>',
  styles: ['.primary { background: #333; color: #fff; }'],
})
export class CtaComponent {}
`,
}, [['#333', 'class="primary"']]);
css('Angular styleUrl', 'a styleUrl .scss for a class not naming MitID on an identified button', {
  'src/app/cta2/cta2.component.scss': `.primary {
  background: #333;
  color: #fff;
}
`,
  'src/app/cta2/cta2.component.ts': `import { Component } from '@angular/core';

@Component({
  selector: 'app-cta2',
  template: '<button type="submit" class="primary">Log ind med MitID</button>',
  styleUrl: './cta2.component.scss',
})
export class Cta2Component {}
`,
}, [['#333', 'src/app/cta2/cta2.component.ts::class="primary"']]);
css('emotion', 'a css prop object on the button', {
  'src/EmotionCss.tsx': `/** @jsxImportSource @emotion/react */
export const EmotionCss = () => (
  <button css={{ background: '#333', color: '#fff' }}>Log ind med MitID</button>
);
`,
}, ["'#333'"]);
css('Tailwind cn', 'a conditional object in cn()', {
  'src/CnObj.tsx': `import { cn } from '@/lib/utils';

export const CnObj = ({ error }: { error: boolean }) => (
  <button className={cn('bg-[#0060e6] text-white h-12', { 'bg-[#ff0000]': error })}>Log ind med MitID</button>
);
`,
}, ["'bg-[#ff0000]'"]);
css('CSS', 'a hover inside @media (hover: hover)', {
  'src/media.css': `.btn-mitid { background: #0060e6; color: #fff; }
@media (hover: hover) {
  .btn-mitid:hover { background: #e11d48; }
}
`,
}, ['#e11d48']);
css('CSS', 'native CSS nesting of &:hover', {
  'src/nesting.css': `.btn-mitid {
  background: #0060e6;
  color: #fff;
  &:hover { background: #f97316; }
}
`,
}, ['#f97316']);
css('Tailwind cva', 'cva called inside className (twin of the one-hop case)', {
  'src/ui/inline-cva.tsx': `import { cva } from 'class-variance-authority';

export const InlineCva = () => <button className={cva('text-white bg-[#0052cc] h-12')()}>Log ind med MitID</button>;
`,
}, ['bg-[#0052cc]']);
css('Tailwind', 'an !important arbitrary blue', {
  'src/Important.tsx': `export const Important = () => <button className="!bg-[#0061af] text-white h-12">Log ind med MitID</button>;
`,
}, ['!bg-[#0061af]']);
css('Tailwind', 'an arbitrary rgb() background', {
  'src/Rgb.tsx': `export const Rgb = () => <button className="bg-[rgb(0,97,175)] text-white h-12">Log ind med MitID</button>;
`,
}, ['bg-[rgb(0,97,175)]']);
css('Tailwind', 'black text as an arbitrary value in Svelte', {
  'src/Black.svelte': `<a href="/auth/mitid" class="bg-[#0060e6] text-[#000] h-12">Log ind med MitID</a>
`,
}, ['text-[#000]']);
css('styled-components', 'a hue-rotate on &:hover of MitIDButton', {
  'src/components/Hue.tsx': `import styled from 'styled-components';

export const MitIDButton = styled.button\`
  background: #0060e6;
  color: #fff;
  &:hover {
    filter: hue-rotate(120deg);
  }
\`;
`,
}, ['hue-rotate']);
const notButtons: Record<string, string> = {
  '.mitid-modal': '.mitid-modal { background: rgba(0, 0, 0, .5); height: 100vh; }',
  '.mitid-page': '.mitid-page { background: #f5f5f5; font-family: Roboto, sans-serif; }',
  '.mitid-banner': '.mitid-banner { background: #fff3cd; color: #664d03; }',
  '.mitid-section': '.mitid-section { padding: 2rem; background: #fafafa; }',
  '.mitid-alert': '.mitid-alert { background: #f8d7da; color: #842029; }',
  '.mitid-badge': '.mitid-badge { background: #198754; color: #fff; text-transform: uppercase; }',
  '.mitid-spinner': '.mitid-spinner { height: 16px; border-radius: 50%; }',
  '.mitid-footer': '.mitid-footer { background: #222; color: #ccc; }',
  '.mitid-faq__answer': '.mitid-faq__answer { color: #333; background: #fff; }',
};
for (const [sel, rule] of Object.entries(notButtons)) silent(10, 'CSS', `a ${sel} rule (not the button)`, { 'src/page.css': `${rule}\n` });
silent(10, 'Less', 'nested help and FAQ parts under .mitid', {
  'src/mitid.less': `.mitid {
  &-help__close { background: transparent; color: #000; }
  &-faq__question { background: none; text-transform: uppercase; }
}
`,
});
css('Less', 'a compound pairing beside another, compliant MitID rule', {
  'src/eid.less': `.mitid-login-btn { background: #0060e6; color: #fff; height: 48px; }
.eid-btn { font-family: Roboto, sans-serif; }
.eid-btn.eid-btn--mitid { background: #0060e6; color: #fff; }
`,
}, ['Roboto']);
css('Angular styles', 'the second element of a styles array, on its own line', {
  'src/app/two.component.ts': `import { Component } from '@angular/core';

@Component({
  selector: 'app-two',
  template: '<button class="btn-mitid">Log ind med MitID</button>',
  styles: [
    \`.wrap { display: flex; }\`,
    \`.btn-mitid { border-radius: 50%; }\`,
  ],
})
export class TwoComponent {}
`,
}, ['50%']);
css('CSS', 'a hover that inverts to white with blue text', {
  'src/outline.css': `.btn-mitid { background: #0060e6; color: #fff; }
.btn-mitid:hover { background: #fff; color: #0060e6; }
`,
}, ['.btn-mitid:hover']);
css('CSS', 'a gradient background on hover', {
  'src/gradient.css': `.btn-mitid { background: #0060e6; color: #fff; }
.btn-mitid:hover { background-image: linear-gradient(90deg, #0060e6, #7c3aed); }
`,
}, ['linear-gradient']);
silent(10, 'CSS', "the button's children, pseudo-elements and disabled state", {
  'src/children.css': `.btn-mitid { background: #0060e6; color: #fff; height: 48px; }
.btn-mitid img { height: 24px; width: auto; }
.btn-mitid svg { fill: #fff; }
.btn-mitid::after { content: ''; background: #fff; }
.btn-mitid:disabled { opacity: .5; }
`,
});
css('CSS', 'a gradient in the background shorthand on hover (twin)', {
  'src/gradient2.css': `.btn-mitid { background: #0060e6; color: #fff; }
.btn-mitid:hover { background: linear-gradient(90deg, #0060e6, #7c3aed); }
`,
}, ['linear-gradient']);

// ---------------------------------------------------------------------------------------------
// 11. Layouts the README promises, as one folder each (the run's cwd is outside every case).
add(11, 'monorepo', 'two apps, each with its own mitid.config.json catalog', {
  'package.json': '{ "name": "mono", "private": true, "workspaces": ["apps/*"] }\n',
  'apps/web/package.json': '{ "name": "web", "private": true }\n',
  'apps/web/mitid.config.json': '{ "catalogs": { "da": "src/locales/da.json" } }\n',
  'apps/web/src/locales/da.json': '{ "login": { "mitid": "Login med MitID" } }\n',
  'apps/web/src/Login.tsx': `import { useTranslation } from 'react-i18next';

export function Login() {
  const { t } = useTranslation();
  return <button type="submit" className="btn-mitid">{t('login.mitid')}</button>;
}
`,
  'apps/admin/package.json': '{ "name": "admin", "private": true }\n',
  'apps/admin/mitid.config.json': '{ "catalogs": { "da": "src/i18n/da.json" } }\n',
  'apps/admin/src/i18n/da.json': '{ "login": { "mitid": "Log ind med MitID" } }\n',
  'apps/admin/src/Login.vue': `<template>
  <button type="submit" class="btn-mitid">{{ $t('login.mitid') }}</button>
</template>
`,
  'apps/admin/src/styles.scss': `.btn-mitid {
  height: 40px;
}
`,
}, [text('apps/web/src/Login.tsx::t(\'login.mitid\')', /Login med MitID/), style('apps/admin/src/styles.scss::height: 40px')]);
add(11, 'Nx workspace', 'two Angular apps, each with its own src/assets/i18n (found without config)', {
  'apps/portal/src/app/login.component.html': `<button type="submit" class="btn-mitid">{{ 'login.mitid' | translate }}</button>
`,
  'apps/portal/src/app/login.component.ts': `import { Component } from '@angular/core';
@Component({ selector: 'app-login', templateUrl: './login.component.html' })
export class LoginComponent {}
`,
  'apps/portal/src/assets/i18n/da.json': '{ "login": { "mitid": "Log på med MitID" } }\n',
  'apps/selvbetjening/src/app/login.component.html': `<button type="submit" class="btn-mitid">{{ 'login.mitid' | translate }}</button>
`,
  'apps/selvbetjening/src/app/login.component.ts': `import { Component } from '@angular/core';
@Component({ selector: 'app-login', templateUrl: './login.component.html' })
export class LoginComponent {}
`,
  'apps/selvbetjening/src/assets/i18n/da.json': '{ "login": { "mitid": "Log ind med MitID" } }\n',
}, [text('translate', /Log på med MitID/)]);

// ---------------------------------------------------------------------------------------------
// Known failures today (the expected behaviour is the case's own `want`); filled in from runs.
const FAILS: Record<string, string> = {
};
markFailures(cases, FAILS);

/**
 * Pattern 7 promises exact positions: a text finding in markup inside a string starts at the
 * text's first character (as the first trial of a JSX file does: column = index + 1).
 */
function exactColumn(c: Case, rule: Rule, at: string | string[]): number | undefined {
  // A template's output expression (`<?= '…' ?>`) is a hole, reported where it starts.
  if (c.p !== 7 || rule !== 'approved-text' || Array.isArray(at) || at.includes('::') || c.name.includes('output expression')) return undefined;
  const line = c.files[Object.keys(c.files)[0]!]!.split('\n').find((l) => l.includes(at))!;
  return line.indexOf(at) + 1;
}

const TITLES: Record<number, string> = {
  0: 'false positives named by the issue, in every framework',
  3: '3 text split over children',
  7: '7 markup inside strings',
  9: '9 broker libraries',
  10: '10 CSS',
  11: 'layouts: monorepos and workspaces',
};
const root = runSpec(cases, { prefix: 'mitid-ux-issue10b-', titles: Object.fromEntries(Object.entries(TITLES).map(([p, t]) => [p, `issue 10 (round 2), ${t}`])), column: exactColumn });


// ---------------------------------------------------------------------------------------------
// Paths as the README promises them: absolute, from a subfolder, a sibling folder, a glob; and a
// violating file of every type is never "No MitID problems".
describe('issue 10 (round 2), paths and the summary line', () => {
  const LOGIN = `import { useTranslation } from 'react-i18next';

export function Login() {
  const { t } = useTranslation();
  return <button type="submit" className="btn-mitid">{t('login.mitid')}</button>;
}
`;
  const project = join(root, 'paths');
  const elsewhere = join(root, 'elsewhere');
  beforeAll(() => {
    writeCase(project, {
      'apps/web/package.json': '{ "name": "web" }\n',
      'apps/web/mitid.config.json': '{ "catalogs": { "da": "src/locales/da.json" } }\n',
      'apps/web/src/locales/da.json': '{ "login": { "mitid": "Login med MitID" } }\n',
      'apps/web/src/Login.tsx': LOGIN,
      'apps/web/src/btn.scss': '.btn-mitid {\n  background: #0061af;\n}\n',
      'apps/admin/package.json': '{ "name": "admin" }\n',
      'apps/admin/src/Admin.tsx': 'export const Admin = () => <a href="/auth/mitid">Log på med MitID</a>;\n',
    });
    mkdirSync(elsewhere, { recursive: true });
  });
  const lines = (r: JsonReport): string[] => r.findings.map((f) => `${f.target.replace(/\\/g, '/')}:${f.line} ${f.ruleId}`).sort();
  const run = async (args: string[], cwd: string): Promise<JsonReport> => {
    const r = await cli(['check', ...args, '-f', 'json'], { cwd });
    expect(r.code, r.stderr).toBe(1);
    return JSON.parse(r.stdout) as JsonReport;
  };

  it('an absolute path, run from another folder', async () => {
    const r = await run([project], elsewhere);
    const got = lines(r).map((l) => l.slice(l.indexOf('apps/')));
    expect(got).toEqual([
      'apps/admin/src/Admin.tsx:1 mitid/approved-text',
      'apps/web/src/Login.tsx:5 mitid/approved-text',
      'apps/web/src/btn.scss:2 mitid/button-style',
    ]);
  }, 120_000);
  it("from inside an app: '.' reads that app's own mitid.config.json", async () => {
    const r = await run(['.'], join(project, 'apps/web'));
    expect(lines(r)).toEqual(['src/Login.tsx:5 mitid/approved-text', 'src/btn.scss:2 mitid/button-style']);
  }, 120_000);
  it('a sibling folder given as ../web', async () => {
    const r = await run(['../web/src'], join(project, 'apps/admin'));
    expect(lines(r).map((l) => l.replace(/^.*?web\//, 'web/'))).toEqual(['web/src/Login.tsx:5 mitid/approved-text', 'web/src/btn.scss:2 mitid/button-style']);
  }, 120_000);
  it('a relative file path from inside an app', async () => {
    const r = await run(['src/Login.tsx'], join(project, 'apps/web'));
    expect(lines(r)).toEqual(['src/Login.tsx:5 mitid/approved-text']);
  }, 120_000);
  it("a glob over both apps ('apps/*/src/**/*.tsx')", async () => {
    const r = await run(['apps/*/src/**/*.tsx'], project);
    expect(lines(r)).toEqual(['apps/admin/src/Admin.tsx:1 mitid/approved-text', 'apps/web/src/Login.tsx:5 mitid/approved-text']);
  }, 120_000);

  const VIOLATING: Record<string, string> = {
    'Login.tsx': 'export const L = () => <button className="btn-mitid">Login med MitID</button>;\n',
    'Login.jsx': 'export const L = () => <a href="/auth/mitid">Log på med MitID</a>;\n',
    'Login.vue': '<template>\n  <button class="btn-mitid">Sign in with MitID</button>\n</template>\n',
    'Login.svelte': '<button class="btn-mitid">Login med MitID</button>\n',
    'login.html': '<!doctype html>\n<a class="btn-mitid" href="/auth/mitid">Log på med MitID</a>\n',
    'login.component.ts': "import { Component } from '@angular/core';\n@Component({ selector: 'x', template: '<button class=\"btn-mitid\">Login med MitID</button>' })\nexport class X {}\n",
    'mitid.css': '.btn-mitid { background: #ff0000; }\n',
    'mitid.scss': '.btn-mitid {\n  &:hover { background: #16a34a; }\n}\n',
    'mitid.less': '.btn-mitid { height: 40px; }\n',
    'server.js': "app.get('/', (req, res) => res.send('<a href=\"/login\">Log in with MitID</a>'));\n",
    'login.php': '<?php\necho \'<a class="btn-mitid" href="/login">Login med MitID</a>\';\n',
    'views.py': 'def login():\n    return \'<a class="btn-mitid" href="/login">Log in with MitID</a>\'\n',
  };
  for (const [file, body] of Object.entries(VIOLATING)) {
    it(`text output on a violating ${file} names it and never says "No MitID problems"`, async () => {
      const dir = join(root, 'single', file.replace(/\W/g, '_'));
      writeCase(dir, { [file]: body });
      const r = await cli(['check', join(dir, file)], { cwd: elsewhere });
      const out = `${r.stdout}\n${r.stderr}`;
      expect(out).not.toMatch(/No MitID problems/);
      expect(r.code, out).toBe(1);
      expect(out).toContain(file);
    }, 60_000);
  }
});
