#!/usr/bin/env node
// `npm start`: the kit's main job. Builds the package, then builds the component gallery
// (Storybook, static and offline) so it can be opened from disk.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Runs a step; `expect` is the exit code that means success (1: the tool found what it should). */
function step(label, cmd, args, expect = 0) {
  console.log(`\n=== ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } });
  if (r.status !== expect) {
    console.error(`${label} failed (exit ${r.status}).`);
    process.exit(r.status ?? 1);
  }
}

step('build the package', 'npm', ['run', '--silent', 'build']);
if (existsSync('.storybook')) {
  step('build the component gallery', 'node_modules/.bin/storybook', ['build', '--quiet', '--disable-telemetry', '-o', 'storybook-static']);
  console.log(`\nGallery: open ${resolve('storybook-static/index.html')} (or: npx http-server storybook-static)`);
}

// The kit's command on the bundled examples: the compliant twins pass, the violating pages show
// every kind of problem the linters and the runtime audit find (exit 1 there is the point).
const cli = ['cli/dist/mitid-ux.js'];
const twins = ['examples/html/login-compliant.html', 'examples/html/login-compliant.css', 'examples/react/LoginPage.compliant.tsx', 'examples/vue/LoginPage.compliant.vue', 'examples/iframe/embedded-login-compliant.html', 'examples/broker/custom-login-compliant.html'];
const violating = ['examples/html/login.html', 'examples/html/login.css', 'examples/react/LoginPage.tsx', 'examples/vue/LoginPage.vue', 'examples/iframe/embedded-login.html', 'examples/broker/custom-login.html'];
const pages = (files) => files.filter((f) => f.endsWith('.html'));
step('mitid-ux check: the compliant examples', 'node', [...cli, 'check', ...twins]);
step('mitid-ux check: the violating examples (problems found on purpose)', 'node', [...cli, 'check', ...violating], 1);
step('find Chromium for the audit', 'node', ['scripts/ensure-chromium.mjs']);
// The examples are static pages with no login wired to their buttons: audited without --click.
step('mitid-ux audit: the compliant pages in headless Chromium', 'node', [...cli, 'audit', '--no-click', ...pages(twins)]);
step('mitid-ux audit: the violating pages (problems found on purpose)', 'node', [...cli, 'audit', '--no-click', ...pages(violating), '--screenshot', 'dist/examples-audit/audit.png'], 1);
console.log(`\nScreenshots with each finding outlined and numbered: ${resolve('dist/examples-audit')}`);
