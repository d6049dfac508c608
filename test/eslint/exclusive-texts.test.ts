/**
 * Texts that never show together are never judged as one text: sibling parts under a test and its
 * negation (`{busy && a}{!busy && b}`, `{#if busy}…{/if}{#if !busy}…{/if}`, `*ngIf="x; else t"`)
 * are one choice (conditions.ts), and responsive short and long forms (`sm:hidden` beside
 * `hidden sm:inline`, Bootstrap's `d-sm-none`) are one text per screen (core's screens.ts). A real
 * sequence still reads as one text, and a near miss at any screen is reported.
 */
import { htmlTester, jsxTester, litTester, rules, TSX, VUE, vueTester } from './helpers.js';

const rule = rules['approved-text'] as never;
const SVELTE = 'Login.svelte';
const NG = 'login.component.html';
const LIT = 'login.ts';
/** Exactly these texts are reported, each once (in source order). */
const only = (...texts: string[]): { message: RegExp }[] => texts.map((t) => ({ message: new RegExp(`"${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`) }));
/** A near miss reported once, its suggestion rewriting it where written. */
const nearMiss = (code: string, filename: string, text: string, phrase: string) => ({
  code,
  filename,
  errors: [{ messageId: 'useApprovedPhrase', data: { text, phrase }, suggestions: [{ messageId: 'replaceWithPhrase', data: { phrase }, output: code.replace(text, phrase) }] }],
});
const lit = (markup: string): string => `import { html, nothing } from 'lit';\nexport const view = (busy: boolean) => html\`${markup}\`;\n`;

// Two approved phrases that would be a near miss if read as one text ("Log ind med MitIDLog on with MitID").
const DA = 'Log ind med MitID';
const EN = 'Log on with MitID';

jsxTester.run('approved-text: complementary conditions (JSX)', rule, {
  valid: [
    { code: `const B = ({ a }) => <button type="button">{a && '${DA}'}{!a && '${EN}'}</button>;`, filename: TSX },
    { code: `const B = ({ a }) => <button type="button">{a ? '${DA}' : null}{!a ? '${EN}' : null}</button>;`, filename: TSX },
    { code: `const B = ({ busy }) => <button type="button">{busy && '${DA}'}{busy || '${EN}'}</button>;`, filename: TSX },
    { code: `const B = ({ s }) => <button type="button">{s.busy ? '${DA}' : ''} {!(s.busy) ? '${EN}' : ''}</button>;`, filename: TSX },
    { code: `const B = ({ mode }) => <button type="button">{mode === 'da' && '${DA}'}{mode !== 'da' && '${EN}'}</button>;`, filename: TSX },
    // A paragraph mentioning MitID under the same tests is no call to action.
    { code: `const P = ({ a }) => <p>{a && 'Hvad er MitID?'}{!a && 'Læs om MitID'}</p>;`, filename: TSX },
  ],
  invalid: [
    // The spec's case: only the loading text is reported, never "Vent…Godkend med MitID".
    {
      code: `const B = ({ loading }) => (\n  <button type="button" disabled={loading}>\n    {loading && 'Vent…'}\n    {!loading && 'Godkend med MitID'}\n  </button>\n);`,
      filename: TSX,
      errors: [{ messageId: 'notAPhrase', line: 3 }],
    },
    // React Native: markup branches of a Pressable.
    { code: `const B = ({ busy, login }) => <Pressable onPress={login}>{busy && <Text>Vent…</Text>}{!busy && <Text>Godkend med MitID</Text>}</Pressable>;`, filename: TSX, errors: only('Vent…') },
    // Unrelated tests still combine: both can be true.
    { code: `const B = ({ a, b }) => <button type="button">{a && '${DA}'}{b && '${EN}'}</button>;`, filename: TSX, errors: only(`${DA}${EN}`) },
    // The same test twice is one state: its parts show together.
    { code: `const B = ({ busy }) => <button type="button" className="btn-mitid">{busy && 'Vent '}{busy && 'på MitID'}</button>;`, filename: TSX, errors: only('Vent på MitID') },
    // A real sequence is one text.
    { code: `const B = () => <button type="button">Log ind <span>med MitId</span></button>;`, filename: TSX, errors: only('Log ind med MitId') },
    { code: `const n = 2;\nconst B = () => <button type="button">{n} {'Log ind med MitID'}</button>;`, filename: TSX, errors: only('2 Log ind med MitID') },
  ],
});

jsxTester.run('approved-text: responsive text (JSX)', rule, {
  valid: [
    { code: `const B = () => <a href="/mitid"><span className="sm:hidden">${DA}</span><span className="hidden sm:inline">${EN}</span></a>;`, filename: TSX },
    { code: `const B = () => <a href="/mitid"><span className="max-md:hidden">${DA}</span><span className="md:hidden">${EN}</span></a>;`, filename: TSX },
    { code: `const B = () => <a href="/mitid"><span className="d-sm-none">${DA}</span><span className="d-none d-sm-inline">${EN}</span></a>;`, filename: TSX },
    { code: `const B = () => <a href="/mitid"><span className="visible-xs">${DA}</span><span className="hidden-xs">${EN}</span></a>;`, filename: TSX },
    // Hidden at every size is no visible text, as sr-only text is not.
    { code: `const B = () => <button type="button" className="btn-mitid"><span className="hidden">Vent…</span>${DA}</button>;`, filename: TSX },
    { code: `const B = () => <button type="button" className="btn-mitid"><span className="sr-only">Åbner MitID: </span>${DA}</button>;`, filename: TSX },
  ],
  invalid: [
    // The short form on a phone is a near miss; the long form from sm up is approved; never the two together.
    { code: `const B = () => <a href="/mitid" className="btn"><span className="sm:hidden">Log ind</span><span className="hidden sm:inline">${DA}</span></a>;`, filename: TSX, errors: only('Log ind') },
    // A near miss on the wide screens only.
    nearMiss(`const B = () => <a href="/mitid"><span className="lg:hidden">${DA}</span><span className="hidden lg:inline">Login with MitID</span></a>;`, TSX, 'Login with MitID', EN),
    // Text beside the responsive part: "Fortsæt" on a phone, "Fortsæt med MitID" wider.
    { code: `const B = () => <a href="/mitid">Fortsæt <span className="hidden sm:inline">med MitID</span></a>;`, filename: TSX, errors: only('Fortsæt med MitID', 'Fortsæt') },
    // A class that comes and goes with a state may hide the part or not: both texts.
    { code: `const B = ({ busy }) => <button type="button" className="btn-mitid"><span className={busy ? 'hidden' : ''}>Vent… </span>${DA}</button>;`, filename: TSX, errors: only(`Vent… ${DA}`) },
    { code: `const B = ({ busy }) => <button type="button" className="btn-mitid"><span className={clsx({ hidden: !busy })}>Vent… </span>${DA}</button>;`, filename: TSX, errors: only(`Vent… ${DA}`) },
    // Only hidden text: no visible phrase, as with sr-only.
    { code: `const B = () => <button type="button" className="btn-mitid"><span className="hidden">${DA}</span></button>;`, filename: TSX, errors: [{ messageId: 'noVisibleText' }] },
    { code: `const B = () => <button type="button" className="btn-mitid"><span className="sr-only">${DA}</span></button>;`, filename: TSX, errors: [{ messageId: 'noVisibleText' }] },
  ],
});

vueTester.run('approved-text: complementary conditions and responsive text (Vue)', rule, {
  valid: [
    { code: `<template><button type="button"><span v-show="busy">${DA}</span><span v-show="!busy">${EN}</span></button></template>`, filename: VUE },
    { code: `<template><button type="button"><span v-if="busy">${DA}</span><span v-else>${EN}</span></button></template>`, filename: VUE },
    // Two chains under one test and its negation.
    { code: `<template><button type="button"><span v-if="state.busy">${DA}</span> <span v-if="!state.busy">${EN}</span></button></template>`, filename: VUE },
    { code: `<template><button type="button">{{ busy ? '${DA}' : '' }}{{ !busy ? '${EN}' : '' }}</button></template>`, filename: VUE },
    { code: `<template><a href="/mitid"><span class="sm:hidden">${DA}</span><span class="hidden sm:inline">${EN}</span></a></template>`, filename: VUE },
  ],
  invalid: [
    { code: `<template>\n  <a href="/auth/mitid" class="btn">\n    <span class="sm:hidden">Log ind</span><span class="hidden sm:inline">${DA}</span>\n  </a>\n</template>`, filename: VUE, errors: only('Log ind') },
    { code: `<template><button type="button"><span v-show="busy">Vent…</span><span v-show="!busy">Godkend med MitID</span></button></template>`, filename: VUE, errors: only('Vent…') },
    { code: `<template><button type="button"><span v-show="a">${DA}</span><span v-show="b">${EN}</span></button></template>`, filename: VUE, errors: only(`${DA}${EN}`) },
    // A class bound to a state hides the part in that state only.
    { code: `<template><button type="button" class="btn-mitid"><span :class="{ hidden: !busy }">Vent… </span>${DA}</button></template>`, filename: VUE, errors: only(`Vent… ${DA}`) },
  ],
});

htmlTester.run('approved-text: complementary conditions and responsive text (Svelte)', rule, {
  valid: [
    { code: `<button type="button">{#if busy}${DA}{/if}{#if !busy}${EN}{/if}</button>`, filename: SVELTE },
    { code: `<button type="button">{#if busy}${DA}{:else}${EN}{/if}</button>`, filename: SVELTE },
    { code: `<button type="button">{#if busy}${DA}{/if}{!busy ? '${EN}' : ''}</button>`, filename: SVELTE },
    { code: `<a href="/mitid"><span class="md:hidden">${DA}</span><span class="hidden md:inline">${EN}</span></a>`, filename: SVELTE },
  ],
  invalid: [
    { code: `<button type="button">{#if busy}Vent…{/if}{#if !busy}Godkend med MitID{/if}</button>`, filename: SVELTE, errors: only('Vent…') },
    { code: `<button type="button">{#if a}${DA}{/if}{#if b}${EN}{/if}</button>`, filename: SVELTE, errors: only(`${DA}${EN}`) },
    { code: `<button type="button" class="btn-mitid" on:click={login}><span class:hidden={!busy}>Vent… </span>${DA}</button>`, filename: SVELTE, errors: only(`Vent… ${DA}`) },
    { code: `<a href="/mitid"><span class="md:hidden">Log ind</span><span class="hidden md:inline">${DA}</span></a>`, filename: SVELTE, errors: only('Log ind') },
  ],
});

htmlTester.run('approved-text: complementary conditions and responsive text (Angular)', rule, {
  valid: [
    { code: `<button type="button" (click)="login()"><ng-container *ngIf="!busy; else waiting">${DA}</ng-container><ng-template #waiting>${EN}</ng-template></button>`, filename: NG },
    { code: `<button type="button" (click)="login()"><ng-container *ngIf="busy; then a else b"></ng-container><ng-template #a>${DA}</ng-template><ng-template #b>${EN}</ng-template></button>`, filename: NG },
    { code: `<button type="button" (click)="login()"><span *ngIf="busy">${DA}</span><span *ngIf="!busy">${EN}</span></button>`, filename: NG },
    { code: `<button type="button" (click)="login()"><span [hidden]="busy">${DA}</span><span [hidden]="!busy">${EN}</span></button>`, filename: NG },
    { code: `<button type="button" (click)="login()">@if (busy) {${DA}} @else {${EN}} @if (!busy) {}</button>`, filename: NG },
    { code: `<button type="button" (click)="login()">@if (busy) {${DA}}@if (!busy) {${EN}}</button>`, filename: NG },
  ],
  invalid: [
    // The spec's case: only the else template's text is reported.
    {
      code: `<button type="button" class="btn btn-primary" (click)="login()" [disabled]="busy">\n  <ng-container *ngIf="!busy; else waiting">${DA}</ng-container>\n  <ng-template #waiting>Vent venligst…</ng-template>\n</button>`,
      filename: NG,
      errors: [{ messageId: 'notAPhrase', line: 3 }],
    },
    { code: `<button type="button" (click)="login()"><span [hidden]="busy">Godkend med MitID</span><span [hidden]="!busy">Vent…</span></button>`, filename: NG, errors: only('Vent…') },
    { code: `<button type="button" (click)="login()"><span *ngIf="a">${DA}</span><span *ngIf="b">${EN}</span></button>`, filename: NG, errors: only(`${DA}${EN}`) },
  ],
});

litTester.run('approved-text: complementary conditions and responsive text (Lit)', rule, {
  valid: [
    { code: lit(`<button type="button">\${busy ? '${DA}' : nothing}\${!busy ? '${EN}' : nothing}</button>`), filename: LIT },
    { code: lit(`<button type="button">\${busy ? html\`<span>${DA}</span>\` : ''}\${!busy ? html\`<span>${EN}</span>\` : ''}</button>`), filename: LIT },
    { code: lit(`<a href="/mitid"><span class="sm:hidden">${DA}</span><span class="hidden sm:inline">${EN}</span></a>`), filename: LIT },
  ],
  invalid: [
    { code: lit(`<button type="button">\${busy ? 'Vent…' : ''}\${!busy ? 'Godkend med MitID' : ''}</button>`), filename: LIT, errors: only('Vent…') },
    { code: lit(`<a href="/mitid">Underskriv <span class="hidden sm:inline">med MitID</span></a>`), filename: LIT, errors: only('Underskriv') },
  ],
});

htmlTester.run('approved-text: responsive text (HTML)', rule, {
  valid: [
    { code: `<a href="/mitid" class="btn"><span class="d-sm-none">${DA}</span><span class="d-none d-sm-inline">${EN}</span></a>`, filename: 'page.html' },
    { code: `<a href="/mitid" class="btn"><span class="is-hidden-tablet">${DA}</span><span class="is-hidden-mobile">${EN}</span></a>`, filename: 'page.html' },
  ],
  invalid: [
    { code: `<a href="/mitid" class="btn btn-primary">\n  <span class="d-sm-none">Log ind</span><span class="d-none d-sm-inline">${DA}</span>\n</a>`, filename: 'page.html', errors: only('Log ind') },
    nearMiss(`<a href="/mitid" class="btn"><span class="d-md-none">${DA}</span><span class="d-none d-md-inline">Login with MitID</span></a>`, 'page.html', 'Login with MitID', EN),
    // A toggle the markup cannot see (Alpine's x-show): either text, never both.
    { code: `<button type="button" class="btn-mitid"><span x-show="busy">Vent…</span><span x-show="!busy">${DA}</span></button>`, filename: 'page.html', errors: only('Vent…') },
  ],
});

// Bounded: a thousand sibling pairs under one test stay two texts (without the pairing the
// combinations pass MAX_VARIANTS and the text is unknown: nothing reported); so do many responsive pairs.
const pairs = (n: number, pair: string): string => Array.from({ length: n }, () => pair).join('');
jsxTester.run('approved-text: many exclusive siblings (bounded)', rule, {
  valid: [],
  invalid: [
    { code: `const B = ({ busy }) => <button type="button">{busy && 'Vent…'}{!busy && '${DA}'}${pairs(1000, "{busy && ''}{!busy && ''}")}</button>;`, filename: TSX, errors: only('Vent…') },
    { code: `const B = () => <a href="/mitid"><span className="sm:hidden">Log ind</span><span className="hidden sm:inline">${DA}</span>${pairs(300, '<i className="md:hidden"></i><i className="hidden md:inline"></i>')}</a>;`, filename: TSX, errors: only('Log ind') },
  ],
});
