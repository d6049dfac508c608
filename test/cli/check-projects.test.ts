// `mitid-ux check` on project layouts like users' (issue 9): a monorepo from its root and from a
// sibling folder, absolute paths, globs, Vue + SCSS only, JSX in .js, Vue TS, Svelte, Angular, and
// the project's own settings found each of the three ways. Each test asserts the exact findings.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, type JsonReport } from './run-cli.js';

beforeAll(ensureBuilt);

function project(files: Record<string, string>, git = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'mitid-ux-proj-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  if (git) spawnSync('git', ['init', '-q', '.'], { cwd: dir });
  return dir;
}

/** `file:line rule` for every finding, sorted: the exact findings, not a count. */
async function findings(args: string[], cwd: string): Promise<{ code: number; list: string[]; report: JsonReport; stderr: string }> {
  const r = await cli(['check', ...args, '-f', 'json'], { cwd });
  let report: JsonReport;
  try {
    report = JSON.parse(r.stdout) as JsonReport;
  } catch {
    throw new Error(`not JSON (exit ${r.code}): ${r.stdout}\n${r.stderr}`);
  }
  return { code: r.code, list: report.findings.map((f) => `${f.target}:${f.line} ${f.ruleId}`).sort(), report, stderr: r.stderr };
}

const MONOREPO = {
  'package.json': '{ "name": "mono", "private": true, "workspaces": ["apps/*"] }\n',
  '.gitignore': 'node_modules/\ndist/\n',
  'apps/web/package.json': '{ "name": "web" }\n',
  'apps/web/src/Login.jsx': 'export function Login() {\n  return <button onClick={login}>Login med MitID</button>;\n}\n',
  'apps/web/src/Good.jsx': 'export const Good = () => <button>Log ind med MitID</button>;\n',
  'apps/web/src/button.scss': '$blue: #1a73e8;\n.mitid-button {\n  background-color: $blue;\n  height: 40px;\n}\n',
  'apps/web/dist/bundle.js': 'document.body.innerHTML = "<button>Login with MitID</button>";\n',
  'apps/admin/package.json': '{ "name": "admin" }\n',
  'apps/admin/src/Approve.tsx': 'export const A = (): JSX.Element => <button type="button">Godkend via MitID</button>;\n',
};
const MONOREPO_FINDINGS = ['apps/admin/src/Approve.tsx:1 mitid/approved-text', 'apps/web/src/Login.jsx:2 mitid/approved-text', 'apps/web/src/button.scss:3 mitid/button-style', 'apps/web/src/button.scss:4 mitid/button-style'];

describe('mitid-ux check: project layouts', () => {
  it('a monorepo from its root: every package, .gitignore respected (git and no git)', async () => {
    for (const git of [true, false]) {
      const root = project(MONOREPO, git);
      const r = await findings([], root);
      expect(r.list).toEqual(MONOREPO_FINDINGS);
      expect(r.report.checked).toBe(4);
      expect(r.code).toBe(1);
    }
  });

  it('a monorepo package from a sibling folder, and by absolute path: the same findings, paths as given', async () => {
    const root = project(MONOREPO, true);
    const sibling = await findings(['../web/src'], join(root, 'apps/admin'));
    expect(sibling.list).toEqual(['../web/src/Login.jsx:2 mitid/approved-text', '../web/src/button.scss:3 mitid/button-style', '../web/src/button.scss:4 mitid/button-style']);
    expect(sibling.report.checked).toBe(3);
    const elsewhere = mkdtempSync(join(tmpdir(), 'mitid-ux-elsewhere-'));
    const absolute = await findings([join(root, 'apps/web/src/Login.jsx'), join(root, 'apps/admin')], elsewhere);
    const shown = (file: string): string => relative(elsewhere, join(root, file));
    expect(absolute.list).toEqual([`${shown('apps/admin/src/Approve.tsx')}:1 mitid/approved-text`, `${shown('apps/web/src/Login.jsx')}:2 mitid/approved-text`]);
  });

  it('globs, several at once', async () => {
    const root = project(MONOREPO, true);
    const r = await findings(['apps/*/src/**/*.jsx', 'apps/admin/**/*.tsx'], root);
    expect(r.list).toEqual(['apps/admin/src/Approve.tsx:1 mitid/approved-text', 'apps/web/src/Login.jsx:2 mitid/approved-text']);
    expect(r.report.checked).toBe(3);
    const none = await findings(['apps/**/*.svelte'], root);
    expect(none.code).toBe(2);
    expect(none.report.errors).toEqual([{ target: 'apps/**/*.svelte', message: 'no files to check match this pattern' }]);
  });

  it('a project with only .vue and .scss files (Vue <script setup lang="ts">)', async () => {
    const dir = project({
      'src/Login.vue': '<script setup lang="ts">\nconst busy: boolean = false;\ndefineProps<{ next?: string }>();\n</script>\n<template>\n  <button @click="login">Log in with MitID</button>\n</template>\n<style scoped lang="scss">\n.mitid-btn { background: #ff0000; }\n</style>\n',
      'src/theme.scss': '.mitid-btn { &:hover { background-color: green; } }\n',
    });
    const r = await findings(['src'], dir);
    expect(r.report.errors).toEqual([]);
    expect(r.list).toEqual(['src/Login.vue:6 mitid/approved-text', 'src/Login.vue:9 mitid/button-style', 'src/theme.scss:1 mitid/button-style']);
  });

  it('JSX in .js files (Create React App, React Native)', async () => {
    const dir = project({
      'src/App.js': "import React from 'react';\nexport default function App() {\n  return <div><button className=\"mitid\">Log in with MitID</button></div>;\n}\n",
      'src/Native.js': "import { Button } from 'react-native';\nexport const Login = () => <Button title=\"Login with MitID\" onPress={login} />;\n",
    });
    const r = await findings(['.'], dir);
    expect(r.report.errors).toEqual([]);
    expect(r.list).toEqual(['src/App.js:3 mitid/approved-text', 'src/Native.js:2 mitid/approved-text']);
  });

  it('Svelte components: markup and <script lang="ts"> blocks', async () => {
    const dir = project({
      'src/Login.svelte': "<script lang=\"ts\">\n  let busy: boolean = false;\n  const frame = document.createElement('iframe');\n  frame.src = 'https://acme.idura.broker/oauth2/authorize?client_id=x&acr_values=urn:grn:authn:dk:mitid:substantial';\n</script>\n\n<button on:click={login}>Login with MitID</button>\n",
    });
    const r = await findings(['.'], dir);
    expect(r.report.errors).toEqual([]);
    expect(r.list).toEqual(['src/Login.svelte:4 mitid/no-embedded-login', 'src/Login.svelte:7 mitid/approved-text']);
    const line4 = r.report.findings.find((f) => f.line === 4) as { column?: number } | undefined;
    expect(line4?.column).toBe(3);
  });

  it('HTML pages: the markup and their inline <script> blocks', async () => {
    const dir = project({
      'index.html': '<!doctype html>\n<html><body>\n<button class="mitid">Log in with MitID</button>\n<script>\n  const f = document.createElement("iframe");\n  f.src = "https://netseidbroker.dk/op/connect/authorize?acr_values=urn:grn:authn:dk:mitid:low";\n</script>\n</body></html>\n',
    });
    const r = await findings(['.'], dir);
    expect(r.list).toEqual(['index.html:3 mitid/approved-text', 'index.html:6 mitid/no-embedded-login']);
  });
});

describe('mitid-ux check: the project settings, found each of the three ways', () => {
  const CODE = {
    'src/Cta.tsx': "import { useTranslation } from 'react-i18next';\nexport const Cta = () => {\n  const { t } = useTranslation();\n  return <PrimaryCta onClick={go}>{t('auth.mitid')}</PrimaryCta>;\n};\n",
    'src/Plain.tsx': 'export const P = () => <PrimaryCta onClick={go}>Login with MitID</PrimaryCta>;\n',
    'i18n/da.json': '{ "auth": { "mitid": "Login med MitID" } }\n',
    'i18n/en.json': '{ "auth": { "mitid": "Log on with MitID" } }\n',
  };
  const SETTINGS = { components: { PrimaryCta: 'button' }, catalogs: { da: 'i18n/da.json', en: 'i18n/en.json' } };
  const EXPECTED = ['src/Cta.tsx:4 mitid/approved-text', 'src/Plain.tsx:1 mitid/approved-text'];

  it('without settings, the wrapper component is not known: nothing is made up', async () => {
    const dir = project({ ...CODE, 'package.json': '{ "name": "x" }\n' });
    const r = await findings(['src'], dir);
    expect(r.list).toEqual([]);
  });

  it('mitid.config.json', async () => {
    const dir = project({ ...CODE, 'package.json': '{ "name": "x" }\n', 'mitid.config.json': JSON.stringify(SETTINGS) });
    const r = await findings(['src'], dir);
    expect(r.list).toEqual(EXPECTED);
    expect(r.report.findings.find((f) => f.target === 'src/Cta.tsx')?.message).toMatch(/auth\.mitid.*\(da\).*Login med MitID/);
    expect(r.report.notes?.join('\n')).toContain('MitID settings from mitid.config.json');
  });

  it('a "mitid" key in package.json, from a subfolder of the project', async () => {
    const dir = project({ ...CODE, 'package.json': JSON.stringify({ name: 'x', mitid: SETTINGS }) });
    const r = await findings(['.'], join(dir, 'src'));
    expect(r.list).toEqual(['Cta.tsx:4 mitid/approved-text', 'Plain.tsx:1 mitid/approved-text']);
  });

  it("settings.mitid of the project's own ESLint flat config", async () => {
    const dir = project({ ...CODE, 'package.json': '{ "name": "x", "type": "module" }\n', 'eslint.config.js': `export default [{ settings: { mitid: ${JSON.stringify(SETTINGS)} } }];\n` });
    const r = await findings(['src'], dir);
    expect(r.list).toEqual(EXPECTED);
    expect(r.report.notes?.join('\n')).toContain('MitID settings from eslint.config.js');
  });

  it('--config FILE wins, and a config that cannot be read is one clear line, exit 2', async () => {
    const dir = project({ ...CODE, 'package.json': '{ "name": "x" }\n', 'conf/mitid.json': JSON.stringify(SETTINGS), 'bad.json': '{ nope' });
    // Catalog paths in a --config file are relative to that file's folder.
    const moved = project({ ...CODE, 'package.json': '{ "name": "x" }\n', 'conf/mitid.json': JSON.stringify({ ...SETTINGS, catalogs: { da: '../i18n/da.json' } }) });
    expect((await findings(['src', '--config', 'conf/mitid.json'], moved)).list).toEqual(EXPECTED);
    const bad = await cli(['check', 'src', '--config', 'bad.json'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')[0]).toMatch(/^mitid-ux: cannot read the MitID settings in bad\.json: /);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('catalogs are discovered when none are configured (i18next namespaces, ngx-translate, vue-i18n), and named', async () => {
    const layouts: Record<string, Record<string, string>> = {
      i18next: { 'public/locales/da/auth.json': '{ "mitid": "Login med MitID" }', 'public/locales/en/auth.json': '{ "mitid": "Log on with MitID" }' },
      ngx: { 'src/assets/i18n/da.json': '{ "auth": { "mitid": "Login med MitID" } }', 'src/assets/i18n/en-GB.json': '{ "auth": { "mitid": "Log on with MitID" } }' },
      vueI18n: { 'src/locales/da-DK.json': '{ "auth": { "mitid": "Login med MitID" } }' },
    };
    for (const [name, files] of Object.entries(layouts)) {
      const key = name === 'i18next' ? 'auth:mitid' : 'auth.mitid';
      const dir = project({ ...files, 'package.json': '{ "name": "x" }\n', 'src/Cta.tsx': `export const C = () => <button onClick={go}>{t('${key}')}</button>;\n` });
      const r = await findings(['src'], dir);
      expect(r.list, name).toEqual(['src/Cta.tsx:1 mitid/approved-text']);
      expect(r.report.notes?.join('\n'), name).toMatch(/translation catalogs found .*da: /);
    }
  });
});
