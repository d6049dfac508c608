// cy.auditMitID() in real Chromium, laid out as Cypress runs it (Cypress itself is not installed: it
// downloads its own binary). The command module is loaded into a runner window (Cypress's spec
// realm) and the application under test into an iframe of it (Cypress's AUT frame), so the
// command's body audits a document of another window, as `cy.document()` yields in Cypress. The
// stand-in for Cypress keeps its shapes: Commands.add registers on `cy`, commands return a
// chainable whose `.then` callbacks run later, a throw inside one fails the test, Cypress.log
// records the entry. The command must fail with the same lines the CLI prints, and return the
// findings when told not to fail.
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatFindings, type PlainFinding } from '../../src/audit/index.js';
import { cli, ensureBuilt } from '../cli/run-cli.js';
import { launch } from './browser.js';
import { page, serve, type TestServer } from './serve.js';

let browser: Browser;
let server: TestServer;

/** A chainable: `.then` queues, `run()` (the runner's turn) drains the queue asynchronously. */
const CYPRESS_STAND_IN = `
  window.__logs = [];
  const chain = (get) => ({ then: (fn) => chain(async () => fn(await get())), run: () => Promise.resolve().then(get) });
  window.cy = { document: () => chain(() => document.getElementById('aut').contentDocument) };
  window.Cypress = {
    Commands: { add: (name, fn) => { window.cy[name] = (...args) => fn(...args); } },
    log: (entry) => window.__logs.push({ name: entry.name, message: entry.message, props: entry.consoleProps && entry.consoleProps() }),
  };
  /** One test: the command's chain run to its end, as the runner would (value or the error it fails with). */
  window.__runTest = (options) => window.cy.auditMitID(options).run().then((value) => ({ value }), (error) => ({ error: String(error && error.message) }));
`;

beforeAll(async () => {
  ensureBuilt();
  const out = await build({ entryPoints: ['src/cypress.ts'], bundle: true, format: 'iife', write: false, logLevel: 'silent' });
  server = await serve({
    '/__cypress/runner.js': (_req, res) => res.writeHead(200, { 'content-type': 'text/javascript' }).end(`${CYPRESS_STAND_IN}\n${out.outputFiles[0]?.text ?? ''}`),
    '/__cypress/runner': (req, res) => {
      const app = new URL(req.url ?? '', 'http://x').searchParams.get('app') ?? '/';
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><title>runner</title><script src="/__cypress/runner.js"></script><iframe id="aut" src="${app}" width="1000" height="660"></iframe>`);
    },
    '/bad': page('<button class="brand" id="b">Login with MitID</button>'),
    '/ok': page('<button class="brand" id="b">Log ind med MitID</button>'),
  });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the runner with `app` in its AUT frame, the app's fonts loaded. */
async function runner(app: string): Promise<Page> {
  const tab = await browser.newPage();
  await tab.goto(`${server.origin}/__cypress/runner?app=${app}`);
  const aut = tab.frame({ url: `${server.origin}${app}` });
  await aut?.waitForLoadState('load');
  await aut?.evaluate(() => document.fonts.ready);
  return tab;
}

type Outcome = { value?: PlainFinding[]; error?: string };
const run = (tab: Page, options: object): Promise<Outcome> => tab.evaluate((o) => (window as unknown as { __runTest(o: object): Promise<Outcome> }).__runTest(o), options);

it('registers cy.auditMitID, which audits the AUT frame and fails with the CLI lines', async () => {
  const tab = await runner('/bad');
  expect(await tab.evaluate(() => typeof (window as unknown as { cy: Record<string, unknown> }).cy.auditMitID)).toBe('function');
  const returned = await run(tab, { failOnFindings: false });
  expect(returned.value?.map((f) => [f.ruleId, f.selector])).toEqual([['mitid-cta-text', 'button#b']]);
  const failing = await run(tab, {});
  const lines = formatFindings(returned.value ?? []);
  expect(failing).toEqual({ error: `MitID problems on ${server.origin}/bad:\n${lines}` });
  // The same lines as the CLI for the same page (the CLI reads the page in its own browser).
  const r = await cli(['audit', `${server.origin}/bad`, '--viewport', 'desktop', '--no-click']);
  expect(r.stdout).toContain(lines);
  const logs = await tab.evaluate(() => (window as unknown as { __logs: { name: string; message: string; props: { findings: unknown[] } }[] }).__logs);
  expect(logs.map((l) => [l.name, l.message, l.props.findings.length])).toEqual([
    ['auditMitID', '1 MitID problem(s)', 1],
    ['auditMitID', '1 MitID problem(s)', 1],
  ]);
  await tab.close();
});

it('passes a compliant AUT page and logs it', async () => {
  const tab = await runner('/ok');
  expect(await run(tab, {})).toEqual({ value: [] });
  expect(await tab.evaluate(() => (window as unknown as { __logs: { message: string }[] }).__logs.map((l) => l.message))).toEqual(['no MitID problems']);
  await tab.close();
});
