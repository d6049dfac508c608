// `mitid-ux audit` as a process: real headless Chromium on the example pages, formats, the
// numbered screenshot, and clear errors for unreachable pages and a missing browser.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, sarifErrors, type JsonReport } from './run-cli.js';

// What the pages show; where their buttons lead (--click, on by default) is audit-click.test.ts.
beforeAll(ensureBuilt);

/** A local port nobody listens on: opened by the system, then closed again. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const VIOLATING = ['examples/html/login.html', 'examples/iframe/embedded-login.html', 'examples/broker/custom-login.html'];
const COMPLIANT = ['examples/html/login-compliant.html', 'examples/iframe/embedded-login-compliant.html', 'examples/broker/custom-login-compliant.html'];

describe('mitid-ux audit', () => {
  it('finds each kind of violation on the rendered example pages, with evidence (exit 1)', async () => {
    const r = await cli(['audit', '--no-click', ...VIOLATING, '-f', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.checked).toBe(3);
    const rules = (target: string): string[] => [...new Set(report.findings.filter((f) => f.target === target).map((f) => f.ruleId))].sort();
    expect(rules('examples/html/login.html')).toEqual(['mitid-cta-element', 'mitid-cta-name', 'mitid-cta-style', 'mitid-cta-text']);
    expect(rules('examples/iframe/embedded-login.html')).toEqual(['mitid-login-in-frame']);
    expect(rules('examples/broker/custom-login.html')).toEqual(['mitid-box-size']);
    // Text built by a script at run time: invisible to a linter, seen here.
    const text = report.findings.find((f) => f.ruleId === 'mitid-cta-text' && f.selector === 'button#login');
    expect(text?.evidence).toMatchObject({ visibleText: 'Login with MitID', suggestion: 'Log on with MitID' });
    expect(report.findings.find((f) => f.ruleId === 'mitid-login-in-frame')?.evidence?.host).toBe('shop.idura.broker');
  });

  it('is clean on the compliant twins (exit 0)', async () => {
    const r = await cli(['audit', '--no-click', ...COMPLIANT]);
    expect(r.stdout).toContain('No MitID problems in 3 pages');
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });

  it('writes valid SARIF with selectors and a numbered screenshot', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mitid-ux-audit-'));
    const shot = join(dir, 'login.png');
    const out = join(dir, 'audit.sarif');
    const r = await cli(['audit', '--no-click', 'examples/html/login.html', '-f', 'sarif', '-o', out, '--screenshot', shot]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/✖ \d+ MitID problems .* \(report in /);
    const log = JSON.parse(readFileSync(out, 'utf8')) as { runs: { results: { locations: { logicalLocations?: { fullyQualifiedName: string }[] }[] }[] }[] };
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs[0]!.results[0]!.locations[0]!.logicalLocations?.[0]?.fullyQualifiedName).toBe('button#login');
    const png = readFileSync(shot);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(5000);
  });

  it('reports an unreachable page and a missing file with exit 2, and still audits the rest', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/login`;
    const r = await cli(['audit', '--no-click', url, 'examples/nope.html', 'examples/html/login-compliant.html', '--timeout', '10000']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`could not check ${url}: unreachable (ERR_CONNECTION_REFUSED)`);
    expect(r.stdout).toContain('could not check examples/nope.html: no such file');
    expect(r.stdout).toContain('No MitID problems in 1 page');
  });

  it('says how to install a browser when none is found, and never downloads one', async () => {
    const r = await cli(['audit', '--no-click', 'examples/html/login.html'], { env: { CHROME_PATH: '/nonexistent/chrome' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No Chromium found');
    expect(r.stderr).toContain('apt-get install -y chromium');
  });
});
