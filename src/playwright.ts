/**
 * mitid-ux-kit/playwright: the `mitid-ux audit` checks inside a team's own Playwright tests.
 *
 *   import { auditPage, expect } from 'mitid-ux-kit/playwright';
 *   const { findings } = await auditPage(page);
 *   await expect(page).toPassMitIDAudit();
 *
 * playwright-core (or @playwright/test) is an optional peer: only its types are imported here, and
 * nothing of this file reaches the browser bundle.
 */
import type { Page } from 'playwright-core';
import type { AuditOptions, PlainFinding } from './audit/index.js';
import { auditInIsolation } from './playwright/isolated.js';
import { settle, UnsettledError } from './playwright/settle.js';
import { formatFindings } from './playwright/format.js';

export { UnsettledError } from './playwright/settle.js';
export { formatFindings } from './playwright/format.js';
export type { PlainFinding } from './audit/index.js';

export interface AuditPageOptions extends AuditOptions {
  /** Milliseconds for settling and auditing the page (default 30000). */
  timeoutMs?: number;
  /** Wait until this selector is attached before auditing. */
  waitFor?: string;
}

export interface PageAudit {
  url: string;
  findings: PlainFinding[];
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
  let findings: PlainFinding[];
  try {
    findings = await auditInIsolation(page, { ...options, timeoutMs: Math.max(1000, timeoutMs - (Date.now() - started)) });
  } catch (error) {
    if (page.url() !== url) throw new UnsettledError(`it navigated to ${page.url()} while being audited`);
    throw error;
  }
  // Numbered top to bottom, as a reader scans the page and its screenshot.
  findings.sort((a, b) => a.rect.y - b.rect.y || a.rect.x - b.rect.x);
  return { url, findings };
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

/** Adds toPassMitIDAudit to a Playwright (or vitest/jest) `expect` and returns it. */
export function withMitIDMatchers<E extends Extendable>(expect: E): E {
  return expect.extend(mitidMatchers) as E;
}
