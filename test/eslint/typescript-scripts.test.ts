/**
 * TypeScript in component scripts is read as JavaScript is: a Svelte `<script lang="ts">` gives its
 * names to the markup (typed `let`/`const`, `export let label: string`, Svelte 5's
 * `let { label }: Props = $props()` and `$state<string>(…)`), the markup's `{label as string}` and
 * `{user!.name}` are read as TypeScript, and Vue's `<script setup lang="ts">` keeps working. The
 * must-stay-silent side: MitID in a comment or a paragraph's const of a TS script, a compliant
 * `lang="ts"` button, a TypeScript script that does not parse.
 */
import tseslint from 'typescript-eslint';
import astroParser from 'astro-eslint-parser';
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

const GENERIC = "<script lang=\"ts\" generics=\"T extends Record<string, unknown>\">\n  export let label: string = 'Login med MitID';\n  export let item: T;\n</script>\n\n<button on:click={() => pick(item)}>{label}</button>\n";
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
    // Svelte 5 generics: the start tag's quoted value holds `<` and `>`.
    { filename, code: GENERIC, errors: [nearMiss('Login med MitID', 'Log ind med MitID', 2, 30, GENERIC.replace('Login med MitID', 'Log ind med MitID'))] },
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

// Prop defaults: what `{{ label }}` (Astro's `{label}`) renders when the parent passes none (adapters/prop-defaults.ts).
const PROPS_TS = "const props = withDefaults(defineProps<{ label?: string }>(), { label: 'Login med MitID' });\n";
const DEFAULTS = vue("withDefaults(defineProps<{ label?: string }>(), { label: 'Login med MitID' });\n", '<button @click="login">{{ label }}</button>');
const MEMBER = vue(PROPS_TS, '<button @click="login">{{ props.label }}</button>');
const DESTRUCTURED = vue("const { label = 'Login med MitID', busy } = defineProps<{ label?: string; busy?: boolean }>();\n", "<button @click=\"login\">{{ busy ? 'Vent…' : label }}</button>");
const RUNTIME = "<script setup>\ndefineProps({ label: { type: String, default: 'Login med MitID' } });\n</script>\n\n<template>\n  <button @click=\"login\">{{ label }}</button>\n</template>\n";
const OPTIONS = "<script lang=\"ts\">\nexport default defineComponent({ props: { label: { type: String, default: 'Login med MitID' } } });\n</script>\n\n<template>\n  <button @click=\"login\">{{ label }}</button>\n</template>\n";
const ASTRO = "---\ninterface Props { label?: string }\nconst { label = 'Login med MitID' } = Astro.props;\n---\n<button class=\"mitid-button\">{label}</button>\n";
const astro = { parser: astroParser, parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.astro'], sourceType: 'module' } };
const fixed = (code: string): string => code.replace('Login med MitID', 'Log ind med MitID');
/** Where the default's string literal is written (1-based), as the report must point there. */
const literalAt = (code: string): { line: number; column: number } => {
  const before = code.slice(0, code.indexOf("'Login med MitID'")).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
};

/** Each case with its file: Vue cases through vue-eslint-parser (TypeScript inside), Astro's through astro-eslint-parser. */
const inFile = (code: string) => (code.startsWith('---') ? { filename: 'Login.astro', languageOptions: astro } : { filename: 'Login.vue', languageOptions: { parserOptions: vueTs } });

const propDefaults: { valid: string[]; invalid: { code: string; more?: ReturnType<typeof notAPhrase>[] }[] } = {
  valid: [
    // A compliant default, a default of another prop shown in a paragraph, a function default (objects and arrays).
    vue("withDefaults(defineProps<{ label?: string; hint?: string }>(), { label: 'Log ind med MitID', hint: 'Login med MitID er nemt' });\n", '<p>{{ hint }}</p><button @click="login">{{ label }}</button>'),
    vue("const props = withDefaults(defineProps<{ label?: string; items?: string[] }>(), { items: () => ['Login med MitID'] });\n", '<button @click="login">{{ props.label }}</button>'),
    // A prop without a default is what the parent passes: unknown, silent.
    vue('const { label } = defineProps<{ label: string }>();\n', '<button @click="login">{{ label }}</button>'),
    // A help link's default and a settings page's method name are no call to action.
    vue("withDefaults(defineProps<{ help?: string; method?: string }>(), { help: 'Hvad er MitID?', method: 'MitID' });\n", '<a href="https://www.mitid.dk/">{{ help }}</a><span class="mitid-method">{{ method }}</span>'),
    "---\nconst { help = 'Hvad er MitID?', label = 'Log ind med MitID' } = Astro.props;\n---\n<a href=\"https://www.mitid.dk/\">{help}</a>\n<button class=\"mitid-button\">{label}</button>\n",
  ],
  invalid: [{ code: DEFAULTS }, { code: MEMBER }, { code: DESTRUCTURED, more: [notAPhrase('Vent…', 6, 36)] }, { code: RUNTIME }, { code: OPTIONS }, { code: ASTRO }],
};

vueTester.run('prop defaults (approved-text)', rules['approved-text'] as never, {
  valid: propDefaults.valid.map((code) => ({ ...inFile(code), code })),
  invalid: propDefaults.invalid.map(({ code, more = [] }) => ({
    ...inFile(code),
    code,
    errors: [nearMiss('Login med MitID', 'Log ind med MitID', literalAt(code).line, literalAt(code).column, fixed(code)), ...more],
  })),
});
