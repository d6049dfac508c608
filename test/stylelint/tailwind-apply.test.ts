/**
 * mitid/button-style reads Tailwind's `@apply` in stylesheets: each applied class is translated by
 * the core (the same translation ESLint uses for `className`) and reported on the class itself.
 * Real stylelint with the kit's shareable config, real CSS/SCSS/Vue/Svelte text, real project
 * folders for the palette (tailwind.config, v4 `@theme`). ⟦ marks where a report must start.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stylelint from 'stylelint';
import { afterAll, describe, expect, test } from 'vitest';
import config from '../../stylelint-plugin/config.js';
import { unmark } from './cases.js';
import { runPostcss } from './harness.js';

const projects = mkdtempSync(join(tmpdir(), 'mitid-apply-'));
afterAll(() => rmSync(projects, { recursive: true, force: true }));

/** A project folder with the given files; returns the path of the stylesheet to lint in it. */
function project(name: string, files: Record<string, string>, sheet = 'src/login.css'): string {
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(join(projects, name, path, '..'), { recursive: true });
    writeFileSync(join(projects, name, path), body);
  }
  return join(projects, name, sheet);
}
const V3 = '{"devDependencies":{"tailwindcss":"^3.4.1"}}';
const V4 = '{"dependencies":{"tailwindcss":"^4.1.0","@tailwindcss/vite":"^4.1.0"}}';
const v3 = project('v3', { 'package.json': V3, 'tailwind.config.js': 'module.exports = { theme: { extend: { colors: { brand: "#0060e6" } } } };' });
const v3Vue = project('v3-vue', { 'package.json': V3 }, 'src/Login.vue');
const v3Svelte = project('v3-svelte', { 'package.json': V3 }, 'src/Login.svelte');
const v3Blue = project('v3-blue', { 'package.json': V3, 'tailwind.config.ts': "export default { theme: { extend: { colors: { blue: { 600: '#0060e6' } } } } };" });
const v3Replaced = project('v3-replaced', { 'package.json': V3, 'tailwind.config.js': "module.exports = { theme: { colors: { primary: '#0060e6' } } };" });
const v4 = project('v4', { 'package.json': V4, 'src/app.css': '@import "tailwindcss";\n@theme { --color-brand: #0060e6; }\n' });
const v4Blue = project('v4-blue', { 'package.json': V4, 'src/app.css': '@import "tailwindcss";\n@theme {\n  --color-blue-600: #0060e6;\n}\n' });

async function lint(marked: string, file: string | undefined): Promise<{ at: { line: number; column: number }[]; found: { line: number; column: number; text: string }[] }> {
  const { code, at } = unmark(marked);
  const result = await stylelint.lint({ code, ...(file ? { codeFilename: file } : {}), config: { ...config, rules: { 'mitid/button-style': true } } });
  const r = result.results[0] as stylelint.LintResult;
  expect(r.parseErrors.length + r.invalidOptionWarnings.length).toBe(0);
  const found = r.warnings.map((w) => ({ line: w.line, column: w.column, text: w.text })).sort((a, b) => a.line - b.line || a.column - b.column);
  return { at, found };
}

interface ApplyCase {
  name: string;
  file?: string;
  code: string;
  /** One pattern per marked position, in order. */
  messages?: RegExp[];
}

const REPORTED: ApplyCase[] = [
  {
    name: 'CSS: a palette colour, a short height and uppercase (v3 project)',
    file: v3,
    code: '.mitid-button {\n  @apply ⟦bg-blue-600 ⟦h-10 ⟦uppercase;\n}\n',
    messages: [
      /^MitID button "\.mitid-button": @apply bg-blue-600 sets background-color to #2563eb; it must be #0060e6 \(Tailwind v3's default palette; no tailwind.config or @theme of the project redefines blue\): use bg-\[#0060e6\]/,
      /@apply h-10 sets height to 2\.5rem; it must be 48px/,
      /@apply uppercase sets text-transform to uppercase; it must be none/,
    ],
  },
  {
    name: 'CSS: arbitrary values, one class per report, compliant classes beside them silent',
    file: v3,
    code: '.btn.btn-mitid {\n  @apply inline-flex ⟦bg-[#0061ee] text-white\n    ⟦h-[44px] ⟦px-4 rounded-md;\n}\n',
    messages: [/bg-\[#0061ee\] sets background-color to #0061ee/, /h-\[44px\] sets height to 44px; it must be 48px/, /px-4 sets padding-inline to 1rem; it must be 1rem \.75rem/],
  },
  {
    name: 'CSS: an @apply under :hover is judged in the hover state',
    file: v3,
    code: '.mitid-button { @apply bg-[#0060e6] h-12; }\n.mitid-button:hover { @apply ⟦bg-[#6a0dad]; }\n',
    messages: [/MitID button "\.mitid-button:hover": @apply bg-\[#6a0dad\] sets background-color to #6a0dad; it must be #0060e6 or a darker blue/],
  },
  {
    name: 'CSS: hover: and focus: classes are judged in their state; a darker hover blue is allowed',
    file: v3,
    code: '.mitid-button {\n  @apply bg-[#0060e6] hover:bg-[#004cb8] ⟦hover:bg-[#6a0dad] ⟦focus-visible:bg-[#ff0000] ⟦hover:text-[#ff0000];\n}\n',
    messages: [/hover:bg-\[#6a0dad\] sets background-color to #6a0dad; it must be #0060e6 or a darker blue/, /focus-visible:bg-\[#ff0000\]/, /hover:text-\[#ff0000\] sets color/],
  },
  {
    name: 'CSS: a base class applied in the same file reaches its MitID modifier unless the modifier sets it',
    file: v3,
    code: '.eid-btn { @apply ⟦h-10 rounded-[50%] bg-[#333333]; }\n.eid-btn--mitid { @apply bg-[#0060e6] rounded; }\n',
    messages: [/"\.eid-btn" reaches the MitID button "\.eid-btn--mitid": @apply h-10 sets height to 2\.5rem/],
  },
  {
    name: 'CSS: !important and a responsive variant',
    file: v3,
    code: '.mitid-login-btn { @apply ⟦h-10 !important; }\n.mitid-login-btn { @apply ⟦md:!h-[40px]; }\n',
    messages: [/h-10 sets height/, /md:!h-\[40px\] sets height to 40px/],
  },
  {
    name: 'SCSS: nested rules and an & :hover rule',
    file: v3.replace(/\.css$/, '.scss'),
    code: '.login {\n  .btn-mitid {\n    @apply ⟦bg-[#0061af] h-12;\n    &:hover {\n      @apply ⟦bg-[#ff6600];\n    }\n  }\n}\n',
    messages: [/MitID button "\.login \.btn-mitid": @apply bg-\[#0061af\]/, /MitID button "\.login \.btn-mitid:hover": @apply bg-\[#ff6600\]/],
  },
  {
    name: 'Vue: a scoped <style> block',
    file: v3Vue,
    code: '<template>\n  <button class="mitid-button" @click="login">Log ind med MitID</button>\n</template>\n\n<style scoped>\n.mitid-button {\n  @apply ⟦bg-blue-600 text-white ⟦h-10;\n}\n</style>\n',
    messages: [/bg-blue-600 sets background-color to #2563eb/, /h-10 sets height/],
  },
  {
    name: 'Vue: <style lang="scss"> with a hover: class',
    file: v3Vue,
    code: '<template><a class="btn-mitid" href="/login">Log ind med MitID</a></template>\n<style lang="scss" scoped>\n.btn-mitid { @apply bg-[#0060e6] h-12 ⟦hover:bg-red-500; }\n</style>\n',
    messages: [/hover:bg-red-500 sets background-color to #ef4444; it must be #0060e6 or a darker blue .*use hover:bg-\[#0060e6\]/],
  },
  {
    name: 'Svelte: a <style> block',
    file: v3Svelte,
    code: '<button class="mitid-cta" on:click={login}>Log ind med MitID</button>\n\n<style>\n  .mitid-cta { @apply ⟦rounded-[50%/10%] h-12 ⟦capitalize; }\n</style>\n',
    messages: [/rounded-\[50%\/10%\] sets border-radius/, /capitalize sets text-transform/],
  },
  {
    name: 'HTML: a <style> element',
    file: v3.replace(/login\.css$/, 'index.html'),
    code: '<style>\n  #mitid-login { @apply ⟦bg-[#1a73e8] ⟦text-[#222222]; }\n</style>\n<button id="mitid-login">Log ind med MitID</button>\n',
    messages: [/MitID button "#mitid-login": @apply bg-\[#1a73e8\]/, /text-\[#222222\] sets color to #222222; it must be #ffffff/],
  },
  {
    name: 'v4 project without a theme for blue: the palette name is reported (its value is oklch)',
    file: v4,
    code: '.mitid-button { @apply ⟦bg-blue-600; }\n',
    messages: [/bg-blue-600 sets background-color to blue-600; it must be #0060e6 \(Tailwind v4's default palette/],
  },
  {
    name: 'no file name: arbitrary values are known, the palette is not',
    code: '.mitid-button { @apply bg-blue-600 ⟦h-[40px]; }\n',
    messages: [/h-\[40px\]/],
  },
];

const SILENT: ApplyCase[] = [
  { name: 'the MitID logo', file: v3, code: '.mitid-logo { @apply bg-blue-600 h-10 uppercase; }\n.mitid-icon:hover { @apply bg-[#ff0000]; }\n' },
  { name: 'a help button', file: v3, code: '.help-button { @apply bg-[#ff0000] h-10 uppercase; }\n.btn-secondary { @apply bg-[#0061af] h-[44px]; }\n' },
  { name: 'a compliant MitID button', file: v3, code: '.btn-mitid { @apply bg-[#0060e6] h-12 text-white rounded py-1 pl-4 pr-3 normal-case; }\n.btn-mitid:hover { @apply bg-[#004cb8]; }\n' },
  { name: 'an unknown custom class and unknown variants', file: v3, code: '.btn-mitid { @apply btn-primary group-hover:bg-red-500 peer-focus:h-2 font-sans; }\n' },
  { name: 'a pseudo-element of the button', file: v3, code: '.btn-mitid::before { @apply bg-[#ff0000] h-2; }\n' },
  { name: 'a v3 config that extends blue', file: v3Blue, code: '.mitid-button { @apply bg-blue-600; }\n' },
  { name: 'a v3 config that replaces the palette', file: v3Replaced, code: '.mitid-button { @apply bg-blue-600 hover:bg-blue-700; }\n' },
  { name: "a v4 @theme that redefines blue", file: v4Blue, code: '.mitid-button { @apply bg-blue-600; }\n' },
  { name: 'a v4 palette name in the hover state (value unknown)', file: v4, code: '.mitid-button { @apply bg-[#0060e6] hover:bg-blue-800; }\n' },
  { name: 'SCSS interpolation in @apply (unknown classes)', file: v3.replace(/\.css$/, '.scss'), code: '.btn-mitid { @apply bg-[#{$brand}] h-#{$h}; }\n' },
  { name: 'no file name: a palette colour', code: '.mitid-button { @apply bg-blue-600; }\n' },
  { name: 'a Vue <style> with @apply on a settings button', file: v3Vue, code: '<template><button class="settings-button">Indstillinger</button></template>\n<style>\n.settings-button { @apply bg-red-500 h-8; }\n</style>\n' },
];

describe('button-style: Tailwind @apply on a MitID button is reported per class', () => {
  test.each(REPORTED)('$name', async (c) => {
    const { at, found } = await lint(c.code, c.file);
    expect(found.map(({ line, column }) => ({ line, column }))).toEqual(at);
    for (const f of found) expect(f.text).toMatch(/\(mitid\/button-style\)$/);
    c.messages?.forEach((m, i) => expect(found[i]?.text).toMatch(m));
  });
});

describe('button-style: Tailwind @apply stays silent', () => {
  test.each(SILENT)('$name', async (c) => {
    const { found } = await lint(c.code, c.file);
    expect(found).toEqual([]);
  });
});

test('the PostCSS plugin face reads @apply through the same rule', async () => {
  const code = '.mitid-button {\n  @apply ⟦h-[40px] bg-[#0060e6];\n}\n.mitid-logo { @apply h-[40px]; }\n';
  const { found } = await runPostcss({ name: 'postcss', rule: 'button-style', syntax: 'css', code });
  expect(found.map(({ line, column }) => ({ line, column }))).toEqual(unmark(code).at);
  expect(found[0]?.text).toMatch(/@apply h-\[40px\] sets height to 40px; it must be 48px/);
});
