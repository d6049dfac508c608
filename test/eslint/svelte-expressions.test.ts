/**
 * Svelte's `{…}` read as JavaScript (adapters/svelte-expressions.ts): state texts in `{a ? b : c}`
 * and in `{#if}`/`{#await}`/`{#each}`/`{#key}` blocks, svelte-i18n's `{$_('key')}` looked up in
 * the catalogs, `{@html '…'}` strings read as markup, handlers parsed for behaviour; and where it
 * must stay silent: a block outside the button, a paragraph's value, a help link's translation,
 * unbalanced blocks. TypeScript (`lang="ts"`) has its own file: typescript-scripts.test.ts.
 */
import { resolve } from 'node:path';
import { htmlTester, rules } from './helpers.js';

const filename = 'Login.svelte';
const PHRASES = '"Log ind med MitID" or "Log on with MitID"';
const settings = {
  mitid: { catalogs: { da: resolve(import.meta.dirname, 'fixtures/svelte-i18n/da.json'), en: resolve(import.meta.dirname, 'fixtures/svelte-i18n/en.json') } },
};
const notAPhrase = (text: string, line: number, column: number) => ({ messageId: 'notAPhrase', data: { text, phrases: PHRASES }, line, column });

htmlTester.run('svelte expressions (approved-text)', rules['approved-text'] as never, {
  valid: [
    // A block outside the button: the paragraph's text is no state of it.
    { filename, code: '{#if busy}<p>Logger ind…</p>{/if}\n<button on:click={login}>Log ind med MitID</button>\n' },
    { filename, code: '<button on:click={login}>{#if busy}Log ind med MitID{:else}Log ind med MitID{/if}</button>\n' },
    { filename, code: "<button on:click={save}>{busy ? 'Gemmer…' : 'Gem'}</button>\n" },
    // A paragraph's values, however they name MitID.
    { filename, code: "<p>{mitidInfo}</p>\n<p>{'Login med MitID er nemt'}</p>\n" },
    { filename, code: "<a href=\"/hjaelp\">{$_('help.mitid')}</a>\n<button on:click={login}>{$_('login.ok')}</button>\n", settings },
    { filename, code: "{@html '<p>Login med MitID er nemt.</p>'}\n" },
    // TypeScript in the markup of a file without a lang="ts" script: no value, it stays unknown.
    { filename, code: '<button on:click={loginWithMitID}>{label as string}</button>\n' },
    // Unbalanced blocks are left as unknown holes, never guessed.
    { filename, code: '<button on:click={login}>{#if busy}Logger ind…</button>\n' },
    { filename, code: '{#each methods as m}{@const label = m.name}<button on:click={() => pick(m)}>{label}</button>{/each}\n' },
    { filename, code: '<button {...$$restProps} on:click={save}>Gem</button>\n' },
    // Names of the instance script: a compliant default, a paragraph's value.
    { filename, code: "<script>\n  export let label = 'Log ind med MitID';\n  let mitidInfo = 'Login med MitID er nemt';\n</script>\n\n<button on:click={login}>{label}</button>\n<p>{mitidInfo}</p>\n" },
    // A class directive that names MitID with help words is no call to action.
    { filename, code: '<button class:mitid-help-toggle={open} on:click={toggle}>Hjælp</button>\n' },
    // A snippet renders where it is used, not where it is written.
    { filename, code: '<button on:click={login}>Log ind med MitID{#snippet hint()}<span>Vent…</span>{/snippet}</button>\n' },
  ],
  invalid: [
    {
      filename,
      code: '<script>\n  export let busy = false;\n</script>\n\n<button class="btn" on:click={login}>\n  {#if busy}\n    Logger ind…\n  {:else if failed}\n    Prøv igen\n  {:else}\n    Log ind med MitID\n  {/if}\n</button>\n',
      errors: [notAPhrase('Logger ind…', 7, 5), notAPhrase('Prøv igen', 9, 5)],
    },
    { filename, code: "<button on:click={login}>\n  {busy ? 'Logger ind…' : 'Log ind med MitID'}\n</button>\n", errors: [notAPhrase('Logger ind…', 2, 11)] },
    { filename, code: '<button on:click={loginWithMitID}>{#await promise}Vent…{:then}Log ind med MitID{/await}</button>\n', errors: [notAPhrase('Vent…', 1, 51)] },
    // Svelte 5's onclick, an {#each} whose {:else} is the empty list's text.
    { filename, code: "<button onclick={() => signIn('mitid')}>{#each parts as part}{part}{:else}Fortsæt{/each}</button>\n", errors: [notAPhrase('Fortsæt', 1, 75)] },
    // `<Spinner />` closes where written (parse5 would nest the {:else} branch in it).
    { filename, code: '<button on:click={login}>{#if busy}<Spinner />{:else}Log ind med MitID{/if}</button>\n', errors: [{ messageId: 'noTextInState', line: 1, column: 2 }] },
    {
      filename,
      code: "<button on:click={login}>{@html '<b>Login med MitID</b>'}</button>\n",
      errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login med MitID', phrase: 'Log ind med MitID' }, line: 1, column: 37, suggestions: [{ messageId: 'replaceWithPhrase', output: "<button on:click={login}>{@html '<b>Log ind med MitID</b>'}</button>\n" }] }],
    },
    {
      filename,
      code: '<button on:click={login}>{#key lang}Login med MitID{/key}</button>\n',
      errors: [{ messageId: 'useApprovedPhrase', line: 1, column: 37, suggestions: [{ messageId: 'replaceWithPhrase', output: '<button on:click={login}>{#key lang}Log ind med MitID{/key}</button>\n' }] }],
    },
    {
      filename,
      settings,
      code: "<button class=\"mitid\" on:click={login}>{$_('login.mitid')}</button>\n",
      errors: [
        { messageId: 'useApprovedPhraseInCatalog', data: { key: 'login.mitid', lang: 'da', text: 'Login med MitID', phrase: 'Log ind med MitID' }, line: 1, column: 41 },
        { messageId: 'useApprovedPhraseInCatalog', data: { key: 'login.mitid', lang: 'en', text: 'Login with MitID', phrase: 'Log on with MitID' }, line: 1, column: 41 },
      ],
    },
    // A class directive names the button (`class:mitid-login={primary}`), as a class attribute does.
    { filename, code: '<button class:mitid-login={primary} on:click={go}>Fortsæt</button>\n', errors: [notAPhrase('Fortsæt', 1, 51)] },
    // A prop default of the instance script, and Svelte 5's $props() default.
    {
      filename,
      code: "<script>\n  export let label = 'Login med MitID';\n</script>\n\n<button on:click={login}>{label}</button>\n",
      errors: [{ messageId: 'useApprovedPhrase', line: 2, column: 22, suggestions: [{ messageId: 'replaceWithPhrase', output: "<script>\n  export let label = 'Log ind med MitID';\n</script>\n\n<button on:click={login}>{label}</button>\n" }] }],
    },
    {
      filename,
      code: "<script>\n  let { text = 'Login med MitID' } = $props();\n</script>\n\n<button onclick={login}>{text}</button>\n",
      errors: [{ messageId: 'useApprovedPhrase', line: 2, column: 16, suggestions: [{ messageId: 'replaceWithPhrase', output: "<script>\n  let { text = 'Log ind med MitID' } = $props();\n</script>\n\n<button onclick={login}>{text}</button>\n" }] }],
    },
    // A state text set by the handler: `label = 'Logger ind…'` is one state of the button.
    {
      filename,
      code: "<script>\n  let label = $state('Log ind med MitID');\n  function login() {\n    label = 'Logger ind…';\n  }\n</script>\n\n<button onclick={login}>{label}</button>\n",
      errors: [notAPhrase('Logger ind…', 4, 13)],
    },
  ],
});

htmlTester.run('svelte expressions (button-style)', rules['button-style'] as never, {
  valid: [{ filename, code: '<button class:active={on} class="bg-[#0060e6] h-[48px]" on:click={login}>Log ind med MitID</button>\n' }],
  invalid: [
    // A class directive before `class="…"` leaves the classes read.
    {
      filename,
      code: '<button class:active={on} class="bg-[#0061af]" on:click={login}>Log ind med MitID</button>\n',
      errors: [{ messageId: 'offBrandClass', data: { className: 'bg-[#0061af]', property: 'background-color', actual: '#0061af', expected: '#0060e6' }, line: 1, column: 34 }],
    },
  ],
});
