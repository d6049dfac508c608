#!/usr/bin/env node
// Install size and time of the packages from a cold npm cache (issue 9): what `npx mitid-ux`
// costs a project that has installed nothing, against the browser-only `mitid-ux-kit`.
// Packs the four packages (build first: npm run build), installs each set into a fresh folder
// with an empty cache, and writes the wall time, node_modules size and package count to its
// section of BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
const grammars = readdirSync(join(root, 'cli/dist/grammars')).filter((f) => f.endsWith('.wasm'));
const text = `## Install size (\`node bench/install.mjs\`)

Machine: ${cpus().length} cores, ${cpus()[0]?.model.trim()}, node ${process.version}, npm ${spawnSync('npm', ['--version'], { encoding: 'utf8' }).stdout.trim()}. Date: ${new Date().toISOString().slice(0, 10)}.
${loadNote()}

Method: the four packages packed from this tree (\`npm pack\`), each set installed into a fresh folder with an empty npm cache (\`--prefer-online --ignore-scripts\`), dependencies from the npm registry; size of the files under \`node_modules\`, packages counted by folder.

| install (cold cache, npm registry) | time | node_modules | packages |
|---|---|---|---|
${rows.map((r) => `| ${r.label} | ${r.seconds.toFixed(1)} s | ${r.mb.toFixed(1)} MB | ${r.packages} |`).join('\n')}

The language checks' grammars ship inside \`mitid-ux\` (${grammars.length} \`.wasm\` files in \`dist/grammars\`, copied at build time from the \`tree-sitter-wasms\` development dependency): before that, \`mitid-ux\` depended on all of \`tree-sitter-wasms\` (36 grammars, 50 MB), and an earlier run of this script gave 127 MB and 404 packages (other dependencies have changed since).`;
const file = join(root, 'BENCHMARKS.md');
const [start, end] = ['<!-- bench:install -->', '<!-- /bench:install -->'];
const doc = readFileSync(file, 'utf8');
writeFileSync(file, doc.includes(start) ? doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), `${start}\n${text}\n${end}`) : `${doc.trimEnd()}\n\n${start}\n${text}\n${end}\n`);
console.log(text);
rmSync(out, { recursive: true, force: true });
