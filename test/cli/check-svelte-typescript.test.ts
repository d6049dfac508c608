// `mitid-ux check` on TypeScript in components, run as a process from another folder: a Svelte
// `<script lang="ts">` is read as its `<script>` twin is (the markup's names resolve in it, and the
// script itself is a TypeScript block of its own), as are an HTML page's
// `<script type="module" lang="ts">`, an Astro page's typed frontmatter and a Vue
// `<script setup lang="ts">`. Every finding is asserted with its line and column, the silent
// files beside them; a TypeScript script that does not parse is named as not checked.
import { basename } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkElsewhere, ensureBuilt, writeProject } from './run-cli.js';

beforeAll(ensureBuilt);

const SVELTE_TS = [
  '<script lang="ts">',
  '  let busy: boolean = false;',
  "  const label: string = 'Sign in with MitID';",
  '</script>',
  "<button on:click={() => (busy = true)}>{busy ? 'Vent…' : label}</button>",
  '',
].join('\n');

const FILES = {
  'src/Ts.svelte': SVELTE_TS,
  // The same component without lang="ts": the same two findings, at the same lines.
  'src/Js.svelte': SVELTE_TS.replace(' lang="ts"', '').replace(': boolean', '').replace(': string', ''),
  // Svelte 5 runes in TypeScript, and a script block whose DOM text is TypeScript-only syntax.
  'src/Runes.svelte': [
    '<script lang="ts">',
    '  interface Props { label?: string }',
    "  let { label = 'Login med MitID' }: Props = $props();",
    '  function start(): void {',
    "    document.querySelector<HTMLButtonElement>('#mitid-login')!.textContent = 'Bekræfter…';",
    '  }',
    '</script>',
    '<button id="mitid-login" onclick={start}>{label}</button>',
    '',
  ].join('\n'),
  'src/page.html': [
    '<!doctype html>',
    '<button id="mitid-login">Log ind med MitID</button>',
    '<script type="module" lang="ts">',
    "  const button = document.querySelector<HTMLButtonElement>('#mitid-login')!;",
    "  button.textContent = 'Vent…';",
    '</script>',
    '',
  ].join('\n'),
  'src/Page.astro': ['---', 'interface Props { next?: string }', "const label: string = 'Login med MitID';", '---', '<button class="mitid-button">{label}</button>', ''].join('\n'),
  'src/Login.vue': [
    '<script setup lang="ts">',
    'const busy = ref<boolean>(false);',
    "const label: string = 'Continue with MitID';",
    '</script>',
    '<template>',
    "  <button @click=\"login\">{{ busy ? 'Log ind med MitID' : label }}</button>",
    '</template>',
    '',
  ].join('\n'),
  // Must stay silent: MitID in a comment, a help link's and a paragraph's const, a compliant button.
  'src/Silent.svelte': [
    '<script lang="ts">',
    '  // Starts the MitID login through the broker.',
    "  const help: string = 'Hvad er MitID?';",
    "  const info: string = 'Login med MitID er nemt';",
    "  export let label: string = 'Log ind med MitID';",
    '</script>',
    '<a href="https://www.mitid.dk/">{help}</a>',
    '<p>{info}</p>',
    '<button on:click={login}>{label as string}</button>',
    '',
  ].join('\n'),
};

describe('mitid-ux check: TypeScript in Svelte, HTML, Astro and Vue scripts', () => {
  it('reads a lang="ts" component as its JavaScript twin, and each TypeScript script block too', async () => {
    const root = writeProject(FILES, 'mitid-ux-ts-');
    const r = await checkElsewhere(root, 'src');
    expect(r.list).toEqual([
      'src/Js.svelte:3:17 mitid/approved-text',
      'src/Js.svelte:5:48 mitid/approved-text',
      'src/Login.vue:3:23 mitid/approved-text',
      'src/Page.astro:3:23 mitid/approved-text',
      'src/page.html:5:24 mitid/approved-text',
      'src/Runes.svelte:3:17 mitid/approved-text',
      'src/Runes.svelte:5:78 mitid/approved-text',
      'src/Ts.svelte:3:25 mitid/approved-text',
      'src/Ts.svelte:5:48 mitid/approved-text',
    ]);
    // How each message begins: a near miss names its text, a state text is "a call to action reads".
    expect(Object.fromEntries(r.report.findings.map((f) => [`${basename(f.target)}:${f.line}:${f.column}`, f.message.slice(0, 30)]))).toEqual({
      'Js.svelte:3:17': '"Sign in with MitID" is not an',
      'Js.svelte:5:48': 'A MitID call to action reads "',
      'Login.vue:3:23': '"Continue with MitID" is not a',
      'Page.astro:3:23': '"Login med MitID" is not an ap',
      'page.html:5:24': 'A MitID call to action reads "',
      'Runes.svelte:3:17': '"Login med MitID" is not an ap',
      'Runes.svelte:5:78': 'A MitID call to action reads "',
      'Ts.svelte:3:25': '"Sign in with MitID" is not an',
      'Ts.svelte:5:48': 'A MitID call to action reads "',
    });
    expect(r.report.findings.filter((f) => f.target.endsWith('Ts.svelte')).map((f) => f.message)).toEqual(r.report.findings.filter((f) => f.target.endsWith('Js.svelte')).map((f) => f.message));
    expect(r.report.errors).toEqual([]);
    expect(r.report.checked).toBe(7);
    expect(r.report.notChecked).toBe(0);
    expect(r.code).toBe(1);
  });

  it('a lang="ts" script that does not parse is named as not checked (exit 2), never passed', async () => {
    const root = writeProject({ 'src/Broken.svelte': "<script lang=\"ts\">\n  let label: string = 'Login med MitID'\n  let x: = ;\n</script>\n<button on:click={login}>{label}</button>\n" }, 'mitid-ux-ts-');
    const r = await checkElsewhere(root, 'src');
    expect(r.report.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^could not be parsed \(line 3: /)]);
    expect(r.code).toBe(2);
  });
});
