// The core's PLEX_SAMPLE is a measurement: the shipped IBM Plex Sans SemiBold must still measure it
// in Chromium, and another font loaded under the name must not.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PLEX_SAMPLE } from '../../src/core/index.js';
import { launch } from './browser.js';
import { page, serve, type TestServer } from './serve.js';

let browser: Browser;
let server: TestServer;
beforeAll(async () => {
  browser = await launch();
  server = await serve({
    '/plex': page(''),
    '/impostor': page('', '<style>@font-face { font-family: "IBM Plex Sans"; font-weight: 600; src: local("DejaVu Serif"), local("Liberation Serif"), local("DejaVu Sans"); }</style>'),
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function measure(path: string): Promise<number> {
  const tab = await browser.newPage();
  await tab.goto(server.origin + path);
  const width = await tab.evaluate(async (text) => {
    await document.fonts.load('600 16px "IBM Plex Sans"');
    const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
    ctx.font = '600 16px "IBM Plex Sans", monospace';
    return ctx.measureText(text).width;
  }, PLEX_SAMPLE.text);
  await tab.close();
  return width;
}

it('the shipped font measures PLEX_SAMPLE; a stand-in under the same name does not', async () => {
  expect(Math.abs((await measure('/plex')) - PLEX_SAMPLE.widthPx)).toBeLessThan(0.5);
  expect(Math.abs((await measure('/impostor')) - PLEX_SAMPLE.widthPx)).toBeGreaterThan(PLEX_SAMPLE.widthPx * PLEX_SAMPLE.tolerance);
});
