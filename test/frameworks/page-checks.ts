/**
 * What a user would see of every framework's app in Chromium. Each app renders the same page:
 * `#submit`, a `type="submit"` button (action sign, lang en, name=via value=mitid, with
 * `disabled`, `loading` and `full-width` bound to false the framework's own way) in `#form`;
 * `#link`, a link button (href "#launched") whose `mitid-launch` handler, bound the framework's
 * own way, writes `event.detail.mode` into `<output id="launched">`.
 */
import type { Browser, ConsoleMessage } from 'playwright-core';
import { BRAND_BLUE, BUTTON_HEIGHT_PX, approvedPhrase } from '../../src/core/index.js';

export const PHRASE = approvedPhrase('sign', 'en');

export interface PageFacts {
  phrase: string | null;
  /** Rendered phrases in the shadow root: 1 (a server-rendered root rendered again would give 2). */
  phrases: number;
  /** Cumulative layout shift from navigation until the checks start. */
  cls: number;
  lang: string | null;
  height: number;
  background: string;
  fontLoaded: boolean;
  fontFamily: string;
  booleans: { disabled: boolean; loading: boolean; fullWidth: boolean; innerDisabled: boolean; spinner: boolean; widthRatio: number };
  launched: string;
  submitted: { via: string | null; bySubmitButton: boolean } | null;
  errors: string[];
}

/** The hex colour as Chromium reports a computed colour. */
export function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
}

export const EXPECTED = { height: BUTTON_HEIGHT_PX, background: rgb(BRAND_BLUE) };

/** Console errors and uncaught exceptions (a hydration mismatch is reported as either). */
function collectErrors(page: import('playwright-core').Page): string[] {
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() !== 'error') return;
    // A missing favicon is the browser's own request, not the app's.
    if (/\/favicon\.ico$/.test(m.location().url)) return;
    errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  return errors;
}

export async function checkPage(browser: Browser, url: string): Promise<PageFacts> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  try {
    const page = await context.newPage();
    const errors = collectErrors(page);
    // Every request stays on this machine.
    await page.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
    await page.addInitScript(() => {
      const w = window as unknown as { cls: number };
      w.cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await page.waitForFunction(() => customElements.get('mitid-button') && document.querySelector('#submit')?.shadowRoot?.querySelector('.text'), undefined, { timeout: 20_000 });
    await page.evaluate(async () => {
      await (document.querySelector('#submit') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await document.fonts.ready;
    });
    // Give a framework's hydration a moment to finish before looking (it is async in React 18+).
    await page.waitForTimeout(300);
    const facts = await page.evaluate(() => {
      type Button = HTMLElement & { disabled: boolean; loading: boolean; fullWidth: boolean };
      const host = document.querySelector('#submit') as Button;
      const root = host.shadowRoot!;
      const text = root.querySelector('.text') as HTMLElement;
      const control = root.querySelector('.control') as HTMLElement;
      const box = host.getBoundingClientRect();
      const parent = (host.parentElement ?? document.body).getBoundingClientRect();
      const plex = [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'IBM Plex Sans');
      return {
        phrase: text.textContent,
        phrases: root.querySelectorAll('.text').length,
        cls: (window as unknown as { cls: number }).cls,
        lang: text.getAttribute('lang'),
        height: box.height,
        background: getComputedStyle(control).backgroundColor,
        fontLoaded: plex.some((f) => f.status === 'loaded'),
        fontFamily: getComputedStyle(text).fontFamily,
        booleans: {
          disabled: host.disabled,
          loading: host.loading,
          fullWidth: host.fullWidth,
          innerDisabled: (control as HTMLButtonElement).disabled === true,
          spinner: !!root.querySelector('.spinner'),
          widthRatio: box.width / parent.width,
        },
      };
    });
    // The launch event, through the framework's own event binding.
    await page.click('#link');
    const launched = await page
      .waitForFunction(() => document.querySelector('#launched')?.textContent?.trim() || false, undefined, { timeout: 5000 })
      .then((h) => h.jsonValue() as Promise<string>, () => '');
    // The form: a real click on the button submits it, with the button as submitter.
    await page.evaluate(() => {
      const w = window as unknown as { submitted?: unknown };
      document.addEventListener(
        'submit',
        (e) => {
          e.preventDefault();
          const host = document.querySelector('#submit')!;
          const submitter = (e as SubmitEvent).submitter;
          w.submitted = { via: new FormData(e.target as HTMLFormElement, submitter).get('via'), bySubmitButton: !!submitter && (submitter === host || host.contains(submitter)) };
        },
        { capture: true },
      );
    });
    await page.click('#submit');
    const submitted = await page
      .waitForFunction(() => (window as unknown as { submitted?: unknown }).submitted ?? false, undefined, { timeout: 5000 })
      .then((h) => h.jsonValue() as Promise<PageFacts['submitted']>, () => null);
    return { ...facts, launched, submitted, errors };
  } finally {
    await context.close();
  }
}

/** The server's HTML without any script: the button's box and phrase as the user first sees them. */
export async function checkWithoutScript(browser: Browser, url: string): Promise<{ phrase: string | null; height: number }> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 800 } });
  try {
    const page = await context.newPage();
    await page.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const host = page.locator('#submit');
    const height = (await host.boundingBox())?.height ?? 0;
    const phrase = await host.evaluate((el) => el.shadowRoot?.querySelector('.text')?.textContent ?? null).catch(() => null);
    return { phrase, height };
  } finally {
    await context.close();
  }
}
