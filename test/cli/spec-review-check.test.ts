// Hostile spec review of `mitid-ux check` (issue 9, issue 13's `mitid-ux check` section, cli/README.md),
// written from the docs only, as a user would try it in fresh projects. Every test asserts the exact
// findings (file, line, rule). `it.fails` marks a defect the docs promise against (see each comment).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, sarifErrors, type CliResult, type JsonReport } from './run-cli.js';

beforeAll(ensureBuilt);

const BAD_JSX = 'export const A = () => <button>Login with MitID</button>;\n';
const TEXT = 'mitid/approved-text';
const ELEMENT = 'mitid/cta-element';
const EMBED = 'mitid/no-embedded-login';
const STYLE = 'mitid/button-style';
const BOX = 'mitid/box-min-height';

function project(files: Record<string, string | Buffer>, options: { git?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mitid-ux-hostile-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  if (options.git) git(dir, 'init', '-q', '.');
  return dir;
}

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', ['-c', 'user.email=a@b', '-c', 'user.name=a', '-c', 'protocol.file.allow=always', ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

interface Run {
  code: number;
  list: string[];
  report: JsonReport & { notes: string[]; skipped: { target: string; message: string }[] };
  stderr: string;
}

/** `file:line rule` for every finding, sorted. */
async function json(args: string[], cwd: string): Promise<Run> {
  const r = await cli(['check', ...args, '-f', 'json'], { cwd });
  let report: Run['report'];
  try {
    report = JSON.parse(r.stdout) as Run['report'];
  } catch {
    throw new Error(`not JSON (exit ${r.code}): ${r.stdout}\n${r.stderr}`);
  }
  const list = report.findings.map((f) => `${f.target}:${f.line ?? '?'} ${f.ruleId}`).sort();
  return { code: r.code, list, report, stderr: r.stderr };
}

const text = (args: string[], cwd: string): Promise<CliResult> => cli(['check', ...args], { cwd });

/** A failure is one clear line: no stack frames, no Node internals. */
function oneClearLine(output: string): void {
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toMatch(/node:internal|Error: .*\n\s+at/);
}

describe('file types the docs claim, zero config', () => {
  it('JSX in .js, .mjs, .cjs and .jsx', async () => {
    const dir = project({ 'a.js': BAD_JSX, 'b.mjs': BAD_JSX, 'c.cjs': BAD_JSX, 'd.jsx': BAD_JSX });
    const r = await json([], dir);
    expect(r.list).toEqual([`a.js:1 ${TEXT}`, `b.mjs:1 ${TEXT}`, `c.cjs:1 ${TEXT}`, `d.jsx:1 ${TEXT}`]);
    expect(r.code).toBe(1);
    expect(r.report.checked).toBe(4);
    expect(r.stderr).toBe('');
  });

  it('TypeScript with decorators and generics in .ts, .tsx, .mts, .cts', async () => {
    const dir = project({
      'dec.ts': [
        'function Component(_: unknown) { return (c: unknown) => c; }',
        "@Component({ selector: 'x' })",
        'export class Foo<T extends object> {',
        '  private items: Array<T> = [];',
        '  get<K extends keyof T>(k: K): T[K] | undefined { return this.items[0]?.[k]; }',
        '}',
        "const el = document.createElement('iframe');",
        "el.src = 'https://acme.idura.broker/oauth2/authorize?client_id=x';",
        '',
      ].join('\n'),
      'gen.tsx': [
        'function id<T,>(x: T): T { return x; }',
        'export const C = <P extends object>(p: P) => <b>{String(p)}</b>;',
        'export const D = () => <button onClick={() => id<number>(1)}>Login with MitID</button>;',
        '',
      ].join('\n'),
      'm.mts': "export const f = <T,>(x: T) => x;\nconst el = document.createElement('iframe'); el.src = 'https://netseidbroker.dk/op/connect/authorize';\n",
      'c.cts': "const el = document.createElement('iframe'); el.src = 'https://netseidbroker.dk/op/connect/authorize';\nexport = el;\n",
    });
    const r = await json([], dir);
    expect(r.list).toEqual([`c.cts:1 ${EMBED}`, `dec.ts:8 ${EMBED}`, `gen.tsx:3 ${TEXT}`, `m.mts:2 ${EMBED}`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
  });

  it('Vue <script setup lang="ts" generic>, v-if/v-else and <style lang="scss"|"less">', async () => {
    const dir = project({
      'G.vue': [
        '<script setup lang="ts" generic="T extends string">',
        'const props = defineProps<{ items: T[] }>();',
        'const busy: boolean = false;',
        '</script>',
        '<template>',
        '  <button v-if="busy">Sender dig til MitID</button>',
        '  <button v-else @click="go">Log ind med MitID</button>',
        '</template>',
        '',
      ].join('\n'),
      'S.vue': '<template>\n  <button class="mitid-btn">Log ind med MitID</button>\n</template>\n<style lang="scss" scoped>\n.x { color: red; }\n.mitid-btn { background: #0061e6; }\n</style>\n',
      'L.vue': '<template>\n  <button class="mitid-btn">Log ind med MitID</button>\n</template>\n<style lang="less">\n@b: red;\n.mitid-btn { background: #0061e6; }\n</style>\n',
    });
    const r = await json([], dir);
    expect(r.list).toEqual([`G.vue:6 ${TEXT}`, `L.vue:6 ${STYLE}`, `S.vue:6 ${STYLE}`]);
    expect(r.code).toBe(1);
  });

  it('Svelte <script lang="ts">, markup, {#if} branches and <style lang="scss">', async () => {
    const dir = project({
      'A.svelte': [
        '<script lang="ts">',
        '  let busy: boolean = false;',
        "  const f = document.createElement('iframe');",
        "  f.src = 'https://acme.idura.broker/oauth2/authorize';",
        '</script>',
        '',
        '{#if busy}',
        '  <button>Sender dig til MitID</button>',
        '{:else}',
        '  <button class="mitid-btn">Log ind med MitID</button>',
        '{/if}',
        '<style lang="scss">',
        '.mitid-btn { background: #0061e6; &:hover { color: red; } }',
        '</style>',
        '',
      ].join('\n'),
    });
    const r = await json([], dir);
    expect(r.list).toEqual([`A.svelte:13 ${STYLE}`, `A.svelte:13 ${STYLE}`, `A.svelte:4 ${EMBED}`, `A.svelte:8 ${TEXT}`]);
  });

  // Defect: the markup reader ends the tag at the `>` of `=>`, so a correct Svelte button with an
  // arrow handler is reported with the text `go()}>Log ind med MitID` (a false finding on the most
  // common Svelte event syntax; issue 9: "Svelte components (markup and scripts)").
  it('Svelte event handlers with arrow functions are read as attributes, not text', async () => {
    const dir = project({
      'B.svelte': '<script lang="ts">\n  export let go: () => void;\n</script>\n\n<button on:click={() => go()}>Log ind med MitID</button>\n<button onclick={() => go()}>Log ind med MitID</button>\n',
    });
    const r = await json([], dir);
    expect(r.list).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('Angular @Component inline template (backticks) is read', async () => {
    const dir = project({
      'z.component.ts': "import { Component } from '@angular/core';\n@Component({\n  selector: 'app-z',\n  template: `\n    <button (click)=\"go()\">Login with MitID</button>\n  `,\n})\nexport class Z { go(): void {} }\n",
      'y.component.html': '<div (click)="go()">Log ind med MitID</div>\n',
    });
    const r = await json([], dir);
    expect(r.list).toEqual([`y.component.html:1 ${ELEMENT}`, `z.component.ts:5 ${TEXT}`]);
  });

  // Defect (false pass): `(click)` in an inline `template:` is not a click handler, although the same
  // markup in a .component.html file is reported (issue 9: "Angular templates and
  // `@Component({ template, styles })` inline strings").
  it('Angular inline template: a clickable <div> is reported as in .component.html', async () => {
    const dir = project({
      'x.component.ts': "import { Component } from '@angular/core';\n@Component({\n  selector: 'app-x',\n  template: `<div (click)=\"go()\">Log ind med MitID</div>`,\n})\nexport class X { go(): void {} }\n",
    });
    const r = await json([], dir);
    expect(r.list).toEqual([`x.component.ts:4 ${ELEMENT}`]);
    expect(r.code).toBe(1);
  });

  // Defect (false pass): inline `styles` of @Component are not read: exit 0, "No MitID problems".
  it('Angular inline styles (array and string) are checked', async () => {
    const dir = project({
      'login.component.ts': "import { Component } from '@angular/core';\n@Component({\n  selector: 'app-login',\n  template: '<button class=\"mitid-btn\">Log ind med MitID</button>',\n  styles: [`\n    .mitid-btn { background: #0061e6; }\n  `],\n})\nexport class L {}\n",
      'box.component.ts': "import { Component } from '@angular/core';\n@Component({\n  selector: 'app-box',\n  template: '<verify></verify>',\n  styles: `verify { height: 400px; }`,\n})\nexport class B {}\n",
    });
    const r = await json([], dir);
    expect(r.list).toEqual([`box.component.ts:5 ${BOX}`, `login.component.ts:6 ${STYLE}`]);
  });

  it('.html: <style>, <style><!-- --></style>, style attributes, classic and module <script>', async () => {
    const dir = project({
      'a.html': '<style><!--\n.mitid-btn { background: #0061e6; }\n--></style>\n<button class="mitid-btn">Log ind med MitID</button>\n',
      'b.html': '<button style="background:#0061e6">Log ind med MitID</button>\n',
      'c.html': '<!doctype html>\n<script type="module">\nimport x from "./x.js";\nconst f = document.createElement("iframe"); f.src = "https://acme.idura.broker/oauth2/authorize";\n</script>\n',
      'd.html': '<script>\nconst a = 1 < 2 && "</div>";\nwindow.open("https://acme.idura.broker/oauth2/authorize", "mitid", "width=300,height=400");\n</script>\n',
    });
    const r = await json([], dir);
    expect(r.list).toEqual([`a.html:2 ${STYLE}`, `b.html:1 ${STYLE}`, `c.html:4 ${EMBED}`, `d.html:3 ${BOX}`, `d.html:3 ${BOX}`]);
    expect(r.report.checked).toBe(4);
  });

  // Defect (false pass): <noscript> content (the no-JavaScript fallback login link of server-rendered
  // pages) is raw text to the markup reader in .html, .vue and .svelte; the same JSX is reported.
  it('<noscript> content is checked in .html, .vue and .svelte as it is in JSX', async () => {
    const dir = project({
      'a.html': '<!doctype html>\n<body>\n<noscript>\n  <a href="/login">Login with MitID</a>\n  <iframe src="https://acme.idura.broker/oauth2/authorize"></iframe>\n</noscript>\n</body>\n',
      'b.vue': '<template>\n  <noscript><a href="/login">Login with MitID</a></noscript>\n</template>\n',
      'c.svelte': '<noscript><a href="/login">Login with MitID</a></noscript>\n',
      'd.jsx': 'export const A = () => <noscript><a href="/login">Login with MitID</a></noscript>;\n',
    });
    const r = await json([], dir);
    expect(r.list).toEqual([`a.html:4 ${TEXT}`, `a.html:5 ${EMBED}`, `b.vue:2 ${TEXT}`, `c.svelte:1 ${TEXT}`, `d.jsx:1 ${TEXT}`]);
  });

  // Defect (false pass): a markup template in <script type="text/x-template"> (Vue 2, Knockout,
  // Handlebars pages) is neither read as markup nor named; the file counts as checked.
  it('a <script type="text/x-template"> is read as markup or named as not checked', async () => {
    const dir = project({ 'b.html': '<script type="text/x-template" id="t">\n<div @click="go">Log ind med MitID</div>\n</script>\n' });
    const r = await json([], dir);
    expect(r.code).not.toBe(0);
    expect(r.list.length + r.report.errors.length).toBeGreaterThan(0);
  });

  it('<script type="text/babel"> JSX in .html and <script lang="ts"> are read as code', async () => {
    const dir = project({
      'a.html': '<!doctype html>\n<div id="root"></div>\n<script type="text/babel">\nfunction App() { return <button>Login with MitID</button>; }\nReactDOM.render(<App />, root);\n</script>\n',
      'c.html': '<script lang="ts">\nconst f = document.createElement("iframe"); f.src = "https://acme.idura.broker/oauth2/authorize";\nconst n: number = 1;\n</script>\n',
    });
    const r = await json([], dir);
    expect(r.list).toEqual([`a.html:4 ${TEXT}`, `c.html:2 ${EMBED}`]);
  });

  it('dot folders (.storybook, .vitepress) are checked, in git and outside', async () => {
    const files = { '.vitepress/theme/L.vue': '<template><button>Login with MitID</button></template>\n', '.storybook/p.tsx': BAD_JSX };
    for (const dir of [project(files), project(files, { git: true })]) {
      expect((await json([], dir)).list).toEqual([`.storybook/p.tsx:1 ${TEXT}`, `.vitepress/theme/L.vue:1 ${TEXT}`]);
    }
  });

  it('Next.js route folders ([id], (group), [...slug], @slot) given by path are literal, not globs', async () => {
    const page = 'export default function P() { return <button>Login with MitID</button>; }\n';
    const dir = project({ 'app/[id]/page.tsx': page, 'app/(auth)/login/page.tsx': page, 'app/[...slug]/page.tsx': page, 'app/@modal/page.tsx': page, 'app/i/page.tsx': 'export default 1;\n' });
    for (const p of ['app/[id]/page.tsx', 'app/(auth)/login/page.tsx', 'app/[...slug]/page.tsx', 'app/@modal/page.tsx']) {
      expect((await json([p], dir)).list).toEqual([`${p}:1 ${TEXT}`]);
    }
    expect((await json(['app/[id]'], dir)).list).toEqual([`app/[id]/page.tsx:1 ${TEXT}`]);
  });

  // Defect (false pass): a Vue template error (an unclosed `{{`) is kept by vue-eslint-parser in
  // templateBody.errors, and the file counts as checked; the README: a file that "cannot be parsed" is
  // listed as could not check.
  it('a Vue template that does not parse is named, not passed', async () => {
    const dir = project({ 'e.vue': '<template>\n  <button>{{ busy ? "Sender dig til MitID" : "Log ind med MitID" </button>\n</template>\n' });
    const r = await json([], dir);
    expect(r.code).toBe(2);
    expect(r.report.errors.map((e) => e.target)).toEqual(['e.vue']);
  });

  it('CSS, SCSS, Less, and Lit css in .ts with decorators', async () => {
    const dir = project({
      'a.css': 'verify { max-height: 93vh; overflow: hidden; }\n',
      'b.scss': '$x: 1px;\n.mitid-btn {\n  background: #0061e6;\n}\n',
      'c.less': '@c: red;\n.mitid-btn {\n  background: #0061e6;\n}\n',
      'd.ts': "import { LitElement, css, html } from 'lit';\nclass A extends LitElement {\n  @property() declare x: string;\n  static styles = css`.mitid-btn { background: #0061e6; }`;\n  constructor(private readonly y: number) { super(); }\n  render() { return html`<div @click=${() => this.f<number>(1)}>Log ind med MitID</div>`; }\n  f<T>(v: T): T { return v; }\n}\n",
    });
    const r = await json([], dir);
    expect(r.list).toEqual([`a.css:1 ${BOX}`, `a.css:1 ${BOX}`, `b.scss:3 ${STYLE}`, `c.less:3 ${STYLE}`, `d.ts:4 ${STYLE}`, `d.ts:6 ${ELEMENT}`]);
  });

  it('styled-components/emotion css`` templates are checked', async () => {
    const dir = project({ 'a.tsx': "import { css } from 'styled-components';\nexport const mixin = css`\n  .mitid-btn { color: #000; }\n`;\n" });
    const r = await json([], dir);
    expect(r.list).toEqual([`a.tsx:3 ${STYLE}`]);
  });

  // Defect (false pass): `styled.div`...`` / `styled('div')` / `styled.div.attrs()` templates are not
  // read (issue 9: "styled-components/emotion `css`/`styled.*` templates").
  it('styled.* templates (styled-components, @emotion/styled) are checked', async () => {
    const dir = project({
      'a.tsx': "import styled from 'styled-components';\nexport const W = styled.div`\n  verify { max-height: 93vh; }\n`;\nexport const B = styled('section')`\n  verify { height: 300px; }\n`;\n",
      'b.js': "import styled from '@emotion/styled';\nexport const Box = styled.div`\n  .mitid-btn { background: #0061e6; }\n`;\n",
    });
    const r = await json([], dir);
    expect(r.list).toEqual([`a.tsx:3 ${BOX}`, `a.tsx:6 ${BOX}`, `b.js:3 ${STYLE}`]);
  });

  // Defect: valid TypeScript the TS parser reads is "could not be parsed for its styles" (exit 2): Lit's
  // standard decorators with `accessor` (Lit's own docs), and `<T>x` type assertions in .ts.
  it('valid TS (decorator `accessor`, `<string>x` assertion) is checked, not refused', async () => {
    const dir = project({
      'a.ts': "import { LitElement, html } from 'lit';\nimport { customElement, property } from 'lit/decorators.js';\n@customElement('x-a')\nexport class XA extends LitElement {\n  @property() accessor label = 'x';\n  render() { return html`<div @click=${() => 1}>Log ind med MitID</div>`; }\n}\n",
      'b.ts': "import { css } from 'lit';\nconst x: unknown = 1;\nconst y = <string>x;\nexport const s = css`.mitid-btn { background: #0061e6; }`;\n",
    });
    const r = await json([], dir);
    expect(r.report.notChecked).toBe(0);
    expect(r.list).toEqual([`a.ts:6 ${ELEMENT}`, `b.ts:4 ${STYLE}`]);
  });

  // Defect (false pass): a Vue `<template lang="pug">` or a `<style lang="stylus">` (Vue, Svelte) is
  // counted as checked and passes; the docs: "Every file is checked or named".
  it('Vue pug templates and stylus styles are named as not checked, never passed', async () => {
    const dir = project({
      'P.vue': '<template lang="pug">\nbutton.mitid-btn Login with MitID\n</template>\n',
      'S.vue': '<template>\n  <button class="mitid-btn">Log ind med MitID</button>\n</template>\n<style lang="stylus">\n.mitid-btn\n  background #0061e6\n</style>\n',
      'T.svelte': '<button class="mitid-btn">Log ind med MitID</button>\n<style lang="stylus">\n.mitid-btn\n  background #0061e6\n</style>\n',
    });
    const r = await json([], dir);
    expect(r.code).not.toBe(0);
    expect(r.report.errors.map((e) => e.target).sort()).toEqual(['P.vue', 'S.vue', 'T.svelte']);
  });
});

describe('odd files: no false pass', () => {
  it('BOM, CRLF, a 200 kB line, shebang, empty, .d.ts, folder named x.tsx, tracked symlinks', async () => {
    const dir = project({
      'bom.tsx': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BAD_JSX)]),
      'crlf.tsx': `const x = 1;\r\nconst y = 2;\r\n${BAD_JSX.trim()}\r\n`,
      'huge.tsx': `const pad = "${'x'.repeat(200_000)}"; ${BAD_JSX}`,
      'empty.tsx': '',
      'shebang.js': '#!/usr/bin/env node\n',
      'shebang2.js': `#!/usr/bin/env node\n${BAD_JSX}`,
      'types.d.ts': 'declare const x: string;\nexport declare function f(): void;\n',
      'x.tsx/inner.tsx': BAD_JSX,
      'min/bundle.min.js': `!function(){var e=1;${'var a=e+1;'.repeat(5000)}document.body.appendChild(Object.assign(document.createElement("iframe"),{}));var f=document.createElement("iframe");f.src="https://acme.idura.broker/oauth2/authorize"}();\n`,
    });
    const r = await json([], dir);
    expect(r.list).toEqual([
      `bom.tsx:1 ${TEXT}`,
      `crlf.tsx:3 ${TEXT}`,
      `huge.tsx:1 ${TEXT}`,
      `min/bundle.min.js:1 ${EMBED}`,
      `shebang2.js:2 ${TEXT}`,
      `x.tsx/inner.tsx:1 ${TEXT}`,
    ]);
    expect(r.report.checked).toBe(9);
    expect(r.code).toBe(1);
  });

  // Defect (false pass): an invisible character inside "MitID" (zero-width space, soft hyphen) hides
  // the call to action: "Login with Mit\u200bID" renders as "Login with MitID" and passes.
  it('invisible characters inside "MitID" do not hide a near miss', async () => {
    const dir = project({ 'a.jsx': 'export const A = () => <button>Login with Mit\u200bID</button>;\nexport const B = () => <button>Login with Mit&shy;ID</button>;\n' });
    const r = await json([], dir);
    expect(r.list).toEqual([`a.jsx:1 ${TEXT}`, `a.jsx:2 ${TEXT}`]);
  });

  it('symlinked folder and file given by path are read', async () => {
    const dir = project({ 'real/r.tsx': BAD_JSX });
    symlinkSync('real', join(dir, 'linkdir'));
    symlinkSync('real/r.tsx', join(dir, 'link.tsx'));
    expect((await json(['linkdir'], dir)).list).toEqual([`linkdir/r.tsx:1 ${TEXT}`]);
    expect((await json(['link.tsx'], dir)).list).toEqual([`link.tsx:1 ${TEXT}`]);
  });

  it('upper-case extensions (.TSX, .Vue) never pass silently: they are checked', async () => {
    const dir = project({ 'UP.TSX': BAD_JSX, 'C.Vue': '<template><button>Login with MitID</button></template>\n' });
    const r = await json([], dir);
    expect(r.code).toBe(1);
    expect(r.report.errors).toEqual([]);
    expect([...new Set(r.report.findings.map((f) => f.target))].sort()).toEqual(['C.Vue', 'UP.TSX']);
  });

  it('Latin-1 and UTF-16 (BOM) files are decoded, with a note; UTF-16 without BOM is named', async () => {
    const utf16 = Buffer.from(BAD_JSX, 'utf16le');
    const be = Buffer.from(utf16);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1] as number, be[i] as number];
    const dir = project({
      'latin.jsx': Buffer.concat([Buffer.from('export const A = () => <button>Bekr'), Buffer.from([0xe6]), Buffer.from('ft via MitID</button>;\n')]),
      'le.jsx': Buffer.concat([Buffer.from([0xff, 0xfe]), utf16]),
      'be.jsx': Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
      'nobom.jsx': utf16,
    });
    const r = await json([], dir);
    expect(r.list).toEqual([`be.jsx:1 ${TEXT}`, `latin.jsx:1 ${TEXT}`, `le.jsx:1 ${TEXT}`]);
    expect(r.report.findings.find((f) => f.target === 'latin.jsx')?.message).toContain('Bekræft med MitID');
    expect(r.report.notes.join('\n')).toMatch(/latin\.jsx.*windows-1252/);
    expect(r.report.errors.map((e) => e.target)).toEqual(['nobom.jsx']);
    expect(r.code).toBe(2);
  });

  it('a parse error, /dev/null and a FIFO are each one line, exit 2, the rest still checked', async () => {
    const dir = project({ 'a.tsx': BAD_JSX, 'b.tsx': '<<<< not valid {{{\n<button>Login with MitID</button>' });
    spawnSync('mkfifo', [join(dir, 'f.tsx')]);
    const r = await text(['a.tsx', 'b.tsx', 'f.tsx', '/dev/null'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^a\.tsx\n\s+1:32\s+error .*mitid\/approved-text$/m);
    expect(r.stdout).toMatch(/could not check b\.tsx: could not be parsed/);
    expect(r.stdout).toMatch(/could not check f\.tsx: not a regular file/);
    expect(r.stdout).toMatch(/could not check \/dev\/null: not a regular file/);
    oneClearLine(r.stdout + r.stderr);
  });

  // Defect: the summary counts 1 not checked while it names 3: "1 file checked, 1 not checked (2 not a
  // regular file, 1 could not be parsed)". The README: the summary says "N files checked, M not checked".
  it('the summary counts every file not checked', async () => {
    const dir = project({ 'a.tsx': BAD_JSX, 'b.tsx': '<<<< not valid {{{\n' });
    spawnSync('mkfifo', [join(dir, 'f.tsx')]);
    const r = await text(['a.tsx', 'b.tsx', 'f.tsx', '/dev/null'], dir);
    expect(r.stdout).toMatch(/1 file checked, 3 not checked/);
  });

  // Defect (wording): with nothing read, the summary still says "No MitID problems"; the README: "A run
  // never says 'No MitID problems' about a file it did not read."
  it('a run that read nothing never says "No MitID problems"', async () => {
    const dir = project({ 'b.tsx': '<<<< not valid {{{\n<button>Login with MitID</button>' });
    const r = await text(['b.tsx', 'missing.tsx'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).not.toMatch(/No MitID problems/);
  });

  it('--skip-unsupported names the file as not checked and does not fail the run', async () => {
    const dir = project({ 'b.tsx': '<<<< not valid {{{\n' });
    const r = await text(['--skip-unsupported', 'b.tsx'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).toMatch(/not checked b\.tsx: could not be parsed/);
    expect(r.stdout + r.stderr).toMatch(/0 files checked, 1 not checked \(could not be parsed; skipped with --skip-unsupported\)/);
  });
});

describe('monorepos and paths', () => {
  const mono = (): string => {
    const dir = project(
      {
        'package.json': '{ "name": "mono", "private": true, "workspaces": ["apps/*", "packages/*"] }\n',
        'pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n  - 'packages/*'\n",
        'apps/web/package.json': '{ "name": "web", "mitid": { "components": { "PrimaryCta": "button" } } }\n',
        'apps/web/src/Login.tsx': "export function Login({ t }) {\n  return (\n    <main>\n      <PrimaryCta>Login with MitID</PrimaryCta>\n      <button>{t('auth.mitid')}</button>\n    </main>\n  );\n}\n",
        'apps/web/src/locales/da.json': '{ "auth": { "mitid": "Log ind via MitID" } }\n',
        'apps/web/src/locales/en.json': '{ "auth": { "mitid": "Sign in with MitID" } }\n',
        'apps/admin/package.json': '{ "name": "admin" }\n',
        'apps/admin/mitid.config.json': '{ "components": { "AuthLink": "a" } }\n',
        'apps/admin/src/A.tsx': 'export const A = () => <AuthLink onClick={() => 1}>Log ind med MitID</AuthLink>;\nexport const B = () => <PrimaryCta>Login with MitID</PrimaryCta>;\n',
        'packages/ui/package.json': '{ "name": "ui", "type": "module" }\n',
        'packages/ui/eslint.config.js': "export default [{ settings: { mitid: { components: { Cta: 'button' } } } }];\n",
        'packages/ui/src/U.jsx': 'export const U = () => <Cta>Login with MitID</Cta>;\n',
        'tools/readme.md': 'x\n',
      },
      { git: true },
    );
    return dir;
  };
  const EXPECTED = [`admin/src/A.tsx:1 ${ELEMENT}`, `web/src/Login.tsx:4 ${TEXT}`, `web/src/Login.tsx:5 ${TEXT}`, `web/src/Login.tsx:5 ${TEXT}`];

  it('from the root: each package keeps its own settings and catalogs, all named in the report', async () => {
    const dir = mono();
    const r = await json([], dir);
    expect(r.list).toEqual([...EXPECTED.map((e) => `apps/${e}`), `packages/ui/src/U.jsx:1 ${TEXT}`]);
    const notes = r.report.notes.join('\n');
    expect(notes).toContain('apps/admin/mitid.config.json');
    expect(notes).toContain('apps/web/package.json');
    expect(notes).toContain('packages/ui/eslint.config.js');
    expect(notes).toMatch(/da: apps\/web\/src\/locales\/da\.json; en: apps\/web\/src\/locales\/en\.json/);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
  });

  it('from a sibling folder, by absolute path, and with several quoted globs with braces', async () => {
    const dir = mono();
    const sibling = await json(['../apps', '../packages'], join(dir, 'tools'));
    expect(sibling.list).toEqual([...EXPECTED.map((e) => `../apps/${e}`), `../packages/ui/src/U.jsx:1 ${TEXT}`]);
    const abs = await json([join(dir, 'apps/web')], tmpdir());
    expect(abs.list.map((l) => l.replace(/^.*apps\/web\//, ''))).toEqual([`src/Login.tsx:4 ${TEXT}`, `src/Login.tsx:5 ${TEXT}`, `src/Login.tsx:5 ${TEXT}`]);
    const globs = await json(['apps/*/src/**/*.tsx', 'packages/ui/src/*.{jsx,tsx}'], dir);
    expect(globs.list).toEqual([...EXPECTED.map((e) => `apps/${e}`), `packages/ui/src/U.jsx:1 ${TEXT}`]);
    expect(globs.report.checked).toBe(3);
  });

  it('a glob or path that matches nothing is named and fails (exit 2)', async () => {
    const dir = mono();
    const r = await text(['apps/*/src/**/*.vue', 'nope'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/could not check apps\/\*\/src\/\*\*\/\*\.vue: no files to check match this pattern/);
    expect(r.stdout).toMatch(/could not check nope: no such file or folder/);
    oneClearLine(r.stdout + r.stderr);
  });

  // Defect: Node's MODULE_TYPELESS_PACKAGE_JSON warning (another tool's warning) reaches the user
  // when a package's eslint.config.js is ESM without "type": "module" (very common).
  it('no other tool\'s warnings: an ESM eslint.config.js without "type": "module"', async () => {
    const dir = project({
      'package.json': '{ "name": "p" }\n',
      'eslint.config.js': "export default [{ settings: { mitid: { components: { Cta: 'button' } } } }];\n",
      'src/U.jsx': 'export const U = () => <Cta>Login with MitID</Cta>;\n',
    });
    const r = await json([], dir);
    expect(r.list).toEqual([`src/U.jsx:1 ${TEXT}`]);
    expect(r.stderr).toBe('');
  });
});

describe('git', () => {
  it('tracked, untracked, ignored, nested .gitignore with !keep.tsx, tracked dist/ file', async () => {
    const dir = project(
      {
        '.gitignore': 'dist/\nbuild/\n',
        'src/tracked.tsx': BAD_JSX,
        'src/untracked.tsx': BAD_JSX,
        'src/sub/.gitignore': '*.tsx\n!keep.tsx\n',
        'src/sub/ignored.tsx': BAD_JSX,
        'src/sub/keep.tsx': BAD_JSX,
        'dist/bundle.js': BAD_JSX,
        'build/out.js': BAD_JSX,
      },
      { git: true },
    );
    git(dir, 'add', '.gitignore', 'src/tracked.tsx', 'src/sub/.gitignore');
    git(dir, 'add', '-f', 'dist/bundle.js');
    git(dir, 'commit', '-qm', 'init');
    const r = await json([], dir);
    expect(r.list).toEqual([`dist/bundle.js:1 ${TEXT}`, `src/sub/keep.tsx:1 ${TEXT}`, `src/tracked.tsx:1 ${TEXT}`, `src/untracked.tsx:1 ${TEXT}`]);
    expect(r.report.checked).toBe(4);
    // From a subfolder, and an ignored file given by name is still checked.
    expect((await json([], join(dir, 'src'))).list).toEqual([`sub/keep.tsx:1 ${TEXT}`, `tracked.tsx:1 ${TEXT}`, `untracked.tsx:1 ${TEXT}`]);
    expect((await json(['src/sub/ignored.tsx'], dir)).list).toEqual([`src/sub/ignored.tsx:1 ${TEXT}`]);
    // A folder git ignores whole is named, not passed.
    const ignored = await text(['build'], dir);
    expect(ignored.code).toBe(2);
    expect(ignored.stdout).toMatch(/could not check build: no files to check here/);
  });

  it('names git quotes (non-ASCII, spaces, quotes, tabs, newlines) and a tracked file deleted from disk', async () => {
    const dir = project({ 'æø å.tsx': BAD_JSX, 'new\nline.tsx': BAD_JSX, '"q".tsx': BAD_JSX, 'tab\tx.tsx': BAD_JSX, 'gone.tsx': BAD_JSX }, { git: true });
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'i');
    spawnSync('rm', [join(dir, 'gone.tsx')]);
    writeFileSync(join(dir, 'untracked æ.tsx'), BAD_JSX);
    const r = await json([], dir);
    expect(r.list).toEqual([`"q".tsx:1 ${TEXT}`, `new\nline.tsx:1 ${TEXT}`, `tab\tx.tsx:1 ${TEXT}`, `untracked æ.tsx:1 ${TEXT}`, `æø å.tsx:1 ${TEXT}`]);
    expect(r.report.notChecked).toBe(0);
    expect(r.code).toBe(1);
  });

  it('outside git, every .gitignore on the way applies', async () => {
    const dir = project({ '.gitignore': 'gen/\n', 'app/.gitignore': '*.jsx\n!keep.jsx\n', 'app/x.jsx': BAD_JSX, 'app/keep.jsx': BAD_JSX, 'gen/g.tsx': BAD_JSX, 'app/y.tsx': BAD_JSX });
    const r = await json([], dir);
    expect(r.list).toEqual([`app/keep.jsx:1 ${TEXT}`, `app/y.tsx:1 ${TEXT}`]);
  });

  // Defect (false pass): a nested repository (or a git submodule) inside the checked folder is neither
  // checked nor named: `check` at the root says "No MitID problems", exit 0, while `check inner` finds
  // the problem. The docs: "Every file is checked or named".
  it('a nested git repository and a submodule are checked or named, never skipped', async () => {
    const dir = project({ 'top.tsx': 'export const A = 1;\n', 'inner/src/in.tsx': BAD_JSX, 'sub/s.tsx': BAD_JSX }, { git: true });
    git(join(dir, 'inner'), 'init', '-q', '.');
    git(join(dir, 'sub'), 'init', '-q', '.');
    git(join(dir, 'sub'), 'add', '.');
    git(join(dir, 'sub'), 'commit', '-qm', 's');
    git(dir, 'add', 'top.tsx');
    git(dir, 'submodule', 'add', '-q', './sub', 'sub');
    git(dir, 'commit', '-qm', 't');
    const r = await json([], dir);
    expect((await json(['inner'], dir)).list).toEqual([`inner/src/in.tsx:1 ${TEXT}`]);
    expect(r.code).not.toBe(0);
    expect(r.list).toEqual([`inner/src/in.tsx:1 ${TEXT}`, `sub/s.tsx:1 ${TEXT}`]);
  });
});

describe('settings, each of the three ways, and catalogs', () => {
  const APP = "export const L = ({t}) => (<>\n  <Cta>{t('cta')}</Cta>\n  <Cta>Login with MitID</Cta>\n</>);\n";
  const EXPECTED = [`src/L.jsx:2 ${TEXT}`, `src/L.jsx:3 ${TEXT}`];
  const base = { 'src/L.jsx': APP, 'src/tr/dansk.json': '{"cta":"Log ind via MitID"}\n' };

  it('--config FILE (catalog paths relative to that file)', async () => {
    const dir = project({ ...base, 'package.json': '{"name":"x"}', 'conf/m.json': '{"components":{"Cta":"button"},"catalogs":{"da":"../src/tr/dansk.json"}}' });
    const r = await json(['--config', 'conf/m.json', 'src'], dir);
    expect(r.list).toEqual(EXPECTED);
    expect(r.report.notes.join('\n')).toMatch(/conf\/m\.json[\s\S]*da: src\/tr\/dansk\.json/);
  });

  it('mitid.config.json, mitid.config.mjs and package.json "mitid"', async () => {
    const settings = '{"components":{"Cta":"button"},"catalogs":{"da":"src/tr/dansk.json"}}';
    const a = project({ ...base, 'package.json': '{"name":"x"}', 'mitid.config.json': settings });
    const b = project({ ...base, 'package.json': '{"name":"x"}', 'mitid.config.mjs': `export default ${settings};\n` });
    const c = project({ ...base, 'package.json': `{"name":"x","mitid":${settings}}` });
    for (const [dir, file] of [[a, 'mitid.config.json'], [b, 'mitid.config.mjs'], [c, 'package.json']] as const) {
      const r = await json(['src'], dir);
      expect(r.list).toEqual(EXPECTED);
      expect(r.report.notes.join('\n')).toContain(`MitID settings from ${file}`);
      expect(r.report.notes.join('\n')).toContain('da: src/tr/dansk.json');
    }
  });

  it('eslint.config.js settings.mitid (a block without files)', async () => {
    const dir = project({ ...base, 'package.json': '{"name":"x","type":"module"}', 'eslint.config.js': "export default [{ settings: { mitid: { components: { Cta: 'button' }, catalogs: { da: 'src/tr/dansk.json' } } } }];\n" });
    const r = await json(['src'], dir);
    expect(r.list).toEqual(EXPECTED);
    expect(r.report.notes.join('\n')).toContain('eslint.config.js');
  });

  // Defect (false pass): settings.mitid in a block with `files` (how flat configs are usually written)
  // is not used: "No MitID problems", exit 0. README: "settings.mitid ... as ESLint computes it".
  it('eslint.config.js settings.mitid in a `files: ["**/*.jsx"]` block', async () => {
    const dir = project({ ...base, 'package.json': '{"name":"x","type":"module"}', 'eslint.config.js': "export default [{ files: ['**/*.jsx'], settings: { mitid: { components: { Cta: 'button' }, catalogs: { da: 'src/tr/dansk.json' } } } }];\n" });
    const r = await json(['src'], dir);
    expect(r.list).toEqual(EXPECTED);
  });

  it('catalogs discovered: i18next namespaces and default namespace, vue-i18n, react-intl, ngx-translate, messages.da.json', async () => {
    const cases: [Record<string, string>, string[], string][] = [
      [
        { 'public/locales/da/auth.json': '{"login":{"mitid":"Log ind via MitID"}}', 'public/locales/en/auth.json': '{"login":{"mitid":"Log on with MitID"}}', 'src/L.jsx': "export const L = ({t}) => <button>{t('auth:login.mitid')}</button>;\n" },
        [`src/L.jsx:1 ${TEXT}`],
        'da: public/locales/da/auth.json; en: public/locales/en/auth.json',
      ],
      [{ 'public/locales/da/translation.json': '{"login":{"mitid":"Log ind via MitID"}}', 'src/L.jsx': "export const L = ({t}) => <button>{t('login.mitid')}</button>;\n" }, [`src/L.jsx:1 ${TEXT}`], 'da: public/locales/da/translation.json'],
      [
        { 'src/i18n/da.json': '{"login":"Login med MitID"}', 'src/i18n/en-GB.json': '{"login":"Log on with MitID"}', 'src/components/L.vue': '<template>\n  <button>{{ $t("login") }}</button>\n</template>\n' },
        [`src/components/L.vue:2 ${TEXT}`],
        'da: src/i18n/da.json; en: src/i18n/en-GB.json',
      ],
      [{ 'lang/da.json': '{"auth.mitid":"Log ind med MitID ->"}', 'src/L.tsx': "import { FormattedMessage } from 'react-intl';\nexport const L = () => (\n  <button><FormattedMessage id=\"auth.mitid\" defaultMessage=\"Log ind med MitID\" /></button>\n);\n" }, [`src/L.tsx:3 ${TEXT}`], 'da: lang/da.json'],
      [{ 'src/assets/i18n/da.json': '{"LOGIN":{"MITID":"Log ind med MitId"}}', 'src/app/login.component.html': "<button (click)=\"go()\">{{ 'LOGIN.MITID' | translate }}</button>\n" }, [`src/app/login.component.html:1 ${TEXT}`], 'da: src/assets/i18n/da.json'],
      [{ 'translations/messages.da.json': '{"cta":"Godkend via MitID"}', 'src/L.jsx': "export const L = ({t}) => <button>{t('cta')}</button>;\n" }, [`src/L.jsx:1 ${TEXT}`], 'da: translations/messages.da.json'],
    ];
    for (const [files, expected, named] of cases) {
      const dir = project({ 'package.json': '{"name":"x"}', ...files });
      const r = await json([], dir);
      expect(r.list).toEqual(expected);
      expect(r.report.notes.join('\n')).toContain(named);
      expect(r.code).toBe(1);
    }
  });

  // Defect: a broken catalog is a `mitid/approved-text` finding at 1:1 of each file (exit 1), not a
  // configuration error (issue 9: "Every failure is one clear line and exit 2 ... unparsable config";
  // issue 13: "report it once as a configuration error").
  it('a broken catalog JSON is one configuration error, exit 2', async () => {
    const dir = project({ 'package.json': '{"name":"x"}', 'locales/da.json': '{"login": "Log ind via MitID",', 'src/L.jsx': "export const L = ({t}) => <button>{t('login')}</button>;\n", 'src/M.jsx': "export const M = ({t}) => <button>{t('login')}</button>;\n" });
    const r = await json([], dir);
    expect(r.code).toBe(2);
    expect(r.list).toEqual([]);
  });

  // Defect: a catalog saved with a UTF-8 BOM (Windows editors) is "not valid JSON"; the README says
  // files are decoded by their byte-order mark.
  it('a catalog with a UTF-8 BOM is read', async () => {
    const dir = project({ 'package.json': '{"name":"x"}', 'locales/da.json': '\ufeff{"login": "Log ind via MitID"}', 'src/L.jsx': "export const L = ({t}) => <button>{t('login')}</button>;\n" });
    const r = await json([], dir);
    expect(r.report.findings.map((f) => f.message)).toEqual(['Message "login" (da) reads "Log ind via MitID", not an approved MitID phrase: use "Log ind med MitID".']);
  });
});

describe('failures are one clear line, exit 2, no stack trace', () => {
  const cases: [string, string[], Record<string, string>, RegExp][] = [
    ['missing --config', ['--config', 'nope.json'], {}, /--config nope\.json: no such file/],
    ['unparsable --config', ['--config', 'bad.json'], { 'bad.json': '{bad' }, /cannot read the MitID settings in bad\.json/],
    ['--config whose JS throws', ['--config', 't.mjs'], { 't.mjs': 'throw new Error("boom")\n' }, /cannot read the MitID settings in t\.mjs: boom/],
    ['--config not an object', ['--config', 'five.mjs'], { 'five.mjs': 'export default 5;\n' }, /five\.mjs: its default export is not an object/],
    ['a broken mitid.config.json', ['a'], { 'a/mitid.config.json': '{ "components": ', 'a/x.jsx': BAD_JSX }, /cannot read the MitID settings in .*mitid\.config\.json/],
    ['a mitid.config.js that throws', ['d'], { 'd/mitid.config.js': 'throw new Error("mitid js boom");\n', 'd/x.jsx': BAD_JSX }, /mitid js boom/],
    ['--format bogus', ['--format', 'bogus'], {}, /--format must be one of text, json, sarif, github, not "bogus"/],
    ['--max-warnings x', ['--max-warnings', 'x'], {}, /--max-warnings takes a whole number/],
    ['an unknown option', ['--bogus'], {}, /Unknown option '--bogus'/],
  ];
  for (const [name, args, files, message] of cases) {
    it(name, async () => {
      const dir = project({ 'x.jsx': BAD_JSX, ...files });
      const r = await text(args, dir);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')[0]).toMatch(/^mitid-ux: /);
      oneClearLine(r.stderr);
    });
  }

  // Defect (false pass): an eslint.config.js that throws is a note and the run passes (exit 0) although
  // the settings it holds (here a wrapper) are never applied; a broken package.json (which may hold the
  // "mitid" key) is ignored silently. Issue 9: "Every failure is one clear line and exit 2 ...
  // unparsable config".
  it('an eslint.config.js that throws, or a broken package.json, is exit 2', async () => {
    const c = project({ 'package.json': '{"name":"c","type":"module"}', 'eslint.config.js': 'throw new Error("eslint config boom");\n', 'x.jsx': 'export const A = () => <Cta>Login with MitID</Cta>;\n' });
    const b = project({ 'package.json': '{ "name": "b", "mitid": { "components": { "Cta": "button" } ', 'x.jsx': 'export const A = () => <Cta>Login with MitID</Cta>;\n' });
    expect((await text([], c)).code).toBe(2);
    expect((await text([], b)).code).toBe(2);
  });

  // Defect (false pass), the common form of the one above: an eslint.config.mjs that imports
  // `eslint/config` in a project that has not installed eslint (what `npx mitid-ux check` promises to
  // support) loses its settings.mitid with a note, and the run passes.
  it('an eslint.config.mjs importing a package the project lacks is exit 2, not a pass', async () => {
    const dir = project({ 'package.json': '{"name":"d"}', 'eslint.config.mjs': "import { defineConfig } from 'eslint/config';\nexport default defineConfig([{ settings: { mitid: { components: { Cta: 'button' } } } }]);\n", 'u.jsx': 'export const U = () => <Cta>Login with MitID</Cta>;\n' });
    expect((await text([], dir)).code).not.toBe(0);
  });
});

describe('formats and options', () => {
  const files = {
    'sp ace#[x]/a 100%.jsx': BAD_JSX,
    'æø/b.jsx': 'export const A = () => <div onClick={go}>Log ind med MitID</div>;\n',
    'a,b:c.jsx': BAD_JSX,
  };

  it('SARIF is valid 2.1.0, URIs percent-encoded under %SRCROOT%, files outside are absolute file: URIs', async () => {
    const dir = project(files);
    const outside = project({ 'o.tsx': BAD_JSX });
    const r = await cli(['check', '.', join(outside, 'o.tsx'), '-f', 'sarif'], { cwd: dir });
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } } }[] }[]; originalUriBaseIds: Record<string, { uri: string }> }[] };
    expect(sarifErrors(log)).toEqual([]);
    const run = log.runs[0];
    expect(run?.originalUriBaseIds['%SRCROOT%']?.uri).toBe(`file://${dir}/`);
    const uris = run?.results.map((x) => `${x.locations[0]?.physicalLocation.artifactLocation.uri}:${x.locations[0]?.physicalLocation.region.startLine} ${x.ruleId}`).sort();
    expect(uris).toEqual([
      `%C3%A6%C3%B8/b.jsx:1 ${ELEMENT}`,
      `a%2Cb%3Ac.jsx:1 ${TEXT}`,
      `file://${outside}/o.tsx:1 ${TEXT}`,
      `sp%20ace%23%5Bx%5D/a%20100%25.jsx:1 ${TEXT}`,
    ].sort());
  });

  it('SARIF of a run with a file not checked stays valid and says the run was incomplete', async () => {
    const dir = project({ 'a.tsx': BAD_JSX, 'b.tsx': '<<<< {{{\n' });
    const r = await cli(['check', '-f', 'sarif'], { cwd: dir });
    expect(r.code).toBe(2);
    const log = JSON.parse(r.stdout) as { runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }[] }[] };
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs[0]?.invocations[0]?.executionSuccessful).toBe(false);
    expect(log.runs[0]?.invocations[0]?.toolExecutionNotifications[0]?.message.text).toMatch(/^b\.tsx: could not be parsed/);
  });

  it('GitHub annotations: one well-formed ::error per finding and per file not checked, properties escaped', async () => {
    const dir = project({ ...files, 'bad.tsx': '<<<< {{{\n' });
    const r = await cli(['check', '-f', 'github'], { cwd: dir });
    expect(r.code).toBe(2);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    for (const l of lines) expect(l).toMatch(/^::(error|warning|notice) (file=[^,:\n]+)(,(line|col|endLine|endColumn)=\d+)*(,title=[^,:\n]+)?::[^\n]+$/);
    expect(lines.map((l) => /file=([^,]+),(?:line=(\d+))?.*title=([^:]+)::/.exec(l)?.slice(1).join(' ')).sort()).toEqual([
      `a%2Cb%3Ac.jsx 1 ${TEXT}`,
      'bad.tsx  mitid-ux%3A not checked',
      `sp ace#[x]/a 100%25.jsx 1 ${TEXT}`,
      `æø/b.jsx 1 ${ELEMENT}`,
    ]);
  });

  it('a clean run: exit 0, "No MitID problems in N files checked", stderr empty, --max-warnings 0 and --quiet agree', async () => {
    const dir = project({ 'ok.tsx': 'export const A = () => <button>Log ind med MitID</button>;\n', 'ok.css': '.mitid-btn { background: #0060e6; color: #fff; }\n', 'ok.vue': '<template><a href="/login">Log on with MitID</a></template>\n' });
    for (const args of [[], ['--max-warnings', '0'], ['-q'], ['--strict']]) {
      const r = await text(args, dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/No MitID problems in 3 files checked/);
      expect(r.stderr).toBe('');
    }
  });

  it("a legacy .eslintignore in the checked folder: the finding, and no ESLint migration warning on stderr", async () => {
    const dir = project({ '.eslintignore': 'dist\n', 'a.jsx': BAD_JSX });
    const r = await json([], dir);
    expect(r.list).toEqual([`a.jsx:1 ${TEXT}`]);
    expect(r.stderr).toBe('');
  });

  it('--quiet with only warnings never says "No MitID problems": it names the warnings it hides', async () => {
    const dir = project({ 'a.jsx': '// eslint-disable-next-line mitid/approved-text\nexport const A = () => <button>Login with MitID</button>;\n' });
    const loud = await text([], dir);
    expect(loud.stdout).toMatch(/1 MitID problem \(0 errors, 1 warning\) in 1 file checked/);
    const quiet = await text(['-q'], dir);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).not.toMatch(/No MitID problems/);
    expect(quiet.stdout).toMatch(/✔ No MitID errors in 1 file checked; 1 warning not shown \(--quiet\)/);
  });

  it('--strict reports a MitID call to action whose text is unknown; without it the run passes', async () => {
    const dir = project({ 'a.jsx': 'export const A = ({label}) => <button className="mitid-btn">{label}</button>;\n' });
    expect((await json([], dir)).list).toEqual([]);
    const strict = await json(['--strict'], dir);
    expect(strict.list).toEqual([`a.jsx:1 ${TEXT}`]);
    expect(strict.code).toBe(1);
  });

  it('-o writes the report, the summary goes to stderr', async () => {
    const dir = project({ 'a.jsx': BAD_JSX });
    const r = await text(['-f', 'sarif', '-o', 'out.sarif'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/1 MitID problem .* in 1 file checked \(report in out\.sarif\)/);
    expect(sarifErrors(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')))).toEqual([]);
  });

  it('--max-file-size names a larger file as not checked (exit 2)', async () => {
    const dir = project({ 'big.tsx': `${'// pad\n'.repeat(200_000)}${BAD_JSX}`, 'a.tsx': BAD_JSX });
    const r = await json(['--max-file-size', '1'], dir);
    expect(r.list).toEqual([`a.tsx:1 ${TEXT}`]);
    expect(r.report.errors.map((e) => e.target)).toEqual(['big.tsx']);
    expect(r.code).toBe(2);
  });
});
