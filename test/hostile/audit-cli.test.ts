// `mitid-ux audit` as a process against hostile pages (issue 13): a page that cannot be settled is
// exit 2 with the reason, --timeout bounds every wait, and page script steers nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, type JsonReport } from '../cli/run-cli.js';
import { page, serve, type TestServer } from '../audit/serve.js';

const OK = '<button class="brand" type="button">Log ind med MitID</button>';
let server: TestServer;

beforeAll(async () => {
  ensureBuilt();
  server = await serve({
    '/reloads': page(`${OK}<script>setTimeout(() => location.reload(), 300)</script>`),
    '/font-never-answers': `<!doctype html><html><head><meta charset="utf-8"><style>@font-face { font-family: "IBM Plex Sans"; font-weight: 600; src: url(/never) format("woff2"); }
      .b { font: 600 16px "IBM Plex Sans", sans-serif }</style></head><body><button class="b">Log ind med MitID</button><script>document.fonts.load('600 16px "IBM Plex Sans"')</script></body></html>`,
    '/raf-and-fonts-patched': page(`<button class="brand">Login with MitID</button><script>
      window.requestAnimationFrame = () => 0;
      Object.defineProperty(document, 'fonts', { get: () => ({ ready: new Promise(() => {}), [Symbol.iterator]: function* () {} }) });
      window.getComputedStyle = () => ({ getPropertyValue: () => '' });
    </script>`),
    '/ok': page(OK),
    '/late': page(`<div id="app"></div><script>setTimeout(() => { document.getElementById('app').innerHTML = '<button class="brand" id="late">Login with MitID</button>'; }, 2500)</script>`),
  });
});
afterAll(() => server?.close());

describe('mitid-ux audit: hostile pages', () => {
  it('a page that reloads itself: exit 2, with the reason', async () => {
    const r = await cli(['audit', `${server.origin}/reloads`, '--timeout', '8000', '--viewport', 'desktop']);
    expect(r.code).toBe(2);
    // Which deadline runs out first depends on the machine's load: either way it is exit 2 with the reason.
    expect(r.stdout).toMatch(/could not check .*\/reloads: the page could not be settled: (?:it kept loading new documents|its web fonts did not finish loading)/);
  });

  it('a font request that never answers: exit 2 within --timeout, never a hang', async () => {
    const started = Date.now();
    const r = await cli(['audit', `${server.origin}/font-never-answers`, '--timeout', '3000', '--viewport', 'desktop']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/could not check .*font-never-answers: (did not finish loading in time|the page could not be settled: its web fonts did not finish loading)/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('patched requestAnimationFrame, document.fonts and getComputedStyle: audited anyway, the wrong text found (exit 1)', async () => {
    const r = await cli(['audit', `${server.origin}/raf-and-fonts-patched`, '-f', 'json', '--timeout', '10000', '--no-click']);
    expect(r.code, r.stderr).toBe(1);
    expect((JSON.parse(r.stdout) as JsonReport).findings.map((f) => f.ruleId)).toEqual(['mitid-cta-text']);
  });

  it('audits at a phone and a desktop size by default; a finding seen at both is listed once', async () => {
    const r = await cli(['audit', `${server.origin}/raf-and-fonts-patched`, `${server.origin}/ok`, '-f', 'json', '--concurrency', '2', '--no-click']);
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.checked).toBe(2);
    expect(report.findings.map((f) => [f.target.replace(server.origin, ''), f.ruleId, f.evidence?.viewport])).toEqual([['/raf-and-fonts-patched', 'mitid-cta-text', undefined]]);
  });

  it('refuses a bad --viewport, --concurrency and --storage-state with a clear message (exit 2)', async () => {
    const bad = await cli(['audit', `${server.origin}/ok`, '--viewport', 'huge']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--viewport takes names (phone, tablet, desktop) or WIDTHxHEIGHT');
    const zero = await cli(['audit', `${server.origin}/ok`, '--concurrency', '0']);
    expect(zero.stderr).toContain('--concurrency takes a whole number of at least 1');
    const missing = await cli(['audit', `${server.origin}/ok`, '--storage-state', 'no-such-state.json']);
    expect([missing.code, missing.stderr.split('\n')[0]]).toEqual([2, expect.stringMatching(/^mitid-ux: --storage-state no-such-state\.json could not be read: ENOENT/)]);
    expect(missing.stderr).not.toContain('    at ');
    const notState = await cli(['audit', `${server.origin}/ok`, '--storage-state', 'package.json']);
    expect([notState.code, notState.stderr.split('\n')[0]]).toEqual([2, 'mitid-ux: --storage-state package.json is not a Playwright storage state (a JSON object with "cookies" and "origins" lists)']);
  });

  it('--wait-for holds the audit until an app has rendered its button', async () => {
    const r = await cli(['audit', `${server.origin}/late`, '--wait-for', '#late', '--viewport', 'desktop', '--no-click', '-f', 'json']);
    expect((JSON.parse(r.stdout) as JsonReport).findings.map((f) => [f.ruleId, f.selector])).toEqual([['mitid-cta-text', 'button#late']]);
    const gone = await cli(['audit', `${server.origin}/ok`, '--wait-for', '#never', '--viewport', 'desktop', '--timeout', '3000']);
    expect(gone.code).toBe(2);
    expect(gone.stdout).toContain('--wait-for "#never" did not appear within the timeout');
  });
});
