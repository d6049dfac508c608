// cy.auditMitID() in real Chromium: the command module loaded into a page where a minimal stand-in
// for Cypress's Commands/cy/log API registers and runs it (Cypress itself is not installed here).
// It must fail with the same lines the CLI prints, and return the findings when told not to fail.
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatFindings, type PlainFinding } from '../../src/audit/index.js';
import { launch } from './browser.js';
import { page, serve, type TestServer } from './serve.js';

let browser: Browser;
let server: TestServer;
beforeAll(async () => {
  const out = await build({ entryPoints: ['src/cypress.ts'], bundle: true, format: 'iife', write: false, logLevel: 'silent' });
  const shim = `window.__commands = {}; window.__logs = [];
    window.Cypress = { Commands: { add: (name, fn) => { window.__commands[name] = fn; } }, log: (e) => window.__logs.push(e.message) };
    window.cy = { document: () => ({ then: (fn) => { try { return { value: fn(document) }; } catch (error) { return { error: error.message }; } } }) };`;
  server = await serve({
    '/cypress.js': (_req, res) => res.writeHead(200, { 'content-type': 'text/javascript' }).end(`${shim}\n${out.outputFiles[0]?.text ?? ''}`),
    '/bad': page('<button class="brand" id="b">Login with MitID</button><script src="/cypress.js"></script>'),
    '/ok': page('<button class="brand" id="b">Log ind med MitID</button><script src="/cypress.js"></script>'),
  });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('registers cy.auditMitID, which fails with the CLI lines or returns the findings', async () => {
  const tab = await browser.newPage();
  await tab.goto(`${server.origin}/bad`);
  await tab.evaluate(() => document.fonts.ready);
  const run = (options: object) => tab.evaluate((o) => (window as unknown as { __commands: Record<string, (o: object) => { value?: unknown; error?: string }> }).__commands.auditMitID?.(o), options);
  const failing = await run({});
  const returned = (await run({ failOnFindings: false })) as { value: PlainFinding[] };
  expect(returned.value.map((f) => [f.ruleId, f.selector])).toEqual([['mitid-cta-text', 'button#b']]);
  expect(failing).toEqual({ error: `MitID problems on ${server.origin}/bad:\n${formatFindings(returned.value)}` });
  await tab.goto(`${server.origin}/ok`);
  await tab.evaluate(() => document.fonts.ready);
  expect(await run({})).toEqual({ value: [] });
  expect(await tab.evaluate(() => (window as unknown as { __logs: string[] }).__logs)).toEqual(['no MitID problems']);
  await tab.close();
});
