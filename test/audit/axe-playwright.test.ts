// The way @axe-core/playwright teams would use it: axe's source plus an IIFE bundle of the audit
// that calls configureAxe, injected as one script into a page of real headless Chromium.
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../cli/src/lib/browser.js';
import { ensureChromium } from '../cli/run-cli.js';

const require = createRequire(import.meta.url);
let browser: Browser;

beforeAll(async () => {
  ensureChromium();
  const executablePath = findChromium();
  browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
});
afterAll(() => browser?.close());

describe('configureAxe through an injected axe source', () => {
  it('puts MitID findings into the axe results a Playwright test already reads', async () => {
    const axeSource = (require('axe-core') as { source: string }).source;
    const out = await build({ entryPoints: ['src/audit/index.ts'], bundle: true, format: 'iife', globalName: 'mitidUx', write: false, logLevel: 'silent' });
    const page = await browser.newPage();
    await page.setContent(`<main><h1>Log ind</h1><button id="cta" style="background:#1a73e8;color:#fff">Login with MitID</button></main>`);
    await page.evaluate(`${axeSource};${out.outputFiles[0]!.text};mitidUx.configureAxe(axe);`);
    const ids = await page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string }[] }> } }).axe.run();
      return r.violations.map((v) => v.id);
    });
    expect(ids).toEqual(expect.arrayContaining(['mitid-cta-text', 'mitid-cta-style']));
    await page.close();
  });
});
