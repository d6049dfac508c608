/**
 * Page-level checks: the MitID login page shown inside a frame (L1, L3) and the MitID box's
 * rendered height and clipping ancestors (L4).
 */
import { analyzeMitIDUrl, MITID_BOX } from '../core/index.js';
import { ancestors, isRendered, selectorPath, shadowRootOf, styleOf } from './dom.js';
import type { RawFinding } from './check-cta.js';
import type { AuditOptions } from './types.js';

function frameUrl(el: Element): string {
  const attr = el.localName === 'object' ? 'data' : 'src';
  const raw = el.getAttribute(attr);
  if (!raw) return '';
  try {
    return new URL(raw, el.ownerDocument.baseURI).href;
  } catch {
    return raw;
  }
}

/** Out of sight: no box, or at most 1px in either direction, or invisible. */
function zeroSize(el: Element): boolean {
  if (!isRendered(el)) return true;
  const r = el.getBoundingClientRect();
  const cs = styleOf(el);
  return r.width <= 1 || r.height <= 1 || cs.visibility === 'hidden' || cs.opacity === '0';
}

export function checkFrame(el: Element, options: AuditOptions): RawFinding | undefined {
  const url = frameUrl(el);
  if (!url) return undefined;
  const a = analyzeMitIDUrl(url);
  if (a.verdict !== 'yes') return undefined;
  // A hidden prompt=none frame is a silent session check, not a login page shown to anyone.
  if (a.silent && zeroSize(el)) return undefined;
  if (a.reauthIframe && options.allowReauthIframe) return undefined;
  const tag = el.localName;
  const message = a.reauthIframe
    ? `<${tag}> shows Signaturgruppen's re-authentication iframe; allowed only for users known by UUID or CPR (option allowReauthIframe)`
    : `<${tag}> shows the MitID login page (${a.reason === 'host' ? a.host : a.reason}); MitID must never be framed: redirect the page, or open a popup`;
  return { ruleId: 'mitid-login-in-frame', message, element: el, evidence: { url, reason: a.reason, host: a.host ?? '', silent: a.silent, element: tag } };
}

const SCROLLS = new Set(['hidden', 'clip', 'scroll', 'auto']);

/**
 * An empty box (the broker fills it later, or a local preview) is measured with a 588px probe in
 * it, removed again before anything paints: the box is judged by the room the page gives it.
 */
function measureBox(el: Element, min: number): { height: number; placeholder: boolean; cleanup: () => void } {
  const filled = el.childElementCount > 0 || shadowRootOf(el) !== null || el.getBoundingClientRect().height > 0;
  if (filled) return { height: el.getBoundingClientRect().height, placeholder: false, cleanup: () => undefined };
  const probe = el.ownerDocument.createElement('div');
  probe.style.cssText = `display:block;width:1px;height:${min}px;margin:0;padding:0;border:0`;
  el.append(probe);
  const inline = styleOf(el).display.startsWith('inline');
  const own = el.getBoundingClientRect().height;
  const height = inline ? probe.getBoundingClientRect().height : Math.min(own, probe.getBoundingClientRect().height);
  return { height, placeholder: true, cleanup: () => probe.remove() };
}

export function checkBox(el: Element): RawFinding[] {
  if (!isRendered(el)) return [];
  const min = MITID_BOX.heightPx;
  const findings: RawFinding[] = [];
  const { height, placeholder, cleanup } = measureBox(el, min);
  try {
    const cs = styleOf(el);
    if (height < min - 0.5) {
      findings.push({
        ruleId: 'mitid-box-size',
        message: `The MitID box renders ${Math.round(height)}px tall; it needs at least ${min}px (400 x 588), fully visible`,
        element: el,
        evidence: { heightPx: Math.round(height), minPx: min, maxHeight: cs.maxHeight, placeholder },
      });
    }
    const need = Math.max(min, height);
    for (const a of ancestors(el)) {
      const acs = styleOf(a);
      // The page itself scrolls through html and body; only boxes inside the page clip.
      if (!SCROLLS.has(acs.overflowY) || a.localName === 'html' || a.localName === 'body') continue;
      if (a.clientHeight >= need - 0.5) continue;
      findings.push({
        ruleId: 'mitid-box-size',
        message: `The MitID box is clipped: an ancestor is ${a.clientHeight}px tall with overflow ${acs.overflowY} (max-height ${acs.maxHeight}); the box needs ${Math.round(need)}px without scrolling`,
        element: el,
        evidence: { ancestor: selectorPath(a), ancestorHeightPx: a.clientHeight, overflow: acs.overflowY, maxHeight: acs.maxHeight, minPx: min },
      });
      break;
    }
  } finally {
    cleanup();
  }
  return findings;
}
