// Hostile pages against the audit (issue 13): each page holds a MitID button that is wrong, or right
// in the DOM and wrong on screen, and tries to hide it. Every case must come out as a finding (or a
// failing "could not verify"), never as a pass; and no wait may outlast the deadline. Real headless
// Chromium through playwright-core, pages served from 127.0.0.1.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPage, UnsettledError } from '../../src/playwright.js';
import { launch } from '../audit/browser.js';
import { page, serve, HEAD, type TestServer } from '../audit/serve.js';

const OK = '<button class="brand" type="button">Log ind med MitID</button>';
const SHADOW_CSS = HEAD.replace(/^<meta charset="utf-8">/, '');

const PAGES: Record<string, string> = {
  '/ok': page(`<main><h1>Log ind</h1><p>Brug MitID. <a href="https://www.mitid.dk/hjaelp">Hjælp til MitID</a></p>${OK}</main>`),
  '/closed-shadow': page(`<div id="host"></div><script>
    document.getElementById('host').attachShadow({ mode: 'closed' }).innerHTML = ${JSON.stringify(`${SHADOW_CSS}<button class="brand">Login with MitID</button>`)};
  </script>`),
  '/declarative-closed-shadow': page(`<div><template shadowrootmode="closed">${SHADOW_CSS}<button class="brand">Login with MitID</button></template></div>`),
  '/nested-closed-shadow': page(`<div id="host"></div><script>
    const outer = document.getElementById('host').attachShadow({ mode: 'closed' });
    outer.innerHTML = '<section></section>';
    outer.querySelector('section').attachShadow({ mode: 'closed' }).innerHTML = ${JSON.stringify(`${SHADOW_CSS}<button class="brand">Log ind med MitId</button>`)};
  </script>`),
  '/patched-getcomputedstyle': page(`<button class="brand" style="background:#d4002a">Log ind med MitID</button><script>
    const real = window.getComputedStyle;
    window.getComputedStyle = function (el, p) { const cs = real.call(window, el, p); return new Proxy(cs, { get: (t, k) => k === 'backgroundColor' ? 'rgb(0, 96, 230)' : typeof t[k] === 'function' ? t[k].bind(t) : t[k] }); };
  </script>`),
  '/patched-queryselectorall': page(`<button class="brand">Login with MitID</button><script>
    const real = Element.prototype.querySelectorAll, realDoc = Document.prototype.querySelectorAll;
    Document.prototype.querySelectorAll = function (s) { return s === '*' ? realDoc.call(this, 'head') : realDoc.call(this, s); };
    Element.prototype.querySelectorAll = function (s) { return s === '*' ? real.call(this, 'x-none') : real.call(this, s); };
    Document.prototype.createTreeWalker = function () { return { nextNode: () => null }; };
  </script>`),
  '/patched-fonts': `<!doctype html><html><head><meta charset="utf-8"><style>.brand{box-sizing:border-box;height:48px;padding:.25rem .75rem .25rem 1rem;border:0;border-radius:4px;background:#0060e6;color:#fff;font:600 16px "IBM Plex Sans",Helvetica,Arial,sans-serif}</style></head>
    <body>${OK}<script>
    const fake = { ready: Promise.resolve(), status: 'loaded', [Symbol.iterator]: function* () { yield { family: 'IBM Plex Sans', status: 'loaded' }; }, load: () => Promise.resolve([]), check: () => true };
    Object.defineProperty(document, 'fonts', { get: () => fake });
  </script></body></html>`,
  '/patched-map-json': page(`<button class="brand">Login with MitID</button><script>
    Array.prototype.map = function () { return []; };
    Array.prototype.filter = function () { return []; };
    JSON.stringify = () => '[]';
    Object.defineProperty(Array.prototype, 'length', { get: () => 0 });
  </script>`),
  '/transparent-text': page(`<button class="brand"><span style="color:transparent">Log ind med MitID</span></button>`),
  '/text-fill-transparent': page(`<button class="brand" style="-webkit-text-fill-color:transparent">Log ind med MitID</button>`),
  '/ellipsis': page(`<button class="brand" style="width:110px"><span style="overflow:hidden;text-overflow:ellipsis;white-space:nowrap">Log ind med MitID</span></button>`),
  '/marker': page(`<a class="brand" href="/login" style="display:list-item;list-style:inside 'Sender dig til '">Log ind med MitID</a>`),
  '/filter': page(`<button class="brand" style="filter:hue-rotate(120deg)">Log ind med MitID</button>`),
  '/ancestor-opacity': page(`<div style="opacity:.4"><div>${OK}</div></div>`),
  '/font-size-zero-image': page(`<button class="brand"><span style="font-size:0">Log ind med MitID</span><img alt="" width="140" height="20" src="data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="140" height="20"><text y="15" fill="white">Fortsæt til MitID</text></svg>')}"></button>`),
  '/canvas-label': page(`<button class="brand"><canvas width="120" height="20"></canvas><span style="font-size:0">Log ind med MitID</span></button><script>
    const c = document.querySelector('canvas').getContext('2d'); c.fillStyle = '#fff'; c.font = '16px sans-serif'; c.fillText('Sender dig til', 0, 15);
  </script>`),
  '/small-caps': page(`<button class="brand" style="font-variant:small-caps">Log ind med MitID</button>`),
  '/letter-spacing-scalex': page(`<button class="brand" style="letter-spacing:-1px;transform:scaleX(1.12)">Log ind med MitID</button>`),
  '/overlay': page(`<div style="position:relative;display:inline-block">${OK}<div style="position:absolute;inset:0;background:#0060e6;color:#fff;font:600 16px sans-serif;display:flex;align-items:center;pointer-events:none">Sender dig videre</div></div>`),
  '/text-indent': page(`<button class="brand" style="text-indent:-400px">Log ind med MitID</button>`),
  '/clip-path': page(`<button class="brand" style="clip-path:inset(0 60% 0 0)">Log ind med MitID</button>`),
  '/fonts-never-ready': `<!doctype html><html><head><meta charset="utf-8"><style>@font-face { font-family: "IBM Plex Sans"; font-weight: 600; src: url(/never) format("woff2"); }
    .brand{box-sizing:border-box;height:48px;padding:.25rem .75rem .25rem 1rem;border:0;border-radius:4px;background:#0060e6;color:#fff;font:600 16px "IBM Plex Sans",Helvetica,Arial,sans-serif}</style></head>
    <body>${OK}</body></html>`,
  '/fake-fonts-ready': page(`${OK}<script>
    Object.defineProperty(document, 'fonts', { get: () => ({ ready: new Promise(() => {}), [Symbol.iterator]: function* () {} }) });
    window.requestAnimationFrame = () => 0;
    window.setTimeout = () => 0;
  </script>`),
  '/reloads': page(`${OK}<script>setTimeout(() => location.reload(), 400)</script>`),
};

let browser: Browser;
let server: TestServer;
let other: TestServer;

beforeAll(async () => {
  browser = await launch();
  server = await serve(PAGES);
  // Another origin (another port) serving the framed pages.
  other = await serve({
    '/frame-wrong': page(`<button class="brand">Login with MitID</button>`),
    '/frame-ok': page(OK),
  });
  PAGES['/cross-origin-frame'] = page(`${OK}<iframe width="400" height="120" src="${other.origin.replace('127.0.0.1', 'localhost')}/frame-wrong"></iframe>`);
  PAGES['/cross-origin-frame-ok'] = page(`${OK}<iframe width="400" height="120" src="${other.origin.replace('127.0.0.1', 'localhost')}/frame-ok"></iframe>`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await other?.close();
});

async function audit(path: string, timeoutMs = 15_000): Promise<{ rule: string; property?: unknown; selector: string }[]> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const tab = await context.newPage();
  try {
    await tab.goto(server.origin + path, { waitUntil: 'load', timeout: timeoutMs });
    const { findings } = await auditPage(tab, { timeoutMs });
    return findings.map((f) => ({ rule: f.ruleId, ...(f.evidence.property ? { property: f.evidence.property } : {}), selector: f.selector }));
  } finally {
    await context.close();
  }
}

const rules = (found: { rule: string; property?: unknown }[]): string[] => found.map((f) => (f.property ? `${f.rule}:${String(f.property)}` : f.rule)).sort();

describe('audit: a compliant page stays clean', () => {
  it('a correct button, a help link and a paragraph naming MitID: no findings', async () => {
    expect(await audit('/ok')).toEqual([]);
  });
  it('a compliant page behind a cross-origin frame with a compliant button: no findings', async () => {
    expect(await audit('/cross-origin-frame-ok')).toEqual([]);
  });
});

describe('audit: what page script cannot hide', () => {
  it('reads imperative closed shadow roots', async () => {
    expect(rules(await audit('/closed-shadow'))).toEqual(['mitid-cta-text']);
  });
  it('reads declarative closed shadow roots', async () => {
    const found = await audit('/declarative-closed-shadow');
    expect(rules(found)).toEqual(['mitid-cta-text']);
    expect(found[0]?.selector).toBe('html > body > div >>> button');
  });
  it('reads closed shadow roots inside closed shadow roots', async () => {
    expect(rules(await audit('/nested-closed-shadow'))).toEqual(['mitid-cta-text']);
  });
  it('a patched getComputedStyle does not hide a red button', async () => {
    expect(rules(await audit('/patched-getcomputedstyle'))).toEqual(['mitid-cta-style:background-color']);
  });
  it('a patched querySelectorAll and createTreeWalker do not hide the button', async () => {
    expect(rules(await audit('/patched-queryselectorall'))).toEqual(['mitid-cta-text']);
  });
  it('a fake document.fonts does not pass a font that never loaded', async () => {
    expect(rules(await audit('/patched-fonts'))).toEqual(['mitid-cta-font-loaded']);
  });
  it('patched Array.prototype.map, filter, length and JSON.stringify change nothing', async () => {
    expect(rules(await audit('/patched-map-json'))).toEqual(['mitid-cta-text']);
  });
  it('reads a frame from another origin (its wrong button is found, named through the frame)', async () => {
    const found = await audit('/cross-origin-frame');
    expect(rules(found)).toEqual(['mitid-cta-text']);
    expect(found[0]?.selector).toMatch(/^iframe\[src="http:\/\/localhost:\d+\/frame-wrong"\] >>> html > body > button$/);
  });
});

describe('audit: right in the DOM, wrong on screen', () => {
  const cases: [string, string[]][] = [
    ['/transparent-text', ['mitid-cta-visual:-webkit-text-fill-color']],
    ['/text-fill-transparent', ['mitid-cta-visual:-webkit-text-fill-color']],
    ['/ellipsis', ['mitid-cta-visual:text-overflow']],
    ['/marker', ['mitid-cta-visual:::marker']],
    ['/filter', ['mitid-cta-visual:filter']],
    ['/ancestor-opacity', ['mitid-cta-visual:opacity']],
    ['/font-size-zero-image', ['mitid-cta-visual:font-size']],
    ['/canvas-label', ['mitid-cta-visual:font-size', 'mitid-unverifiable']],
    ['/small-caps', ['mitid-cta-visual:font-variant-caps']],
    ['/letter-spacing-scalex', ['mitid-cta-visual:letter-spacing', 'mitid-cta-visual:transform']],
    ['/overlay', ['mitid-cta-visual:covered']],
    ['/text-indent', ['mitid-cta-visual:text-indent', 'mitid-cta-visual:text-position']],
    ['/clip-path', ['mitid-cta-visual:clip-path']],
  ];
  for (const [path, expected] of cases) {
    it(`${path.slice(1)} is a finding`, async () => {
      expect(rules(await audit(path))).toEqual(expected);
    });
  }
});

describe('audit: every wait has a deadline', () => {
  it('a font request that never answers ends within the timeout, as a page that could not be settled', async () => {
    const started = Date.now();
    const error = await audit('/fonts-never-ready', 4000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(String((error as Error).message)).toMatch(/did not finish loading|Timeout|web fonts/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
  it('a fake document.fonts.ready, requestAnimationFrame and setTimeout do not stall the audit', async () => {
    expect(await audit('/fake-fonts-ready', 8000)).toEqual([]);
  });
  it('a page that reloads itself cannot be settled, and says so', async () => {
    const error = await audit('/reloads', 10_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsettledError);
    expect((error as Error).message).toMatch(/kept loading new documents/);
  });
});
