// The four packages as users get them (issue 9): packed, installed into a fresh folder outside
// the repository, then `npx mitid-ux check` on a small app finds the known problems with nothing
// else installed, and `eslint` with eslint-plugin-mitid and `stylelint` with stylelint-plugin-mitid
// give the same findings. Also: each tarball holds what its README links, and one version for all.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GRAMMARS } from '../../cli/src/languages/tree-sitter.js';
import { KIT_VERSION } from '../../src/core/version.js';
import { ensureBuilt, ROOT } from '../cli/run-cli.js';

const PACKAGES = [
  { dir: '.', name: 'mitid-ux-kit' },
  { dir: 'eslint-plugin', name: 'eslint-plugin-mitid' },
  { dir: 'stylelint-plugin', name: 'stylelint-plugin-mitid' },
  { dir: 'cli', name: 'mitid-ux' },
];

interface Packed {
  name: string;
  filename: string;
  files: { path: string }[];
}

let packed: Packed[] = [];
let app = '';

function run(cmd: string, args: string[], cwd: string, timeout = 600_000): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' } });
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: `${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

const APP: Record<string, string> = {
  'package.json': '{ "name": "acme-app", "private": true, "type": "module" }\n',
  'src/Login.tsx': "export const Login = ({ busy }: { busy: boolean }) => (\n  <button type=\"button\" onClick={go}>Login with MitID</button>\n);\n",
  'src/App.vue': '<script setup lang="ts">\nconst n: number = 1;\n</script>\n<template>\n  <iframe src="https://acme.idura.broker/oauth2/authorize?client_id=x&acr_values=urn:grn:authn:dk:mitid:substantial"></iframe>\n</template>\n',
  'src/button.css': '.mitid-button {\n  background-color: #1a73e8;\n  height: 40px;\n}\n',
  'src/page.html': '<!doctype html>\n<html><body><div class="mitid-btn" onclick="go()">Log ind med MitID</div></body></html>\n',
};
/** file:line rule, sorted: what every face must agree on. */
const EXPECTED = [
  'src/App.vue:5 mitid/no-embedded-login',
  'src/Login.tsx:2 mitid/approved-text',
  'src/button.css:2 mitid/button-style',
  'src/button.css:3 mitid/button-style',
  'src/page.html:2 mitid/cta-element',
];

beforeAll(() => {
  ensureBuilt();
  const out = mkdtempSync(join(tmpdir(), 'mitid-ux-pack-'));
  const r = run('npm', ['pack', '--workspaces', '--include-workspace-root', '--pack-destination', out, '--json'], ROOT);
  if (r.code !== 0) throw new Error(`npm pack failed: ${r.stderr}`);
  packed = (JSON.parse(r.stdout) as Packed[]).map((p) => ({ ...p, filename: join(out, p.filename) }));
  app = mkdtempSync(join(tmpdir(), 'mitid-ux-app-'));
  for (const [name, text] of Object.entries(APP)) {
    mkdirSync(dirname(join(app, name)), { recursive: true });
    writeFileSync(join(app, name), text);
  }
  // Every tarball at once: in the registry they would be found by name.
  const install = run('npm', ['install', '--no-save', '--ignore-scripts', ...packed.map((p) => p.filename)], app);
  if (install.code !== 0) throw new Error(`npm install of the tarballs failed: ${install.stderr}`);
}, 900_000);

describe('the packages as users install them', () => {
  it('one version for all four, the core names it, and the rule docs links are versioned and shipped', () => {
    for (const { dir, name } of PACKAGES) {
      const pkg = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) as { name: string; version: string; repository?: unknown; homepage?: string; bugs?: unknown; exports?: unknown; files?: string[]; dependencies?: Record<string, string> };
      expect(pkg.name).toBe(name);
      expect(pkg.version).toBe(KIT_VERSION);
      expect(pkg.repository && pkg.homepage && pkg.bugs && pkg.exports && pkg.files).toBeTruthy();
      for (const [dep, range] of Object.entries(pkg.dependencies ?? {})) if (PACKAGES.some((p) => p.name === dep)) expect(range, `${name} -> ${dep}`).toBe(KIT_VERSION);
    }
    const kit = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    // The component package reaches browser apps: Lit is its only runtime dependency.
    expect(Object.keys(kit.dependencies)).toEqual(['lit']);
  });

  it('each tarball holds its README, its licence, and every file its README links', () => {
    for (const p of packed) {
      const paths = new Set(p.files.map((f) => f.path));
      expect(paths.has('README.md'), p.name).toBe(true);
      expect(paths.has('LICENSE'), p.name).toBe(true);
      const dir = PACKAGES.find((x) => x.name === p.name)?.dir ?? '.';
      const readme = readFileSync(join(ROOT, dir, 'README.md'), 'utf8');
      const links = [...readme.matchAll(/\]\((?!https?:|#|mailto:)([^)#\s]+)[^)]*\)/g)].map((m) => (m[1] ?? '').replace(/^\.\//, ''));
      for (const link of links) {
        const shipped = paths.has(link) || [...paths].some((f) => f.startsWith(`${link.replace(/\/$/, '')}/`));
        expect(shipped, `${p.name}'s README links ${link}, which is not in the tarball`).toBe(true);
      }
    }
  });

  it('the rule docs URLs point at files inside the tarballs', async () => {
    const eslintPlugin = (await import(join(app, 'node_modules/eslint-plugin-mitid/dist/index.js'))) as { default: { rules: Record<string, { meta?: { docs?: { url?: string } } }> } };
    const stylelintPlugin = (await import(join(app, 'node_modules/stylelint-plugin-mitid/dist/index.js'))) as { default: { ruleName: string; rule: { meta?: { url?: string } } }[] };
    const urls = [...Object.values(eslintPlugin.default.rules).map((r) => r.meta?.docs?.url), ...stylelintPlugin.default.map((p) => p.rule.meta?.url)];
    expect(urls.length).toBeGreaterThanOrEqual(9);
    for (const url of urls) {
      const m = /^https:\/\/unpkg\.com\/([^@/]+)@([^/]+)\/(.+)$/.exec(url ?? '');
      expect(m, url).toBeTruthy();
      expect(m?.[2]).toBe(KIT_VERSION);
      expect(existsSync(join(app, 'node_modules', m?.[1] ?? '', m?.[3] ?? '')), url).toBe(true);
    }
  });

  it('npx mitid-ux check finds the known problems with nothing else installed', () => {
    const r = run('npx', ['--no-install', 'mitid-ux', 'check', 'src', '-f', 'json'], app);
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as { checked: number; findings: { target: string; line: number; ruleId: string }[]; errors: unknown[] };
    expect(report.errors).toEqual([]);
    expect(report.checked).toBe(4);
    expect(report.findings.map((f) => `${f.target}:${f.line} ${f.ruleId}`).sort()).toEqual(EXPECTED);
  });

  it('the cli tarball ships only the grammars the language checks load, with their licences, and needs no tree-sitter-wasms', () => {
    const cli = packed.find((p) => p.name === 'mitid-ux') as Packed;
    const wasm = cli.files.map((f) => f.path).filter((f) => f.endsWith('.wasm')).sort();
    expect(wasm).toEqual(GRAMMARS.map((g) => `dist/grammars/tree-sitter-${g}.wasm`).sort());
    const notice = readFileSync(join(app, 'node_modules/mitid-ux/dist/grammars/NOTICE.md'), 'utf8');
    for (const g of GRAMMARS) expect(notice, g).toMatch(new RegExp(`## tree-sitter-${g}\\.wasm\\n\\nFrom [^\\n]+licence (?:MIT|ISC)`));
    expect(existsSync(join(app, 'node_modules/tree-sitter-wasms')), 'tree-sitter-wasms installed').toBe(false);
  });

  it('npx mitid-ux check reads a PHP view and a SwiftUI view from the installed tarball', () => {
    const dir = join(app, 'apps');
    mkdirSync(join(dir, 'ios'), { recursive: true });
    writeFileSync(join(dir, 'login.php'), '<?php $title = "Login"; ?>\n<?php if ($mitid): ?>\n  <button type="submit" class="btn btn-mitid">Login med MitID</button>\n<?php endif; ?>\n');
    writeFileSync(join(dir, 'ios/LoginView.swift'), 'import SwiftUI\n\nstruct LoginView: View {\n  var body: some View {\n    Button("Log ind med MitId") { model.login() }\n  }\n}\n');
    const r = run('npx', ['--no-install', 'mitid-ux', 'check', 'apps', '-f', 'json'], app);
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as { checked: number; findings: { target: string; line: number; ruleId: string }[]; errors: unknown[] };
    expect(report.errors).toEqual([]);
    expect(report.checked).toBe(2);
    expect(report.findings.map((f) => `${f.target}:${f.line} ${f.ruleId}`).sort()).toEqual(['apps/ios/LoginView.swift:5 mitid/approved-text', 'apps/login.php:3 mitid/approved-text']);
  });

  it('from the installed tarball an Astro page is checked, and an MDX page without the optional eslint-mdx is named with the command that adds it', () => {
    const dir = join(app, 'site');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'login.astro'), '---\nconst title = "Log ind";\n---\n<h1>{title}</h1>\n<button class="btn-mitid">Login med MitID</button>\n');
    writeFileSync(join(dir, 'guide.mdx'), '# Guide\n\n<button class="btn-mitid">Login med MitID</button>\n');
    expect(existsSync(join(app, 'node_modules/eslint-mdx')), 'eslint-mdx installed').toBe(false);
    const r = run('npx', ['--no-install', 'mitid-ux', 'check', 'site', '-f', 'json'], app);
    expect(r.code, r.stderr).toBe(2);
    const report = JSON.parse(r.stdout) as { findings: { target: string; line: number; ruleId: string }[]; errors: { target: string; message: string }[] };
    expect(report.findings.map((f) => `${f.target}:${f.line} ${f.ruleId}`)).toEqual(['site/login.astro:5 mitid/approved-text']);
    expect(report.errors).toEqual([{ target: 'site/guide.mdx', message: expect.stringMatching(/eslint-mdx.*npm install --save-dev eslint-mdx/) }]);
  });

  it('eslint with eslint-plugin-mitid and stylelint with stylelint-plugin-mitid give the same findings', () => {
    writeFileSync(
      join(app, 'eslint.config.js'),
      "import mitid from 'eslint-plugin-mitid';\nimport tsParser from '@typescript-eslint/parser';\n\nexport default [\n  ...mitid.configs.recommended,\n  { files: ['**/*.tsx'], languageOptions: { parser: tsParser } },\n  { files: ['**/*.vue'], languageOptions: { parserOptions: { parser: tsParser } } },\n];\n",
    );
    writeFileSync(join(app, '.stylelintrc.json'), '{ "extends": ["stylelint-plugin-mitid/config"] }\n');
    const eslint = run('npx', ['--no-install', 'eslint', 'src', '-f', 'json'], app);
    expect(eslint.code, eslint.stderr).toBe(1);
    const eslintFindings = (JSON.parse(eslint.stdout) as { filePath: string; messages: { line: number; ruleId: string | null }[] }[]).flatMap((r) => r.messages.map((m) => `${r.filePath.slice(app.length + 1)}:${m.line} ${m.ruleId}`));
    const stylelint = run('npx', ['--no-install', 'stylelint', 'src/**/*.{css,vue,html,tsx}', '-f', 'json'], app);
    const stylelintFindings = (JSON.parse(stylelint.stdout || stylelint.stderr) as { source: string; warnings: { line: number; rule: string }[] }[]).flatMap((r) => r.warnings.map((w) => `${r.source.slice(app.length + 1)}:${w.line} ${w.rule}`));
    expect([...eslintFindings, ...stylelintFindings].sort()).toEqual(EXPECTED);
  });
});
