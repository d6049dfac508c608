/**
 * Letting a page settle before the audit, with a deadline on every wait: a quiet network, the
 * `--wait-for` selector, web fonts (document.fonts.ready) and two painted frames, all read in an
 * isolated world, so a page that overrides requestAnimationFrame or document.fonts cannot stall it.
 * A page that keeps loading new documents (it reloads or redirects itself) cannot be settled.
 */
import type { Page } from 'playwright-core';
import { evaluateIsolated } from './isolated.js';

/** The page could not be brought to a state worth auditing; the reason says why. */
export class UnsettledError extends Error {
  override name = 'UnsettledError';
}

export interface SettleOptions {
  /** Milliseconds from now that settling may take. */
  timeoutMs: number;
  /** A selector that must be attached before the audit (an app that renders late). */
  waitFor?: string;
}

/** Network-quiet wait: long enough for late XHRs, short enough for pages that poll forever. */
const QUIET_MS = 5000;
/** How many times a page may load a new document while settling before it is given up on. */
const MAX_RELOADS = 3;

const FONTS_AND_FRAMES = (ms: number): string => `(async () => {
  const timeout = (v) => new Promise((r) => setTimeout(() => r(v), ${ms}));
  const fonts = await Promise.race([document.fonts.ready.then(() => true), timeout(false)]);
  const pending = [...document.fonts].filter((f) => f.status === 'loading').map((f) => f.family);
  const painted = await Promise.race([new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))), timeout(false)]);
  return { fonts, pending, painted };
})()`;

async function settleOnce(page: Page, until: number, waitFor: string | undefined): Promise<void> {
  const left = (): number => Math.max(1, until - Date.now());
  await page.waitForLoadState('networkidle', { timeout: Math.min(QUIET_MS, left()) }).catch(() => undefined);
  if (waitFor) {
    await page.waitForSelector(waitFor, { state: 'attached', timeout: left() }).catch(() => {
      throw new UnsettledError(`--wait-for "${waitFor}" did not appear within the timeout`);
    });
  }
  const state = await evaluateIsolated<{ fonts: boolean; pending: string[]; painted: boolean }>(page, FONTS_AND_FRAMES(left()), left() + 1000, 'waiting for fonts');
  if (!state.fonts) {
    const which = state.pending.length ? ` (${[...new Set(state.pending)].join(', ')} still loading)` : '';
    throw new UnsettledError(`its web fonts did not finish loading within the timeout${which}: a font request that never answers`);
  }
  // Headless Chromium paints a visible page; a page without frames is judged as laid out.
}

/** Settles the page; throws UnsettledError with the reason when it cannot. */
export async function settle(page: Page, options: SettleOptions): Promise<void> {
  const until = Date.now() + options.timeoutMs;
  let loads = 0;
  const onLoad = (): void => void loads++;
  page.on('domcontentloaded', onLoad);
  try {
    for (let round = 0; ; round++) {
      const before = loads;
      try {
        await settleOnce(page, until, options.waitFor);
      } catch (error) {
        // A navigation in the middle destroys the world being waited in: count it and go round again.
        if (error instanceof UnsettledError || loads === before) throw error;
      }
      if (loads === before) return;
      if (round >= MAX_RELOADS || Date.now() >= until) {
        throw new UnsettledError(`it kept loading new documents (${loads} times while settling: it reloads or redirects itself), so every run would see another page`);
      }
    }
  } finally {
    page.off('domcontentloaded', onLoad);
  }
}
