#!/usr/bin/env node
// Install size and time of the packages from a cold npm cache (issue 9): what `npx mitid-ux`
// costs a project that has installed nothing, against the browser-only `mitid-ux-kit`.
// Packs the four packages (build first: npm run build), installs each set into a fresh folder
// with an empty cache, and prints the wall time, node_modules size and package count.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadNote } from './lib/load.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'mitid-bench-pack-'));
const pack = spawnSync('npm', ['pack', '--workspaces', '--include-workspace-root', '--pack-destination', out, '--json'], { cwd: root, encoding: 'utf8' });
if (pack.status !== 0) throw new Error(pack.stderr);
const tarballs = Object.fromEntries(JSON.parse(pack.stdout).map((p) => [p.name, join(out, p.filename)]));

function size(dir) {
  let bytes = 0;
  let packages = 0;
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop();
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== '.bin' && (d.endsWith('node_modules') || d.split('/').at(-2) === 'node_modules') && !e.name.startsWith('@') && !e.name.startsWith('.')) packages++;
        stack.push(full);
      } else if (e.isFile()) bytes += statSync(full).size;
    }
  }
  return { bytes, packages };
}

function install(label, names) {
  const app = mkdtempSync(join(tmpdir(), 'mitid-bench-app-'));
  const cache = mkdtempSync(join(tmpdir(), 'mitid-bench-cache-'));
  spawnSync('npm', ['init', '-y'], { cwd: app, stdio: 'ignore' });
  const started = process.hrtime.bigint();
  const r = spawnSync('npm', ['install', '--cache', cache, '--prefer-online', '--no-audit', '--no-fund', '--ignore-scripts', ...names.map((n) => tarballs[n])], { cwd: app, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`${label}: ${r.stderr}`);
  const { bytes, packages } = size(join(app, 'node_modules'));
  rmSync(cache, { recursive: true, force: true });
  rmSync(app, { recursive: true, force: true });
  return { label, seconds, mb: bytes / 1048576, packages };
}

const rows = [
  install('mitid-ux (the command, with everything it runs)', ['mitid-ux', 'mitid-ux-kit', 'eslint-plugin-mitid', 'stylelint-plugin-mitid']),
  install('mitid-ux-kit (component, core, audit)', ['mitid-ux-kit']),
  install('eslint-plugin-mitid (+ eslint as the user installs it)', ['eslint-plugin-mitid', 'mitid-ux-kit']),
];
console.log(`Machine: ${cpus().length} x ${cpus()[0]?.model}, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log('| install (cold cache, npm registry) | time | node_modules | packages |\n|---|---|---|---|');
for (const r of rows) console.log(`| ${r.label} | ${r.seconds.toFixed(1)} s | ${r.mb.toFixed(1)} MB | ${r.packages} |`);
console.log(loadNote());
rmSync(out, { recursive: true, force: true });
