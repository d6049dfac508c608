/**
 * Finding and launching a headless Chromium: the system's (or CHROME_PATH), in the same order as
 * the kit's scripts/ensure-chromium.mjs. The CLI never installs or downloads a browser.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { MITID_LOGIN_HOSTS } from 'mitid-ux-kit/core';
import { importPeer, SetupError } from './faces.js';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const ARGS = ['--no-sandbox', '--allow-file-access-from-files', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/**
 * Broker and MitID hosts never resolve: the audit answers their requests itself (Playwright routes),
 * and Chromium's own preconnect at the start of a navigation (which interception does not stop)
 * then fails inside the browser, so not even a DNS query or a TCP connection leaves the machine.
 */
export const BROKER_RESOLVER_RULES = `--host-resolver-rules=${MITID_LOGIN_HOSTS.map((h) => `MAP ${h.startsWith('.') ? `*${h}` : h} ~NOTFOUND`).join(', ')}`;

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROME_PATH) return existsSync(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    const given = process.env.CHROME_PATH ? ` CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist.` : '';
    throw new SetupError(
      `No Chromium found.${given} Install one (Debian/Ubuntu: sudo apt-get install -y chromium; macOS: install Google Chrome) ` +
        'or set CHROME_PATH to a Chrome or Chromium binary, then run mitid-ux audit again.',
    );
  }
  const { chromium } = await importPeer<typeof import('playwright-core')>('playwright-core', 'mitid-ux audit');
  try {
    return await chromium.launch({ executablePath, headless: true, args: [...ARGS, BROKER_RESOLVER_RULES] });
  } catch (error) {
    throw new SetupError(`Chromium at ${executablePath} did not start: ${(error as Error).message.split('\n')[0]}`);
  }
}
