// The component gallery: the static Storybook build works offline, lists every story, and its
// stories render the real component (checked in headless Chromium with every outside request refused).
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../cli/src/lib/browser.js';
import { PHRASE_LIST, approvedPhrase, langFromTag } from '../../src/core/index.js';
import { ROOT, ensureChromium } from '../cli/run-cli.js';

const OUT = join(ROOT, 'node_modules/.cache/mitid-ux-kit/storybook-static');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.woff2': 'font/woff2', '.svg': 'image/svg+xml' };

let server: Server;
let base = '';
let browser: Browser;
const outside: string[] = [];

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  const build = spawnSync(join(ROOT, 'node_modules/.bin/storybook'), ['build', '--quiet', '--disable-telemetry', '-o', OUT], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', CI: 'true' },
  });
  if (build.status !== 0) throw new Error(`storybook build failed:\n${build.stdout}\n${build.stderr}`);
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(OUT, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(OUT) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  ensureChromium();
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

async function story(id: string): Promise<Page> {
  const page = await browser.newPage();
  // Offline: anything not served by the local static server is refused and remembered.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`);
  await page.waitForFunction(() => document.querySelectorAll('mitid-button').length > 0, undefined, { timeout: 30_000 });
  return page;
}

const texts = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('mitid-button')].map((el) => el.shadowRoot?.querySelector('button, a')?.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
  );

describe('the static Storybook build', () => {
  it('lists every story the gallery promises', () => {
    const index = JSON.parse(readFileSync(join(OUT, 'index.json'), 'utf8')) as { entries: Record<string, { type: string }> };
    const ids = Object.keys(index.entries).filter((id) => index.entries[id]?.type === 'story');
    for (const name of ['playground', 'all-phrases', 'shapes', 'states', 'with-logo', 'full-width', 'as-link', 'popup-launch', 'in-a-form']) {
      expect(ids).toContain(`mitid-button--${name}`);
    }
  });

  it('renders all ten approved phrases, offline', async () => {
    const page = await story('mitid-button--all-phrases');
    expect(await texts(page)).toEqual(PHRASE_LIST.map((p) => p.phrase));
    expect(outside).toEqual([]);
    await page.close();
  });

  it('submits the form story with the button as submitter', async () => {
    const page = await story('mitid-button--in-a-form');
    await page.locator('mitid-button').click();
    await expect.poll(() => page.locator('output').textContent()).toBe('submitted by method');
    await page.close();
  });

  it('renders the states and shapes without changing the text', async () => {
    for (const id of ['mitid-button--states', 'mitid-button--shapes']) {
      const page = await story(id);
      const shown = await texts(page);
      // No lang on the stories: the button follows the page's <html lang>, else Danish.
      const lang = langFromTag(await page.evaluate(() => document.documentElement.lang)) ?? 'da';
      expect(shown.length).toBeGreaterThanOrEqual(3);
      expect(new Set(shown)).toEqual(new Set([approvedPhrase('login', lang)]));
      await page.close();
    }
  });
});
