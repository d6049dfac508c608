/**
 * TypeScript in component scripts is read as JavaScript is: a Svelte `<script lang="ts">` gives its
 * names to the markup (typed `let`/`const`, `export let label: string`, Svelte 5's
 * `let { label }: Props = $props()` and `$state<string>(…)`), the markup's `{label as string}` and
 * `{user!.name}` are read as TypeScript, and Vue's `<script setup lang="ts">` keeps working. The
 * must-stay-silent side: MitID in a comment or a paragraph's const of a TS script, a compliant
 * `lang="ts"` button, a TypeScript script that does not parse.
 */
import tseslint from 'typescript-eslint';
import { htmlTester, rules, vueTester } from './helpers.js';

const filename = 'Login.svelte';
const PHRASES = '"Log ind med MitID" or "Log on with MitID"';
const notAPhrase = (text: string, line: number, column: number) => ({ messageId: 'notAPhrase', data: { text, phrases: PHRASES }, line, column });
const nearMiss = (text: string, phrase: string, line: number, column: number, output: string) => ({
  messageId: 'useApprovedPhrase',
  data: { text, phrase },
  line,
  column,
  suggestions: [{ messageId: 'replaceWithPhrase', output }],
});
const svelte = (script: string, markup: string, lang = 'ts'): string => `<script lang="${lang}">\n${script}</script>\n\n${markup}\n`;

const REPRO = svelte("  let busy: boolean = false;\n  const label: string = 'Sign in with MitID';\n", "<button on:click={() => (busy = true)}>{busy ? 'Vent…' : label}</button>").replace('\n\n', '\n');

const TWO_SCRIPTS =
  "<script context=\"module\" lang=\"ts\">\n  export const TEXT: string = 'Continue with MitID';\n</script>\n<script lang=\"typescript\">\n  let busy: boolean = false;\n</script>\n\n<button on:click={login}>{busy ? 'Log ind med MitID' : TEXT}</button>\n";

htmlTester.run('svelte lang="ts" (approved-text)', rules['approved-text'] as never, {
  valid: [
    // MitID in a comment, a help link's text and a paragraph's const: none is a call to action.
    {
      filename,
      code: svelte(
        "  // MitID login is started by the broker (see /auth/mitid).\n  const help: string = 'Hvad er MitID?';\n  const info: string = 'Login med MitID er nemt';\n  let { label = 'Log ind med MitID' }: { label?: string } = $props();\n",
        '<a href="https://www.mitid.dk/">{help}</a>\n<p>{info}</p>\n<button onclick={login}>{label}</button>',
      ),
    },
    // A compliant button in a lang="ts" file, its default typed and its state rune generic.
    { filename, code: svelte("  export let label: string = 'Log ind med MitID';\n  let busy = $state<boolean>(false);\n", '<button on:click={login} disabled={busy}>{label}</button>') },
    { filename, code: svelte("  let text = $state<string>('Log on with MitID');\n", '<button onclick={loginWithMitID}>{text as string}</button>') },
    // A TypeScript script that does not parse gives no names: its values stay unknown, never guessed.
    { filename, code: svelte("  let label: string = 'Login med MitID'\n  let broken: = ;\n", '<button on:click={login}>{label}</button>') },
    // TypeScript syntax in the markup of a component that does not declare it is no value.
    { filename, code: "<script>\n  const label = 'Login med MitID';\n</script>\n\n<button on:click={login}>{label as string}</button>\n" },
    // A Svelte settings page in TS: the method list names MitID, no button is a MitID call to action.
    { filename, code: svelte("  const methods: string[] = ['MitID', 'Passkey'];\n  const remove: string = 'Fjern MitID';\n", '<ul>{#each methods as m}<li>{m}</li>{/each}</ul>\n<button class="mitid-remove" on:click={drop}>Fjern</button>') },
  ],
  invalid: [
    // The repro: the same two reports as the file without lang="ts".
    { filename, code: REPRO, errors: [nearMiss('Sign in with MitID', 'Log on with MitID', 3, 25, REPRO.replace('Sign in with MitID', 'Log on with MitID')), notAPhrase('Vent…', 5, 48)] },
    {
      filename,
      code: svelte("  export let label: string = 'Login med MitID';\n", '<button on:click={login}>{label}</button>'),
      errors: [nearMiss('Login med MitID', 'Log ind med MitID', 2, 30, svelte("  export let label: string = 'Log ind med MitID';\n", '<button on:click={login}>{label}</button>'))],
    },
    // Svelte 5: a typed $props() default, and a generic $state the handler changes.
    {
      filename,
      code: svelte("  interface Props {\n    label?: string;\n  }\n  let { label = 'Login med MitID' }: Props = $props();\n", '<button onclick={login}>{label}</button>'),
      errors: [nearMiss('Login med MitID', 'Log ind med MitID', 5, 17, svelte("  interface Props {\n    label?: string;\n  }\n  let { label = 'Log ind med MitID' }: Props = $props();\n", '<button onclick={login}>{label}</button>'))],
    },
    {
      filename,
      code: svelte("  let label = $state<string>('Log ind med MitID');\n  async function login(): Promise<void> {\n    label = 'Logger ind…';\n  }\n", '<button onclick={login}>{label}</button>'),
      errors: [notAPhrase('Logger ind…', 4, 13)],
    },
    // TypeScript in the markup: a cast and a non-null assertion, read where they are written.
    {
      filename,
      code: svelte("  const label = 'Login med MitID' as const;\n", '<button on:click={login}>{label as string}</button>'),
      errors: [nearMiss('Login med MitID', 'Log ind med MitID', 2, 17, svelte("  const label = 'Log ind med MitID' as const;\n", '<button on:click={login}>{label as string}</button>'))],
    },
    { filename, code: svelte('  export let busy: boolean | undefined;\n', "<button on:click={loginWithMitID}>{busy! ? 'Vent…' : 'Log ind med MitID'}</button>"), errors: [notAPhrase('Vent…', 5, 44)] },
    // A module script and the instance script, both TypeScript; `lang="typescript"` too.
    { filename, code: TWO_SCRIPTS, errors: [nearMiss('Continue with MitID', 'Log on with MitID', 2, 31, TWO_SCRIPTS.replace('Continue with MitID', 'Log on with MitID'))] },
  ],
});

const vueTs = { parser: tseslint.parser };
const vue = (script: string, template: string): string => `<script setup lang="ts">\n${script}</script>\n\n<template>\n  ${template}\n</template>\n`;

const VUE_REPRO = vue("const busy = ref<boolean>(false);\nconst label: string = 'Sign in with MitID';\n", "<button @click=\"login\">{{ busy ? 'Vent…' : label }}</button>");

vueTester.run('vue <script setup lang="ts"> (approved-text)', rules['approved-text'] as never, {
  valid: [
    { filename: 'Login.vue', languageOptions: { parserOptions: vueTs }, code: vue("// MitID login via the broker\nconst help: string = 'Hvad er MitID?';\nconst label: string = 'Log ind med MitID';\n", '<p>{{ help }}</p><button @click="login">{{ label }}</button>') },
    { filename: 'Login.vue', languageOptions: { parserOptions: vueTs }, code: vue("withDefaults(defineProps<{ label?: string }>(), { label: 'Log ind med MitID' });\n", '<button @click="login">{{ label }}</button>') },
  ],
  invalid: [
    { filename: 'Login.vue', languageOptions: { parserOptions: vueTs }, code: VUE_REPRO, errors: [nearMiss('Sign in with MitID', 'Log on with MitID', 3, 23, VUE_REPRO.replace('Sign in with MitID', 'Log on with MitID')), notAPhrase('Vent…', 7, 36)] },
  ],
});
