// `mitid-ux audit --crawl` and `--sitemap` (issue 14): a ten-page site on 127.0.0.1, one violation
// on the eighth page; links to other origins and to the broker are never followed, and with the
// clicks followed nothing leaves 127.0.0.1 (Chromium behind the logging proxy of audit-offline.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page, serve, type TestServer } from '../audit/serve.js';
import { offlineChromium, type OfflineChromium } from './audit-offline.js';
import { cli, ensureBuilt, type JsonReport } from './run-cli.js';

let site: TestServer;
let elsewhere: TestServer;
let offline: OfflineChromium;
const BROKER = 'https://acme.idura.broker/oauth2/authorize?acr_values=urn:grn:authn:dk:mitid:substantial&login_hint=action:login';

beforeAll(async () => {
  ensureBuilt();
  offline = await offlineChromium();
  elsewhere = await serve({ '/': page('<button class="brand">Login with MitID</button>') });
  const routes: Record<string, string> = {};
  // A chain: / → /p2 → ... → /p10, each page also linking back home, to a file, another origin and the broker.
  for (let i = 1; i <= 10; i++) {
    const path = i === 1 ? '/' : `/p${i}`;
    const next = i < 10 ? `<a href="/p${i + 1}#top">next</a>` : '';
    const cta = i === 8 ? '<a class="brand" href="' + BROKER + '">Login with MitID</a>' : `<a class="brand" href="${BROKER}">Log ind med MitID</a>`;
    routes[path] = page(`<nav><a href="/">home</a> ${next} <a href="/terms.pdf">terms</a> <a href="${elsewhere.origin}/">partner</a></nav><h1>Page ${i}</h1>${cta}`);
  }
  routes['/sitemap.xml'] = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>__ORIGIN__/p8</loc></url><url><loc>__ORIGIN__/p3</loc></url></urlset>`;
  site = await serve(routes);
  routes['/sitemap.xml'] = routes['/sitemap.xml'].replaceAll('__ORIGIN__', site.origin);
});
afterAll(async () => {
  await site?.close();
  await elsewhere?.close();
  await offline?.close();
});

describe('mitid-ux audit --crawl', () => {
  it('audits ten same-origin pages, one report grouped by page, the one violation on the eighth', async () => {
    const r = await cli(['audit', `${site.origin}/`, '--crawl', '--depth', '20', '--viewport', 'desktop', '--concurrency', '3', '-f', 'json'], { env: { CHROME_PATH: offline.chrome } });
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.checked).toBe(10);
    expect(report.findings.map((f) => [f.target.replace(site.origin, ''), f.ruleId, f.selector])).toEqual([['/p8', 'mitid-cta-text', 'html > body > a']]);
    expect(report.errors).toEqual([]);
    // Every page was loaded once for the audit and once per click (mouse and Enter): all ten followed.
    for (let i = 1; i <= 10; i++) expect(site.log.filter((l) => l === `GET ${i === 1 ? '/' : `/p${i}`}`).length, `page ${i}`).toBeGreaterThanOrEqual(3);
    expect(offline.leaked).toEqual([]);
    expect(site.log.some((l) => l.includes('terms.pdf'))).toBe(false);
    expect(elsewhere.log).toEqual([]);
  });

  it('keeps to --depth and --max-pages', async () => {
    const shallow = JSON.parse((await cli(['audit', `${site.origin}/`, '--crawl', '--depth', '2', '--viewport', 'desktop', '--no-click', '-f', 'json'])).stdout) as JsonReport;
    expect(shallow.checked).toBe(3);
    const capped = JSON.parse((await cli(['audit', `${site.origin}/`, '--crawl', '--depth', '20', '--max-pages', '4', '--viewport', 'desktop', '--no-click', '-f', 'json'])).stdout) as JsonReport;
    expect(capped.checked).toBe(4);
  });

  it('--sitemap adds the pages a sitemap lists', async () => {
    const r = await cli(['audit', '--sitemap', `${site.origin}/sitemap.xml`, '--viewport', 'desktop', '--no-click', '-f', 'json']);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.checked).toBe(2);
    expect(report.findings.map((f) => f.target.replace(site.origin, ''))).toEqual(['/p8']);
  });
});
