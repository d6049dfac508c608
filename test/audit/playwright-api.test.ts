// mitid-ux-kit/playwright in a team's own test: auditPage and the toPassMitIDAudit matcher, on pages
// from 127.0.0.1, printing the same lines as the CLI; with click, nothing reaches the broker.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPage, formatFindings, withMitIDMatchers, type AuditPageOptions } from '../../src/playwright.js';
import { cli, ensureBuilt } from '../cli/run-cli.js';
import { launch } from './browser.js';
import { page, serve, type TestServer } from './serve.js';

const LOGIN = 'https://acme.idura.broker/oauth2/authorize?acr_values=urn:grn:authn:dk:mitid:substantial&login_hint=action:login';
let browser: Browser;
let server: TestServer;
const mitidExpect = withMitIDMatchers(expect);
declare module 'vitest' {
  interface Matchers {
    toPassMitIDAudit(options?: AuditPageOptions): Promise<void>;
  }
}

beforeAll(async () => {
  ensureBuilt();
  browser = await launch();
  server = await serve({
    '/ok': page(`<a class="brand" href="${LOGIN}">Log ind med MitID</a>`),
    '/bad': page(`<button class="brand" id="b" style="letter-spacing:2px">Login with MitID</button>`),
    '/popup-locked': page(`<button class="brand" id="b">Log ind med MitID</button><script>
      document.getElementById('b').onclick = () => window.open(${JSON.stringify(LOGIN)}, 'mitid', 'width=500,height=700,scrollbars=no,resizable=no');
    </script>`),
    '/popup': page(`<button class="brand" id="b">Log ind med MitID</button><script>
      document.getElementById('b').onclick = () => window.open(${JSON.stringify(LOGIN)}, 'mitid', 'width=452,height=600');
    </script>`),
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A context like a team's: every request that is not to 127.0.0.1 and not answered by the audit is recorded. */
async function guarded(): Promise<{ context: BrowserContext; left: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const left: string[] = [];
  await context.route(
    (u) => u.hostname !== '127.0.0.1',
    (route) => {
      left.push(route.request().url());
      return route.abort();
    },
  );
  return { context, left };
}

describe('mitid-ux-kit/playwright', () => {
  it('toPassMitIDAudit passes a compliant page, with the click followed, and nothing leaves 127.0.0.1', async () => {
    const { context, left } = await guarded();
    const tab = await context.newPage();
    await tab.goto(`${server.origin}/ok`);
    await mitidExpect(tab).toPassMitIDAudit({ click: true });
    expect(left).toEqual([]);
    await context.close();
  });

  it('fails a violating page with the same lines the CLI prints', async () => {
    const { context } = await guarded();
    const tab = await context.newPage();
    await tab.goto(`${server.origin}/bad`);
    const error = await mitidExpect(tab).toPassMitIDAudit().then(() => undefined, (e: unknown) => e as Error);
    const { findings } = await auditPage(tab);
    expect(findings.map((f) => f.ruleId)).toEqual(['mitid-cta-text', 'mitid-cta-visual']);
    const r = await cli(['audit', `${server.origin}/bad`, '--viewport', 'desktop', '--no-click']);
    const block = formatFindings(findings);
    expect(r.stdout).toContain(block);
    expect(error?.message).toContain(block);
    await context.close();
  });

  it('auditPage with click reports a popup too short for the MitID box', async () => {
    const { context, left } = await guarded();
    const tab = await context.newPage();
    await tab.goto(`${server.origin}/popup`);
    const { findings, followed } = await auditPage(tab, { click: true });
    expect(findings.map((f) => f.message)).toEqual(['The MitID popup opened by the click is 600px tall; it needs at least 660px (features "width=452,height=600")']);
    expect(followed.map((f) => [f.input, f.outcome, f.loginUrl])).toEqual([
      ['mouse', 'popup', LOGIN],
      ['keyboard', 'popup', LOGIN],
    ]);
    expect(left).toEqual([]);
    await context.close();
  });
});

it('a popup with scrollbars and resizing turned off: both are findings', async () => {
  const { context, left } = await guarded();
  const tab = await context.newPage();
  await tab.goto(`${server.origin}/popup-locked`);
  const { findings } = await auditPage(tab, { click: true });
  expect(findings.map((f) => f.message.replace(/ \(features .*$/, ''))).toEqual(['The MitID popup opened by the click turns scrollbars off', 'The MitID popup opened by the click cannot be resized']);
  expect(left).toEqual([]);
  await context.close();
});

it('judges a popup by the size of the tab the click happened in, not of another tab of the context', async () => {
  const { context, left } = await guarded();
  const phoneSized = await context.newPage();
  await phoneSized.setViewportSize({ width: 390, height: 844 });
  const tab = await context.newPage();
  await tab.goto(`${server.origin}/popup`);
  const { findings } = await auditPage(tab, { click: true });
  expect(findings.map((f) => f.message.replace(/ \(features .*$/, ''))).toEqual(['The MitID popup opened by the click is 600px tall; it needs at least 660px']);
  expect(left).toEqual([]);
  await context.close();
});
