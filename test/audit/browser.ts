// One headless Chromium (Debian's, never downloaded) for the audit's node-side tests.
import { chromium, type Browser } from 'playwright-core';
import { findChromium } from '../../cli/src/lib/browser.js';
import { ensureChromium } from '../cli/run-cli.js';

export async function launch(): Promise<Browser> {
  ensureChromium();
  return chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}
