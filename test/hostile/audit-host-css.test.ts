// <mitid-button> under hostile host CSS (issue 13): the component neutralises what it can; whatever
// still changes what users see must be an audit finding. The test holds the audit to the pixels:
// a case whose button screenshot differs from the untouched button's (on the same page background)
// must have a finding (no false pass).
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPage } from '../../src/playwright.js';
import { launch } from '../audit/browser.js';
import { serve, type TestServer } from '../audit/serve.js';

const FONT = `@font-face { font-family: "IBM Plex Sans"; font-weight: 600; src: url(/font.woff2) format("woff2"); }`;

/** The page: the kit's font at document level, one button at a fixed place, and the case's CSS. */
function hostPage(css: string, htmlStyle = ''): string {
  return `<!doctype html><html lang="da" style="${htmlStyle}"><head><meta charset="utf-8"><style>${FONT} body { margin: 0; background: #fff; } .slot { position: relative; margin: 20px; width: 420px; height: 90px; } ${css}</style>
    <script type="module" src="/define.js"></script></head>
    <body><div class="slot"><mitid-button id="b"></mitid-button></div><script>document.fonts.load('600 16px "IBM Plex Sans"')</script></body></html>`;
}

/** css: the hostile rules; control: what the page has anyway (the baseline gets it too). */
const CASES: Record<string, { css?: string; html?: string; control?: string }> = {
  'clip-path': { css: 'mitid-button { clip-path: inset(0 50% 0 0); }' },
  clip: { css: 'mitid-button { position: absolute; clip: rect(0, 80px, 48px, 0); }' },
  'mask-image': { css: 'mitid-button { -webkit-mask-image: linear-gradient(90deg, #000 40%, transparent 41%); mask-image: linear-gradient(90deg, #000 40%, transparent 41%); }' },
  'height + overflow': { css: 'mitid-button { height: 20px; overflow: hidden; }' },
  'content-visibility': { css: 'mitid-button { content-visibility: hidden; }' },
  'contain: size': { css: 'mitid-button { contain: size; display: block; width: 60px; overflow: hidden; }' },
  'text-indent': { css: 'mitid-button { text-indent: -60px; }' },
  zoom: { css: 'mitid-button { zoom: 0.6; }' },
  filter: { css: 'mitid-button { filter: hue-rotate(140deg); }' },
  opacity: { css: 'mitid-button { opacity: 0.5; }' },
  'mix-blend-mode': { control: '.slot { background: #ff0; }', css: 'mitid-button { mix-blend-mode: difference; }' },
  transform: { css: 'mitid-button { display: inline-block; transform: scaleX(1.4) skewX(10deg); }' },
  '-webkit-box-reflect': { css: 'mitid-button { -webkit-box-reflect: below 0; }' },
  '::marker': { css: 'mitid-button { display: list-item; width: fit-content; list-style: inside "Sender dig til "; }' },
  '::before': { css: 'mitid-button::before { content: "Sender dig til "; }' },
  'ancestor opacity': { css: '.slot { opacity: 0.4; }' },
  'ancestor filter': { css: '.slot { filter: invert(1); }' },
  '@font-face redefining IBM Plex Sans': { css: '@font-face { font-family: "IBM Plex Sans"; font-weight: 600; src: local("DejaVu Serif"), local("Liberation Serif"); }' },
  'html font-size 4px': { html: 'font-size: 4px' },
};

let browser: Browser;
let server: TestServer;
let define = '';

beforeAll(async () => {
  const out = await build({ entryPoints: ['src/define.ts'], bundle: true, format: 'esm', write: false, logLevel: 'silent', define: { 'process.env.NODE_ENV': '"production"' } });
  define = out.outputFiles[0]?.text ?? '';
  const routes: Record<string, Parameters<typeof serve>[0][string]> = {
    '/define.js': (_req, res) => res.writeHead(200, { 'content-type': 'text/javascript' }).end(define),
  };
  for (const [name, c] of Object.entries(CASES)) {
    routes[`/${encodeURIComponent(name)}`] = hostPage(`${c.control ?? ''} ${c.css ?? ''}`, c.html ?? '');
    routes[`/control/${encodeURIComponent(name)}`] = hostPage(c.control ?? '');
  }
  browser = await launch();
  server = await serve(routes);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 600, height: 300 } });
  const page = await context.newPage();
  await page.goto(server.origin + path);
  await page.waitForFunction(() => customElements.get('mitid-button') !== undefined && document.fonts.status === 'loaded');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return { page, close: () => context.close() };
}

/**
 * The button as drawn with what is beside it (a marker, generated text): a region around the inner
 * control, so where the host sits (block or inline) does not matter; undefined when not drawn.
 */
async function looks(page: Page): Promise<Buffer | undefined> {
  const box = await page.locator('mitid-button').locator('button, a').first().boundingBox({ timeout: 2000 }).catch(() => null);
  if (!box || !box.width || !box.height) return undefined;
  return page.screenshot({ clip: { x: Math.max(0, box.x - 150), y: Math.max(0, box.y - 12), width: box.width + 300, height: box.height + 24 }, animations: 'disabled' });
}

describe('<mitid-button> host CSS: what still shows is a finding', () => {
  for (const name of Object.keys(CASES)) {
    it(name, async () => {
      const control = await open(`/control/${encodeURIComponent(name)}`);
      const baseline = await looks(control.page);
      expect((await auditPage(control.page, { timeoutMs: 10_000 })).findings).toEqual([]);
      await control.close();
      const { page, close } = await open(`/${encodeURIComponent(name)}`);
      try {
        const shot = await looks(page);
        const { findings } = await auditPage(page, { timeoutMs: 10_000 });
        const changed = !shot || !baseline || !shot.equals(baseline);
        // Neutralised (looks like the baseline) or reported: never changed and silent.
        if (changed) expect(findings.map((f) => f.ruleId), `${name} changes the button but the audit is silent`).not.toEqual([]);
        else expect(findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});
