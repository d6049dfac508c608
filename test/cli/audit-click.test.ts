// `mitid-ux audit` follows the clicks (issue 14): local servers on 127.0.0.1 play a service; the
// broker's addresses are real MitID broker hosts that the audit must answer itself. Chromium runs
// behind a logging proxy (audit-offline.ts): each test asserts that nothing left 127.0.0.1.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../cli/src/lib/browser.js';
import { page, serve, type TestServer } from '../audit/serve.js';
import { offlineChromium, type OfflineChromium } from './audit-offline.js';
import { cli, ensureBuilt, type JsonReport } from './run-cli.js';

const BROKER = 'https://acme.idura.broker/oauth2/authorize?client_id=urn:acme&response_type=code&acr_values=urn:grn:authn:dk:mitid:substantial';
const LOGIN = `${BROKER}&login_hint=action:login`;
const APPROVE = `${BROKER}&login_hint=action:approve`;
const dir = mkdtempSync(join(tmpdir(), 'mitid-ux-click-'));
let service: TestServer;
let offline: OfflineChromium;
let leaked: string[] = [];
let chrome = '';

const pages = (): Record<string, Parameters<typeof serve>[0][string]> => ({
  '/redirect': page(`<a class="brand" href="${LOGIN}">Log ind med MitID</a>`),
  '/iframe-after-click': page(`<button class="brand" id="b">Log ind med MitID</button><div id="slot"></div><script>
    document.getElementById('b').addEventListener('click', () => { const f = document.createElement('iframe'); f.width = 420; f.height = 640; f.src = ${JSON.stringify(LOGIN)}; document.getElementById('slot').append(f); });
  </script>`),
  '/small-popup': page(`<button class="brand" id="b">Log ind med MitID</button><script>
    document.getElementById('b').addEventListener('click', () => window.open(${JSON.stringify(LOGIN)}, 'login', 'width=300,height=400'));
  </script>`),
  '/form-post': page(`<form method="post" action="/start-login"><button class="brand">Log ind med MitID</button></form>`),
  '/start-login': (req, res) => {
    if (req.method !== 'POST') return void res.writeHead(405).end();
    res.writeHead(302, { location: '/oidc/begin' }).end();
  },
  '/oidc/begin': (_req, res) => void res.writeHead(302, { location: LOGIN }).end(),
  '/hint-mismatch': page(`<a class="brand" href="${LOGIN}">Godkend med MitID</a>`),
  '/hint-ok': page(`<a class="brand" href="${APPROVE}">Godkend med MitID</a>`),
  '/handler-throws': page(`<button class="brand" id="b">Log ind med MitID</button><script>
    document.getElementById('b').addEventListener('click', () => { throw new Error('config.authority is undefined'); });
  </script>`),
  '/keyboard-dead': page(`<div class="brand" role="button" tabindex="0" id="b">Log ind med MitID</div><script>
    document.getElementById('b').addEventListener('mousedown', () => { location.href = ${JSON.stringify(LOGIN)}; });
  </script>`),
  '/account': (req, res) => {
    const authed = /(?:^|; )session=ok(?:;|$)/.test(req.headers.cookie ?? '') || req.headers['x-test-auth'] === 'yes';
    if (!authed) return void res.writeHead(302, { location: '/signin' }).end();
    res.writeHead(200, { 'content-type': 'text/html' }).end(page(`<h1>Underskriv</h1><a class="brand" href="${LOGIN}">Underskriv med MitID</a>`));
  },
  '/signin': page('<h1>Sign in</h1><form><input name="u"></form>'),
  // A single-page app's sign-in: a hidden prompt=none session check first, then the real redirect.
  '/silent-then-redirect': page(`<button class="brand" id="b">Log ind med MitID</button><script>
    document.getElementById('b').addEventListener('click', () => {
      const f = document.createElement('iframe'); f.style.cssText = 'width:0;height:0;border:0'; f.src = ${JSON.stringify(`${LOGIN}&prompt=none`)}; document.body.append(f);
      setTimeout(() => { location.href = ${JSON.stringify(LOGIN)}; }, 300);
    });
  </script>`),
  '/silent-only': page(`<button class="brand" id="b">Log ind med MitID</button><script>
    document.getElementById('b').addEventListener('click', () => {
      const f = document.createElement('iframe'); f.style.cssText = 'width:0;height:0;border:0'; f.src = ${JSON.stringify(`${LOGIN}&prompt=none`)}; document.body.append(f);
    });
  </script>`),
  '/silent-top': page(`<a class="brand" href="${LOGIN}&amp;prompt=none">Log ind med MitID</a>`),
  '/object-after-click': page(`<button class="brand" id="b">Log ind med MitID</button><script>
    document.getElementById('b').addEventListener('click', () => { const o = document.createElement('object'); o.type = 'text/html'; o.width = 420; o.height = 640; o.data = ${JSON.stringify(LOGIN)}; document.body.append(o); });
  </script>`),
  '/embed-after-click': page(`<button class="brand" id="b">Log ind med MitID</button><script>
    document.getElementById('b').addEventListener('click', () => { const e = document.createElement('embed'); e.type = 'text/html'; e.width = 420; e.height = 640; e.src = ${JSON.stringify(LOGIN)}; document.body.append(e); });
  </script>`),
  '/popup-good': page(`<button class="brand" id="b">Log ind med MitID</button><script>
    document.getElementById('b').addEventListener('click', () => window.open(${JSON.stringify(LOGIN)}, 'mitid', 'width=452,height=692'));
  </script>`),
  // Opened after the click's user activation has expired (Chromium keeps it 5 seconds): blockers stop it.
  '/popup-late': page(`<button class="brand" id="b">Log ind med MitID</button><script>
    document.getElementById('b').addEventListener('click', () => setTimeout(() => window.open(${JSON.stringify(LOGIN)}, 'mitid', 'width=452,height=692'), 5500));
  </script>`),
  // A broker on the service's own domain, known only by its MitID acr_values.
  '/custom-domain': page(`<a class="brand" href="https://login.acme-service.example/oauth2/authorize?client_id=urn:acme&amp;acr_values=urn:grn:authn:dk:mitid:substantial&amp;login_hint=action:login">Log ind med MitID</a>`),
  '/approve-no-action': page(`<a class="brand" href="${BROKER}">Godkend med MitID</a>`),
});

beforeAll(async () => {
  ensureBuilt();
  service = await serve(pages());
  offline = await offlineChromium();
  ({ chrome, leaked } = offline);
});
afterAll(async () => {
  await service?.close();
  await offline?.close();
});

async function audit(paths: string[], ...args: string[]): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const r = await cli(['audit', ...paths.map((p) => service.origin + p), '-f', 'json', '--viewport', 'desktop', '--follow-timeout', '3000', ...args], { env: { CHROME_PATH: chrome } });
  return { code: r.code, report: JSON.parse(r.stdout || '{}') as JsonReport, stderr: r.stderr };
}
const found = (report: JsonReport): string[][] => report.findings.map((f) => [f.ruleId, f.selector ?? '']);

describe('mitid-ux audit --click (on by default)', () => {
  it('a compliant redirect passes, and nothing left 127.0.0.1', async () => {
    const r = await audit(['/redirect']);
    expect(r.report.findings).toEqual([]);
    expect(r.code, r.stderr).toBe(0);
    expect(leaked).toEqual([]);
  });

  it('a login page in an iframe after the click: mitid-login-in-frame', async () => {
    const r = await audit(['/iframe-after-click']);
    expect(found(r.report)).toEqual([['mitid-login-in-frame', 'button#b']]);
    expect(r.report.findings[0]?.message).toMatch(/loads the MitID login page in an <iframe> \(acme\.idura\.broker\)/);
    expect(r.code).toBe(1);
    expect(leaked).toEqual([]);
  });

  it('the login in an <object> or <embed> after the click: mitid-login-in-frame naming the element', async () => {
    const r = await audit(['/object-after-click', '/embed-after-click']);
    expect(r.report.findings.map((f) => [f.target.replace(service.origin, ''), f.ruleId, f.evidence?.element])).toEqual([
      ['/object-after-click', 'mitid-login-in-frame', 'object'],
      ['/embed-after-click', 'mitid-login-in-frame', 'embed'],
    ]);
    expect(leaked).toEqual([]);
  });

  it('a right-sized popup passes on a desktop and is a finding on a phone (the 768px cut-off), at the default sizes', async () => {
    const r = await cli(['audit', `${service.origin}/popup-good`, '-f', 'json', '--follow-timeout', '3000'], { env: { CHROME_PATH: chrome } });
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.findings.map((f) => [f.ruleId, f.evidence?.viewport, f.evidence?.viewportWidth])).toEqual([['mitid-popup', 'phone', 390]]);
    expect(report.findings[0]?.message).toBe('The MitID login opens in a popup on a 390px wide screen; on phones it becomes a tab: redirect instead');
    expect(leaked).toEqual([]);
  });

  it('a popup opened after the click\'s activation has expired: mitid-popup (blockers stop it)', async () => {
    const r = await audit(['/popup-late'], '--follow-timeout', '8000');
    expect(r.report.findings.map((f) => [f.ruleId, f.message])).toEqual([['mitid-popup', 'The MitID popup did not open from the click itself, so popup blockers stop it: open it in the click handler']]);
    expect(leaked).toEqual([]);
  });

  it('a too-small popup: two mitid-popup findings with the features', async () => {
    const r = await audit(['/small-popup']);
    expect(found(r.report)).toEqual([['mitid-popup', 'button#b'], ['mitid-popup', 'button#b']]);
    expect(r.report.findings.map((f) => f.message)).toEqual([
      'The MitID popup opened by the click is 300px wide; it needs at least 400px (features "width=300,height=400")',
      'The MitID popup opened by the click is 400px tall; it needs at least 660px (features "width=300,height=400")',
    ]);
    expect(leaked).toEqual([]);
  });

  it('a form post that the site redirects to the broker is followed (clean)', async () => {
    const r = await audit(['/form-post']);
    expect(r.report.findings).toEqual([]);
    expect(r.code, r.stderr).toBe(0);
    expect(service.log).toContain('POST /start-login');
    expect(service.log).toContain('GET /oidc/begin');
    expect(leaked).toEqual([]);
  });

  it('a login_hint other than the button verb: mitid-login-hint; the matching one is clean', async () => {
    const r = await audit(['/hint-mismatch', '/hint-ok']);
    expect(found(r.report)).toEqual([['mitid-login-hint', 'html > body > a']]);
    expect(r.report.findings[0]?.evidence).toMatchObject({ buttonAction: 'approve', loginHintAction: 'login' });
    expect(r.report.findings[0]?.target).toBe(`${service.origin}/hint-mismatch`);
    expect(leaked).toEqual([]);
  });

  it('a "Godkend" button whose login URL sets no verb: mitid-login-hint (the box cannot say approve)', async () => {
    const r = await audit(['/approve-no-action']);
    expect(found(r.report)).toEqual([['mitid-login-hint', 'html > body > a']]);
    expect(r.report.findings[0]?.message).toBe('MitID call to action reads "Godkend med MitID" (approve) but its login URL does not set the verb of the MitID box (no login_hint action): give the URL login_hint=action:approve');
    expect(r.report.findings[0]?.evidence).toMatchObject({ buttonAction: 'approve', loginHintAction: '' });
    expect(leaked).toEqual([]);
  });

  it('prompt=none: a hidden silent check before the redirect is not the login; a click that only runs one, or a silent top-level login, fails', async () => {
    const r = await audit(['/silent-then-redirect', '/silent-only', '/silent-top']);
    expect(r.report.findings.map((f) => [f.target.replace(service.origin, ''), f.ruleId, f.evidence?.input])).toEqual([
      ['/silent-only', 'mitid-click', 'mouse'],
      ['/silent-top', 'mitid-login-hint', 'mouse'],
    ]);
    expect(r.report.findings[0]?.message).toMatch(/: it only ran a silent session check \(prompt=none\) in a frame, which shows no MitID box\. This cannot be verified, so it fails$/);
    expect(r.report.findings[1]?.message).toBe('The login URL the click leads to asks for a silent login (prompt=none), so the user never sees the MitID box');
    expect(r.code).toBe(1);
    expect(leaked).toEqual([]);
  });

  it('a button whose handler throws could not be followed: a failing mitid-click with the error', async () => {
    const r = await audit(['/handler-throws']);
    expect(found(r.report)).toEqual([['mitid-click', 'button#b']]);
    expect(r.report.findings[0]?.message).toMatch(/could not be followed to a MitID login within 3000ms: nothing happened .*the page threw "config\.authority is undefined"/);
    expect(r.code).toBe(1);
    expect(leaked).toEqual([]);
  });

  it('a control that follows the mouse but not Enter: the keyboard run is a finding', async () => {
    const r = await audit(['/keyboard-dead']);
    const clicks = r.report.findings.filter((f) => f.ruleId === 'mitid-click');
    expect(clicks.map((f) => f.evidence?.input)).toEqual(['keyboard']);
    expect(clicks[0]?.message).toMatch(/^Enter on the focused button/);
    expect(found(r.report)).toEqual([['mitid-cta-element', 'div#b'], ['mitid-click', 'div#b']]);
    expect(leaked).toEqual([]);
  });

  it('a page behind a login: audited with --storage-state or --header (its sign button asks the box to log in)', async () => {
    const state = join(dir, 'state.json');
    writeFileSync(state, JSON.stringify({ cookies: [{ name: 'session', value: 'ok', domain: '127.0.0.1', path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Lax' }], origins: [] }));
    const expected = [{ ruleId: 'mitid-login-hint', buttonAction: 'sign', loginHintAction: 'login' }];
    const summary = (report: JsonReport): unknown[] => report.findings.map((f) => ({ ruleId: f.ruleId, buttonAction: f.evidence?.buttonAction, loginHintAction: f.evidence?.loginHintAction }));
    const withState = await audit(['/account'], '--storage-state', state);
    expect(summary(withState.report)).toEqual(expected);
    const withHeader = await audit(['/account'], '--header', 'X-Test-Auth: yes');
    expect(summary(withHeader.report)).toEqual(expected);
    // Without either, the server sends the audit to its sign-in page, which has no MitID button.
    const without = await cli(['audit', `${service.origin}/account`, '--viewport', 'desktop'], { env: { CHROME_PATH: chrome } });
    expect(without.stdout).toContain(`note: ${service.origin}/account led to ${service.origin}/signin: the audit saw that page`);
    expect(leaked).toEqual([]);
  });

  // Known gap: a broker host the audit's browser cannot know at launch (one on the service's own
  // domain) is not made unresolvable, and Chromium opens a connection to it when the navigation
  // starts; the request itself is answered by the audit's route.
  const customDomainLeaks: string[] = [];
  it('a broker on its own domain, known by its MitID acr_values: recognised and answered locally (only the connection of the gap below)', async () => {
    const before = leaked.length;
    const r = await audit(['/custom-domain']);
    customDomainLeaks.push(...leaked.splice(before));
    expect(r.report.findings).toEqual([]);
    expect(r.code, r.stderr).toBe(0);
    expect(customDomainLeaks.filter((l) => l !== 'CONNECT login.acme-service.example:443')).toEqual([]);
  });
  it.fails('known gap: for a broker on its own domain Chromium still opens a connection at navigation start', () => {
    expect(customDomainLeaks).toEqual([]);
  });

  it('--no-click audits without following (a throwing handler goes unnoticed, as before)', async () => {
    const r = await audit(['/handler-throws'], '--no-click');
    expect(r.report.findings).toEqual([]);
  });
});

describe('mitid-ux audit --report', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox'] });
  });
  afterAll(() => browser?.close());

  it('writes one self-contained HTML file that opens offline and shows every finding, the screenshot and the followed login URL', async () => {
    const file = join(dir, 'report.html');
    const r = await audit(['/hint-mismatch', '/redirect', '/small-popup'], '--report', file);
    expect(r.code).toBe(1);
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/(?:src|href)="(?:https?:|\/\/)/);
    const context = await browser.newContext({ offline: true });
    const tab = await context.newPage();
    const requests: string[] = [];
    tab.on('request', (q) => requests.push(q.url()));
    await tab.goto(`file://${file}`);
    const text = await tab.locator('body').innerText();
    for (const f of r.report.findings) expect(text).toContain(f.message);
    expect(await tab.locator('section h2').allInnerTexts()).toEqual(['/hint-mismatch', '/redirect', '/small-popup'].map((p) => service.origin + p));
    const images = await tab.locator('section img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
    expect(images).toHaveLength(3);
    for (const w of images) expect(w).toBeGreaterThan(100);
    expect(text).toContain(LOGIN);
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    await context.close();
  });
});
