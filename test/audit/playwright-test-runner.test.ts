// toPassMitIDAudit under Playwright Test itself (@playwright/test's runner, expect.extend and .not),
// in the system's Chromium: fixtures/playwright-test is a team's suite, run as a process, and its
// JSON report says which tests passed and with which message the others failed.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { findChromium } from '../../cli/src/lib/browser.js';
import { auditPage, formatFindings } from '../../src/playwright.js';
import { ensureBuilt, ROOT } from '../cli/run-cli.js';
import { page, serve, type TestServer } from './serve.js';

const LOGIN = 'https://acme.idura.broker/oauth2/authorize?acr_values=urn:grn:authn:dk:mitid:substantial&login_hint=action:login';
const CONFIG = fileURLToPath(new URL('fixtures/playwright-test/playwright.config.ts', import.meta.url));
let server: TestServer;

beforeAll(async () => {
  ensureBuilt(); // the suite imports mitid-ux-kit/playwright as a team does: the built package
  server = await serve({
    '/ok': page(`<a class="brand" href="${LOGIN}">Log ind med MitID</a>`),
    '/bad': page(`<button class="brand" id="b">Login with MitID</button>`),
    '/popup': page(`<button class="brand" id="b">Log ind med MitID</button><script>
      document.getElementById('b').onclick = () => window.open(${JSON.stringify(LOGIN)}, 'mitid', 'width=452,height=600');
    </script>`),
  });
});
afterAll(() => server?.close());

interface PwReport {
  suites: { specs: { title: string; tests: { results: { status: string; errors: { message?: string }[] }[] }[] }[] }[];
  errors: { message?: string }[];
}

function runPlaywrightTest(): Promise<{ code: number; report: PwReport; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`${ROOT}node_modules/@playwright/test/cli.js`, 'test', '--config', CONFIG], {
      cwd: ROOT,
      env: { ...process.env, CHROME_PATH: findChromium(), MITID_UX_ORIGIN: server.origin, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', FORCE_COLOR: '0', CI: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, report: JSON.parse(stdout || '{"suites":[],"errors":[]}') as PwReport, stderr }));
  });
}

/** The findings' lines as auditPage (and the CLI) print them for `path`. */
async function lines(path: string, click: boolean): Promise<string> {
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox'] });
  try {
    // browser.newPage(): its context refuses a second tab, so auditPage opens its own for the clicks.
    const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await tab.goto(server.origin + path);
    return formatFindings((await auditPage(tab, { click })).findings);
  } finally {
    await browser.close();
  }
}

/** The failure's message without the runner's "Error: " and its code frame of the spec. */
// eslint-disable-next-line no-control-regex -- the runner's messages may carry colour codes
const plain = (text = ''): string => text.replace(/\u001b\[[\d;]*m/g, '').replace(/^Error: /, '').split(/\n\n\s+\d+ \|/)[0] ?? '';

it('passes and fails as Playwright Test reports them, with the CLI lines, .not, and nothing leaving 127.0.0.1', async () => {
  const { code, report, stderr } = await runPlaywrightTest();
  expect(report.errors, stderr).toEqual([]);
  const results = Object.fromEntries(
    report.suites.flatMap((s) => s.specs).map((spec) => {
      const r = spec.tests[0]?.results[0];
      return [spec.title, { status: r?.status, errors: (r?.errors ?? []).map((e) => plain(e.message)) }];
    }),
  );
  expect(Object.keys(results)).toEqual([
    'a compliant page passes, its click followed',
    'a violating page fails with the findings',
    '.not passes a violating page',
    '.not fails a compliant page',
    'a popup too short for the box fails, with the click followed',
  ]);
  expect(code).toBe(1);
  expect(results['a compliant page passes, its click followed']).toEqual({ status: 'passed', errors: [] });
  expect(results['.not passes a violating page']).toEqual({ status: 'passed', errors: [] });

  const bad = results['a violating page fails with the findings'];
  expect(bad?.status).toBe('failed');
  expect(bad?.errors).toEqual([`MitID problems on ${server.origin}/bad:\n${await lines('/bad', false)}`]);

  const not = results['.not fails a compliant page'];
  expect(not?.status).toBe('failed');
  expect(not?.errors).toEqual([`expected MitID problems on ${server.origin}/ok, found none`]);

  const popup = results['a popup too short for the box fails, with the click followed'];
  expect(popup?.status).toBe('failed');
  expect(popup?.errors).toEqual([`MitID problems on ${server.origin}/popup:\n${await lines('/popup', true)}`]);
  expect(popup?.errors[0]).toContain('The MitID popup opened by the click is 600px tall; it needs at least 660px');
});
