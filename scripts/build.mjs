#!/usr/bin/env node
// `npm run build`: every package of the repository, in dependency order. The workspaces import
// `mitid-ux-kit` by name, so the root package (and its audit bundle) is built first.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const steps = [
  ['mitid-ux-kit', 'node_modules/.bin/tsc', ['-p', 'tsconfig.build.json']],
  ['mitid-ux-kit: audit bundle', 'node', ['scripts/bundle-audit.mjs']],
  ['eslint-plugin-mitid', 'node_modules/.bin/tsc', ['-p', 'eslint-plugin/tsconfig.build.json']],
  ['stylelint-plugin-mitid', 'node_modules/.bin/tsc', ['-p', 'stylelint-plugin/tsconfig.build.json']],
  ['mitid-ux', 'node_modules/.bin/tsc', ['-p', 'cli/tsconfig.build.json']],
  ['mitid-ux: grammars', 'node', ['scripts/grammars.mjs']],
  ['custom-elements.json', 'node_modules/.bin/cem', ['analyze', '--quiet', '--config', 'custom-elements-manifest.config.mjs']],
  ['editor data (VS Code, JetBrains)', 'node', ['scripts/custom-data.mjs']],
];

for (const dir of ['dist', 'eslint-plugin/dist', 'stylelint-plugin/dist', 'cli/dist']) rmSync(dir, { recursive: true, force: true });
for (const [name, cmd, args] of steps) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`build: ${name} failed (exit ${r.status ?? r.signal}).`);
    process.exit(r.status || 1);
  }
}
