// The audit's process tests run Chromium behind a logging proxy (a CHROME_PATH wrapper adds
// --proxy-server), so any request that would leave 127.0.0.1 shows in the proxy's log: each test
// asserts that log is empty. Broker hosts bypass the proxy into the command's own resolver rules
// (they never resolve), which is what stops Chromium's preconnect at navigation start; their
// requests are answered by the audit's routes. The browser's own background calls to Google
// (update checks, sign-in) are not the page's or the audit's and are left out of the log.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../../cli/src/lib/browser.js';
import { MITID_LOGIN_HOSTS } from '../../src/core/index.js';

export interface OfflineChromium {
  /** The wrapper to pass as CHROME_PATH. */
  chrome: string;
  /** Every request that tried to leave 127.0.0.1 (method and target). */
  leaked: string[];
  close(): Promise<void>;
}

export async function offlineChromium(): Promise<OfflineChromium> {
  const leaked: string[] = [];
  const browserOwn = (target = ''): boolean => /(?:^|[./])(?:google\.com|googleapis\.com|gstatic\.com|gvt1\.com)(?::\d+)?(?:\/|$)/.test(target);
  const proxy = createServer((req, res) => {
    if (!browserOwn(req.url)) leaked.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  proxy.on('connect', (req, socket) => {
    if (!browserOwn(req.url)) leaked.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  const chrome = join(mkdtempSync(join(tmpdir(), 'mitid-ux-offline-')), 'chromium-behind-proxy.sh');
  const bypass = MITID_LOGIN_HOSTS.map((h) => (h.startsWith('.') ? `*${h}` : h)).join(';');
  writeFileSync(chrome, `#!/bin/sh\nexec ${findChromium()} --proxy-server=http://127.0.0.1:${(proxy.address() as AddressInfo).port} '--proxy-bypass-list=${bypass}' "$@"\n`);
  chmodSync(chrome, 0o755);
  return { chrome, leaked, close: () => new Promise((r) => proxy.close(() => r())) };
}
