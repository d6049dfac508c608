#!/usr/bin/env node
// `npm start`: the kit's main job. Builds the package, then builds the component gallery
// (Storybook, static and offline) so it can be opened from disk.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

function step(label, cmd, args) {
  console.log(`\n=== ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } });
  if (r.status !== 0) {
    console.error(`${label} failed (exit ${r.status}).`);
    process.exit(r.status ?? 1);
  }
}

step('build the package', 'npm', ['run', '--silent', 'build']);
if (existsSync('.storybook')) {
  step('build the component gallery', 'node_modules/.bin/storybook', ['build', '--quiet', '--disable-telemetry', '-o', 'storybook-static']);
  console.log(`\nGallery: open ${resolve('storybook-static/index.html')} (or: npx http-server storybook-static)`);
}
