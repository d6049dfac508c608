/**
 * mitid-ux-kit/playwright: the `mitid-ux audit` checks inside a team's own Playwright tests.
 *
 *   import { expect as base } from '@playwright/test';
 *   import { auditPage, withMitIDMatchers } from 'mitid-ux-kit/playwright';
 *   const expect = withMitIDMatchers(base);
 *   const { findings } = await auditPage(page, { click: true });
 *   await expect(page).toPassMitIDAudit({ click: true });
 *
 * playwright-core (or @playwright/test) is an optional peer: only its types are imported here, and
 * nothing of this file reaches the browser bundle.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { AuditOptions, PlainFinding } from './audit/index.js';
import { auditInIsolation } from './playwright/isolated.js';
import { followClicks, type Followed } from './playwright/click.js';
import { settle, UnsettledError } from './playwright/settle.js';
import { formatFindings } from './audit/index.js';

export { UnsettledError } from './playwright/settle.js';
export { formatFindings } from './audit/index.js';
export { isBrokerRequest, type Followed } from './playwright/click.js';
export type { PlainFinding } from './audit/index.js';

export interface AuditPageOptions extends AuditOptions {
  /** Milliseconds for settling and auditing the page (default 30000). */
  timeoutMs?: number;
  /** Wait until this selector is attached before auditing. */
  waitFor?: string;
  /**
   * Click each MitID call to action (in fresh tabs of the page's context; the first one also with
   * Enter) and follow where it leads, answering every broker request locally. Default false here,
   * on in the `mitid-ux audit` command.
   */
  click?: boolean;
  /** Milliseconds a click may take to lead to the MitID login (default 5000). */
  followMs?: number;
}

export interface PageAudit {
  url: string;
  findings: PlainFinding[];
  /** With `click`: where each click led. */
  followed: Followed[];
}

/**
 * Settles the page (deadline on every wait), then audits every frame in an isolated world. Throws
 * UnsettledError when the page cannot be settled (fonts that never load, a page that reloads itself).
 */
export async function auditPage(page: Page, options: AuditPageOptions = {}): Promise<PageAudit> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const started = Date.now();
  await settle(page, { timeoutMs, waitFor: options.waitFor });
  const url = page.url();
  let audit: Awaited<ReturnType<typeof auditInIsolation>>;
  const { click, followMs, waitFor, timeoutMs: _t, ...auditOptions } = options;
  try {
    audit = await auditInIsolation(page, { ...auditOptions, timeoutMs: Math.max(1000, timeoutMs - (Date.now() - started)) });
  } catch (error) {
    if (page.url() !== url) throw new UnsettledError(`it navigated to ${page.url()} while being audited`);
    throw error;
  }
  const findings = audit.findings;
  // Numbered top to bottom, as a reader scans the page and its screenshot.
  findings.sort((a, b) => a.rect.y - b.rect.y || a.rect.x - b.rect.x);
  let followed: Followed[] = [];
  if (click && audit.ctas.length) {
    const tabs = await contextForTabs(page);
    const clicks = await followClicks(tabs.context, url, audit.ctas, { timeoutMs, followMs, waitFor, allowUnaccentedAccept: options.allowUnaccentedAccept }).finally(tabs.close);
    // A click's findings belong to its button: after that button's own findings.
    for (const f of clicks.findings) {
      const own = findings.filter((g) => g.selector === f.selector).at(-1);
      const at = own ? findings.indexOf(own) + 1 : findings.length;
      findings.splice(at, 0, { ...f, rect: own?.rect ?? f.rect });
    }
    followed = clicks.followed;
  }
  return { url, findings, followed };
}

/**
 * Where the clicks get their fresh tabs: the page's own context, or, for a page from
 * browser.newPage() (a context that refuses a second page), a new one with its cookies and storage.
 */
async function contextForTabs(page: Page): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const own = page.context();
  const probe = await own.newPage().catch(() => undefined);
  if (probe) {
    await probe.close();
    return { context: own, close: async () => undefined };
  }
  const browser = own.browser();
  if (!browser) throw new Error('auditPage: the page\'s context opens no new tabs and has no browser to open a context from, so its clicks cannot be followed');
  const context = await browser.newContext({ storageState: await own.storageState(), viewport: page.viewportSize() });
  return { context, close: () => context.close() };
}

/** The `expect` matcher: `expect.extend(mitidMatchers)` or use the `expect` exported below. */
export const mitidMatchers = {
  async toPassMitIDAudit(this: { isNot?: boolean }, page: Page, options: AuditPageOptions = {}) {
    const { url, findings } = await auditPage(page, options);
    const pass = findings.length === 0;
    return {
      pass,
      name: 'toPassMitIDAudit',
      message: () => (pass ? `expected MitID problems on ${url}, found none` : `MitID problems on ${url}:\n${formatFindings(findings)}`),
    };
  },
};

interface Extendable {
  extend(matchers: Record<string, unknown>): unknown;
}

/**
 * Adds toPassMitIDAudit to an `expect` and returns the one to use: Playwright's expect.extend
 * returns a new expect; vitest's and jest's extend the one given.
 */
export function withMitIDMatchers<E extends Extendable>(expect: E): E {
  const extended = expect.extend(mitidMatchers);
  return (typeof extended === 'function' ? extended : expect) as E;
}
