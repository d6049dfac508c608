#!/usr/bin/env node
// Finds a Chromium for the browser tests and the audit. On a machine without one, installs
// Debian's `chromium` package when running as root; otherwise says what to install.
// It never downloads a browser build.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * Headless launch flags for the project's own tools (browser tests, benchmarks, font script): as
 * root Chromium needs --no-sandbox, and this machine's closed network wants background fetching off.
 */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'];

export function findChromium() {
  return CANDIDATES.find((p) => p && existsSync(p));
}

function install() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log('[chromium] not found: installing Debian\'s "chromium" package (apt-get install -y chromium) ...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const opts = { stdio: ['ignore', 'ignore', 'inherit'], env };
  if (spawnSync('apt-get', ['update', '-qq'], opts).status !== 0) return false;
  return spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], opts).status === 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let found = findChromium();
  if (!found && install()) found = findChromium();
  if (!found) {
    console.error(
      'No Chromium found. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
        'or point CHROME_PATH at a Chrome or Chromium binary, then run the tests again.',
    );
    process.exit(1);
  }
  console.log(`[chromium] ${found}`);
}
