/**
 * An opt-in watch on window.open (L7): records every MitID login popup with its size, its features
 * and whether a click opened it (popup blockers stop the rest).
 */
import { analyzeMitIDUrl, checkPopupFeatures, type PopupProblem } from '../core/index.js';
import type { RawFinding } from './check-cta.js';

export interface PopupRecord {
  url: string;
  target: string;
  features: string;
  /** A user gesture was active (navigator.userActivation), so blockers let it through. */
  fromClick: boolean;
  /** The element that had focus: usually the button that opened it. */
  opener: Element;
}

export interface PopupWatch {
  readonly records: readonly PopupRecord[];
  /** Findings for the MitID popups recorded so far. */
  findings(): RawFinding[];
  /** Puts the original window.open back. */
  stop(): void;
}

export interface PopupWatchOptions {
  /** Record but do not open (tests, the CLI). */
  block?: boolean;
}

const watches = new WeakMap<Document, PopupWatch>();

/** The watch installed on a document's window, if any (auditMitID reports its findings). */
export function popupWatchFor(doc: Document): PopupWatch | undefined {
  return watches.get(doc);
}

function problemText(p: PopupProblem): string {
  switch (p.kind) {
    case 'too-narrow':
      return `is ${p.widthPx}px wide; it needs at least ${p.minPx}px`;
    case 'too-short':
      return `is ${p.heightPx}px tall; it needs at least ${p.minPx}px`;
    case 'no-scrollbars':
      return 'turns scrollbars off';
    case 'not-resizable':
      return 'cannot be resized';
  }
}

export function watchPopups(win: Window = window, options: PopupWatchOptions = {}): PopupWatch {
  const doc = win.document;
  watches.get(doc)?.stop();
  const original = win.open;
  const records: PopupRecord[] = [];
  win.open = function open(this: Window, url?: string | URL, target?: string, features?: string): Window | null {
    let href = url === undefined ? '' : String(url);
    try {
      href = new URL(href, doc.baseURI).href;
    } catch {
      /* keep what was given */
    }
    const activation = (win.navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
    records.push({ url: href, target: target ?? '', features: features ?? '', fromClick: activation?.isActive ?? true, opener: doc.activeElement ?? doc.documentElement });
    return options.block ? null : original.call(win, url, target, features);
  } as typeof win.open;
  const watch: PopupWatch = {
    records,
    findings() {
      const out: RawFinding[] = [];
      for (const r of records) {
        if (analyzeMitIDUrl(r.url).verdict !== 'yes') continue;
        const evidence = { url: r.url, features: r.features, fromClick: r.fromClick };
        for (const p of checkPopupFeatures(r.features)) out.push({ ruleId: 'mitid-popup', message: `The MitID popup ${problemText(p)} (features "${r.features}")`, element: r.opener, evidence });
        if (!r.fromClick) out.push({ ruleId: 'mitid-popup', message: 'The MitID popup opened without a click, so popup blockers stop it: open it from the button\'s click handler', element: r.opener, evidence });
      }
      return out;
    },
    stop() {
      win.open = original;
      if (watches.get(doc) === watch) watches.delete(doc);
    },
  };
  watches.set(doc, watch);
  return watch;
}
