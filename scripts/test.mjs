#!/usr/bin/env node
// `npm test`: type check, own lint, build, node-side tests (vitest), browser tests in Chromium
// (@web/test-runner), then one closing line with the totals: "N passed, N failed".
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const VITEST_JSON = 'node_modules/.cache/mitid-ux-kit/vitest.json';
const bin = (name) => `node_modules/.bin/${name}`;

/** Each step: a command, and optionally how to read its pass/fail counts. */
const steps = [
  { name: 'type check', cmd: [bin('tsc'), '-p', 'tsconfig.json', '--noEmit'] },
  { name: 'own lint', cmd: [bin('eslint'), '.', '--max-warnings', '0'] },
  { name: 'build', cmd: ['npm', 'run', '--silent', 'build'] },
  // Node tests drive Chromium too (the CLI's audit, the Storybook build), so find or install it first.
  { name: 'chromium', cmd: ['node', 'scripts/ensure-chromium.mjs'] },
  { name: 'node tests', cmd: [bin('vitest'), 'run'], counts: () => vitestCounts(), before: () => rmSync(VITEST_JSON, { force: true }) },
  // Real apps (React 18/19, Next.js, Vue, Nuxt, Angular, SvelteKit, HTML) installed from the packed kit, built and checked in Chromium.
  { name: 'framework tests', cmd: [bin('vitest'), 'run', '--config', 'test/frameworks/vitest.config.ts'], counts: () => vitestCounts('node_modules/.cache/mitid-ux-kit/vitest-frameworks.json') },
  { name: 'browser tests', cmd: [bin('wtr')], counts: wtrCounts, capture: true },
];

function vitestCounts(file = VITEST_JSON) {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: r.numPassedTests, failed: r.numFailedTests + (r.numTotalTestSuites === 0 ? 1 : 0), skipped: r.numPendingTests + r.numTodoTests };
}

function wtrCounts(output) {
  // wtr's summary line: "... | 25 passed, 0 failed" (and ", N skipped").
  // eslint-disable-next-line no-control-regex -- strips ANSI colour codes
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const all = [...plain.matchAll(/(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/g)];
  const last = all.at(-1);
  if (!last) return undefined;
  return { passed: Number(last[1]), failed: Number(last[2]), skipped: Number(last[3] ?? 0) };
}

function run({ cmd, capture }) {
  return new Promise((resolve) => {
    const child = spawn(cmd[0], cmd.slice(1), { stdio: ['ignore', capture ? 'pipe' : 'inherit', capture ? 'pipe' : 'inherit'], env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream?.on('data', (chunk) => {
        output += chunk;
        (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
      });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
const only = process.argv.slice(2);
for (const step of steps) {
  if (only.length && !only.some((o) => step.name.includes(o))) continue;
  console.log(`\n=== ${step.name}: ${step.cmd.join(' ')}`);
  const started = Date.now();
  step.before?.();
  const { code, output } = await run(step);
  let counts;
  try {
    counts = step.counts?.(output);
  } catch {
    counts = undefined;
  }
  if (counts) for (const k of Object.keys(totals)) totals[k] += counts[k];
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (code !== 0) {
    failedSteps.push(step.name);
    // A failed step counts as a failure even when it is not a test runner (type check, lint, build).
    if (!counts || counts.failed === 0) totals.failed += 1;
    console.log(`=== ${step.name}: FAILED (exit ${code}, ${seconds}s)`);
    // Without a build or a browser the later steps cannot mean anything.
    if (step.name === 'build' || step.name === 'chromium') break;
  } else {
    console.log(`=== ${step.name}: ok (${seconds}s)${counts ? ` ${counts.passed} passed, ${counts.failed} failed` : ''}`);
  }
}

console.log(`\n${failedSteps.length ? `Failed steps: ${failedSteps.join(', ')}` : 'All steps passed.'}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(failedSteps.length ? 1 : 0);
