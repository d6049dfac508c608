/**
 * Navigation for a MitID link: never inside a frame (the MitID page refuses to load in one), and
 * an optional popup opened inside the click handler, with a redirect when it cannot open.
 */
import { POPUP_DEFAULT, POPUP_MIN_SCREEN_WIDTH_PX, popupFeatures } from '../../core/index.js';
import { show, warnOnce } from './report.js';

/** The parts of `window` the launch needs, so tests can pass a fake. */
export interface LaunchWindow {
  /** `window.window` and `window.top` are unforgeable; `self` and `parent` a page script can replace. */
  readonly window: unknown;
  readonly top: { location: { href: string } } | null;
  readonly location: { href: string };
  readonly screen: { availWidth: number };
  readonly screenX: number;
  readonly screenY: number;
  readonly outerWidth: number;
  readonly outerHeight: number;
  open(url: string, target?: string, features?: string): unknown;
}

export function isFramed(win: LaunchWindow): boolean {
  try {
    return win.top !== win.window;
  } catch {
    return true;
  }
}

/** Navigation targets a button may use: a named one could be a frame of the page (L1). */
export const TARGETS: readonly string[] = ['_self', '_blank', '_top', '_parent'];

/**
 * The target a link or form submission from the button uses: `asked` if it is a keyword, else
 * `_self`; inside a frame anything but a new tab becomes `_top`. Always explicit, so a page's
 * `<base target="frame">` never applies.
 */
export function safeTarget(asked: string | null | undefined, framed: boolean): string {
  let target = asked ? asked.toLowerCase() : '_self';
  if (!TARGETS.includes(target)) {
    warnOnce(`target="${show(asked)}" is refused (one of ${TARGETS.join(', ')}: a named one can be a frame); using "_self".`);
    target = '_self';
  }
  return framed && target !== '_blank' ? '_top' : target;
}

/** A full-page redirect of the top window. A cross-origin parent may refuse: then `_top` by name. */
export function redirect(win: LaunchWindow, url: string): void {
  if (!isFramed(win)) {
    win.location.href = url;
    return;
  }
  try {
    if (!win.top) throw new Error('no top window');
    win.top.location.href = url;
  } catch {
    win.open(url, '_top');
  }
}

/** Opens the popup centred on the opener's window; redirects on a small screen or when blocked. */
export function launchPopup(win: LaunchWindow, url: string): 'popup' | 'redirect' {
  if (win.screen.availWidth >= POPUP_MIN_SCREEN_WIDTH_PX) {
    const features = popupFeatures(POPUP_DEFAULT, { left: win.screenX, top: win.screenY, width: win.outerWidth, height: win.outerHeight });
    // A new, unnamed window: a named one ("mitid") would load in a page's <iframe name="mitid">.
    if (win.open(url, '_blank', features)) return 'popup';
  }
  redirect(win, url);
  return 'redirect';
}
