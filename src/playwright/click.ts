/**
 * The click step: what a reviewer at the broker does by hand. Each MitID call to action is clicked
 * in a fresh tab (the first one also with keyboard Enter), and where it leads is observed: a
 * top-level navigation to a MitID login URL passes; the login in a frame, a popup that is too
 * small or not opened by the click, a login_hint verb other than the button's, or nothing at all
 * within the deadline ("could not follow") are findings. Every request to a MitID or broker host
 * is answered locally: nothing reaches the broker and no login is attempted.
 */
import type { BrowserContext, Page, Request, Route } from 'playwright-core';
import { analyzeMitIDUrl, checkPopupFeatures, classifyText, isMitIDLoginUrl, loginHintAction, MITID_LOGIN_HOSTS, POPUP_MIN_SCREEN_WIDTH_PX } from '../core/index.js';
import type { PlainFinding } from '../audit/index.js';
import { callIsolated, deadline, type FoundCta } from './isolated.js';
import { settle } from './settle.js';

export interface ClickOptions {
  /** Milliseconds a click may take to lead somewhere (default 5000). */
  followMs?: number;
  /** Milliseconds for loading and settling each fresh tab. */
  timeoutMs: number;
  allowUnaccentedAccept?: boolean;
  waitFor?: string;
}

/** Where a click led. */
export interface Followed {
  selector: string;
  input: 'mouse' | 'keyboard';
  /** 'navigation' (top level), 'popup', 'frame' or 'nowhere'. */
  outcome: 'navigation' | 'popup' | 'frame' | 'nowhere';
  /** The MitID login URL reached, if any. */
  loginUrl?: string;
  /** The form submit or site redirects on the way (method and URL). */
  via: string[];
  /** Set by runners that audit at several sizes. */
  viewport?: string;
}

/** A broker or MitID host: any request there is answered locally (the token endpoint as much as the login page). */
export function isBrokerRequest(url: string): boolean {
  if (isMitIDLoginUrl(url) === 'yes') return true;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return MITID_LOGIN_HOSTS.some((s) => (s.startsWith('.') ? host.endsWith(s) : host === s));
}

const STUB = '<!doctype html><title>MitID login (answered by mitid-ux)</title><p>The MitID login page would show here. Nothing was sent to the broker.</p>';

interface Observation {
  login?: { url: string; where: 'navigation' | 'popup' | 'frame'; frameTag?: string };
  /** From the DevTools protocol (Page.windowOpen): real, but normalised (no scrollbars, "resizable" only when on). */
  popups: { url: string; features: string; userGesture: boolean }[];
  /** The feature strings the page passed to window.open, as written (a page may hide its calls from this). */
  written: string[];
  via: string[];
  errors: string[];
  /** Silent (prompt=none) session checks in frames: not the login. */
  silent: string[];
}

function rect(): PlainFinding['rect'] {
  return { x: 0, y: 0, width: 0, height: 0 };
}

/** Puts the tab's focus on the call to action and returns its centre in the viewport, or undefined. */
async function locate(tab: Page, selector: string, focus: boolean, ms: number): Promise<{ x: number; y: number } | undefined> {
  return callIsolated<{ x: number; y: number } | undefined>(
    tab,
    `(audit, selector, focus) => {
      const el = audit.elementAtPath(selector, document);
      if (!el) return undefined;
      el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
      if (focus) el.focus();
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }`,
    [selector, focus],
    ms,
    'finding the button again',
  );
}

/** The verb a phrase names ("Godkend med MitID" → approve), from the core's classification. */
function verbOf(text: string, allowUnaccentedAccept: boolean | undefined): string | undefined {
  const c = classifyText(text, { allowUnaccentedAccept });
  return c.kind === 'approved' ? c.action : undefined;
}

async function followOne(context: BrowserContext, url: string, cta: FoundCta, input: 'mouse' | 'keyboard', options: ClickOptions): Promise<{ followed: Followed; findings: PlainFinding[] }> {
  const followMs = options.followMs ?? 5000;
  const tab = await context.newPage();
  // The screen the click happens on (the popup's own window has its own size).
  let screenWidth = tab.viewportSize()?.width;
  const seen: Observation = { popups: [], written: [], via: [], errors: [], silent: [] };
  const findings: PlainFinding[] = [];
  const finding = (ruleId: PlainFinding['ruleId'], message: string, evidence: PlainFinding['evidence']): void => {
    findings.push({ ruleId, message, selector: cta.selector, evidence: { ...evidence, input }, rect: rect() });
  };
  let clicked = false;
  let resolveLogin: () => void = () => undefined;
  const reached = new Promise<void>((r) => (resolveLogin = r));
  const onRoute = async (route: Route): Promise<void> => {
    const request = route.request();
    // A new window's first request has no frame yet: it is this tab's popup if the tab opened that URL.
    const frame = (() => {
      try {
        return request.frame();
      } catch {
        return undefined;
      }
    })();
    let framePage = frame?.page();
    if (!frame) {
      for (let i = 0; i < 10 && !seen.popups.some((p) => p.url === request.url()); i++) await new Promise((r) => setTimeout(r, 50));
      if (seen.popups.some((p) => p.url === request.url())) framePage = undefined;
      else return route.fallback();
    }
    const opener = framePage && framePage !== tab ? await framePage.opener().catch(() => null) : null;
    // Another tab's request (pages audited at once share the context): its own handler answers it.
    if (frame && framePage !== tab && opener !== tab) return route.fallback();
    if (clicked && request.isNavigationRequest() && isMitIDLoginUrl(request.url()) === 'yes' && !seen.login) {
      const where = !frame || framePage !== tab ? 'popup' : frame === tab.mainFrame() ? 'navigation' : 'frame';
      // A prompt=none frame is a silent session check that shows no MitID box (MITID-RULES.md
      // section 2): the click is judged by the login it leads to next, or fails as not followed.
      if (where === 'frame' && analyzeMitIDUrl(request.url()).silent) {
        seen.silent.push(request.url());
        return route.fulfill({ status: 200, contentType: 'text/html', body: STUB });
      }
      const frameTag = where === 'frame' && frame ? await frame.frameElement().then((h) => h.evaluate((el: Element) => el.localName)).catch(() => 'iframe') : undefined;
      seen.login = { url: request.url(), where, frameTag };
      resolveLogin();
    }
    await route.fulfill({ status: 200, contentType: 'text/html', body: STUB });
  };
  const onRequest = (request: Request): void => {
    if (!clicked || !request.isNavigationRequest() || isBrokerRequest(request.url())) return;
    seen.via.push(`${request.method()} ${request.url()}`);
  };
  await context.route((u) => isBrokerRequest(u.href), onRoute);
  const session = await context.newCDPSession(tab);
  try {
    await session.send('Page.enable');
    session.on('Page.windowOpen', (e: { url: string; windowFeatures: string[]; userGesture: boolean }) => {
      seen.popups.push({ url: e.url, features: e.windowFeatures.join(','), userGesture: e.userGesture });
    });
    await tab.exposeBinding('__mitidUxWindowOpen', (_source, features: string) => void seen.written.push(String(features)));
    await tab.addInitScript(() => {
      const open = window.open;
      window.open = function (this: Window, ...args: Parameters<typeof window.open>) {
        try {
          (window as unknown as { __mitidUxWindowOpen(f: string): void }).__mitidUxWindowOpen(String(args[2] ?? ''));
        } catch {
          /* the protocol's record still counts */
        }
        return open.apply(this, args);
      } as typeof window.open;
    });
    tab.on('pageerror', (e) => seen.errors.push(e.message.split('\n')[0] ?? String(e)));
    tab.on('request', onRequest);
    const started = Date.now();
    await tab.goto(url, { waitUntil: 'load', timeout: options.timeoutMs });
    await settle(tab, { timeoutMs: Math.max(1, options.timeoutMs - (Date.now() - started)), waitFor: options.waitFor });
    screenWidth ??= await tab.evaluate(() => window.innerWidth).catch(() => undefined);
    const at = await locate(tab, cta.selector, input === 'keyboard', options.timeoutMs);
    if (!at) {
      finding('mitid-click', `MitID call to action could not be followed: it was not found again in a fresh tab (${cta.selector}), so where it leads is unknown`, { reason: 'not found again' });
      return { followed: { selector: cta.selector, input, outcome: 'nowhere', via: [] }, findings };
    }
    clicked = true;
    if (input === 'keyboard') await tab.keyboard.press('Enter');
    else await tab.mouse.click(at.x, at.y);
    await deadline(reached, followMs, 'the click').catch(() => undefined);
  } finally {
    await context.unroute((u) => isBrokerRequest(u.href), onRoute).catch(() => undefined);
    await session.detach().catch(() => undefined);
    for (const p of context.pages()) if (p !== tab && p.opener && (await p.opener().catch(() => null)) === tab) await p.close().catch(() => undefined);
    await tab.close().catch(() => undefined);
  }

  const login = seen.login;
  const how = input === 'keyboard' ? 'Enter on the focused button' : 'A click';
  if (!login) {
    const went = seen.via.length
      ? `it went to ${seen.via.at(-1)}`
      : seen.popups.length
        ? `it opened ${seen.popups[0]?.url || 'an empty popup'}`
        : seen.silent.length
          ? `it only ran a silent session check (prompt=none) in a frame, which shows no MitID box`
          : 'nothing happened (no navigation, popup or MitID request)';
    const thrown = seen.errors.length ? `; the page threw "${seen.errors[0]}"` : '';
    finding('mitid-click', `${how} on the MitID call to action could not be followed to a MitID login within ${followMs}ms: ${went}${thrown}. This cannot be verified, so it fails`, {
      reason: 'could not follow',
      via: seen.via.join(' → '),
      error: seen.errors[0] ?? '',
    });
    return { followed: { selector: cta.selector, input, outcome: 'nowhere', via: seen.via }, findings };
  }
  if (login.where === 'frame') {
    finding('mitid-login-in-frame', `${how} on the MitID call to action loads the MitID login page in an <${login.frameTag}> (${new URL(login.url).host}); MitID must never be framed: redirect the page, or open a popup`, { url: login.url, element: login.frameTag ?? 'iframe' });
  }
  if (login.where === 'popup') {
    const popup = seen.popups.find((p) => p.url === login.url) ?? seen.popups[0];
    // As written when the page let us see it; the protocol's normalised list otherwise.
    const features = seen.written[0] ?? popup?.features ?? '';
    const problems = checkPopupFeatures(features);
    // The protocol lists "resizable" only when the window can be resized.
    if (popup && !popup.features.split(',').includes('resizable') && !problems.some((p) => p.kind === 'not-resizable')) problems.push({ kind: 'not-resizable' });
    for (const p of problems) {
      const what = p.kind === 'too-narrow' ? `is ${p.widthPx}px wide; it needs at least ${p.minPx}px` : p.kind === 'too-short' ? `is ${p.heightPx}px tall; it needs at least ${p.minPx}px` : p.kind === 'no-scrollbars' ? 'turns scrollbars off' : 'cannot be resized';
      finding('mitid-popup', `The MitID popup opened by the click ${what} (features "${features}")`, { url: login.url, features });
    }
    if (popup && !popup.userGesture) finding('mitid-popup', 'The MitID popup did not open from the click itself, so popup blockers stop it: open it in the click handler', { url: login.url, features });
    if (screenWidth !== undefined && screenWidth < POPUP_MIN_SCREEN_WIDTH_PX) finding('mitid-popup', `The MitID login opens in a popup on a ${screenWidth}px wide screen; on phones it becomes a tab: redirect instead`, { url: login.url, viewportWidth: screenWidth });
  }
  // login_hint=action:<verb> sets the verb in the MitID box; the button and its box agree (MITID-RULES.md
  // section 1). A login button without an action is left alone: an authorize request is a login.
  const verb = verbOf(cta.text, options.allowUnaccentedAccept);
  const hinted = loginHintAction(login.url);
  if (verb && (hinted ?? 'login') !== verb) {
    const asks = hinted ? `asks the MitID box to ${hinted} (login_hint=action:${hinted})` : 'does not set the verb of the MitID box (no login_hint action)';
    finding('mitid-login-hint', `MitID call to action reads "${cta.text}" (${verb}) but its login URL ${asks}: give the URL login_hint=action:${verb}`, {
      url: login.url,
      buttonAction: verb,
      loginHintAction: hinted ?? '',
    });
  }
  const analysis = analyzeMitIDUrl(login.url);
  if (analysis.silent) finding('mitid-login-hint', `The login URL the click leads to asks for a silent login (prompt=none), so the user never sees the MitID box`, { url: login.url, prompt: 'none' });
  return { followed: { selector: cta.selector, input, outcome: login.where, loginUrl: login.url, via: seen.via }, findings };
}

/**
 * Clicks each call to action found on `url` (in fresh tabs of `context`), the first one with the
 * keyboard as well. Calls to action inside frames cannot be clicked from the top page: they are
 * reported as not followed (audit the frame's address on its own).
 */
export async function followClicks(context: BrowserContext, url: string, ctas: readonly FoundCta[], options: ClickOptions): Promise<{ findings: PlainFinding[]; followed: Followed[] }> {
  const findings: PlainFinding[] = [];
  const followed: Followed[] = [];
  let keyboardDone = false;
  for (const cta of ctas) {
    if (!cta.top) {
      findings.push({
        ruleId: 'mitid-click',
        message: 'MitID call to action inside a frame could not be followed from the top page; audit the frame\'s address on its own',
        selector: cta.selector,
        evidence: { reason: 'in a frame' },
        rect: rect(),
      });
      continue;
    }
    const inputs: ('mouse' | 'keyboard')[] = keyboardDone ? ['mouse'] : ['mouse', 'keyboard'];
    keyboardDone = true;
    for (const input of inputs) {
      const r = await followOne(context, url, cta, input, options);
      // The keyboard run repeats what the mouse run found: keep only what differs (it led nowhere).
      const extra = input === 'keyboard' ? r.findings.filter((f) => !findings.some((g) => g.ruleId === f.ruleId && g.selector === f.selector)) : r.findings;
      findings.push(...extra);
      followed.push(r.followed);
    }
  }
  return { findings, followed };
}
