/**
 * The audit's rules: one id per fact of MITID-RULES.md that a rendered page can show. The same ids
 * name the axe rules and the CLI's SARIF rules, so a finding reads the same everywhere.
 */

export interface AuditRule {
  id: string;
  /** The rules-sheet numbers this rule checks (MITID-RULES.md). */
  facts: string;
  /** One line: what a compliant page does. */
  help: string;
}

/** Where each rule is explained (the package README's "Runtime audit" rules table). */
export const AUDIT_DOCS_URL = 'https://www.npmjs.com/package/mitid-ux-kit#runtime-audit-rules';

export const AUDIT_RULES = [
  { id: 'mitid-cta-element', facts: 'B1', help: 'A MitID call to action is a real <button> or <a href>, so keyboards and screen readers reach it.' },
  { id: 'mitid-cta-text', facts: 'B7, B10', help: 'The visible text of a MitID call to action is exactly one of the ten approved phrases.' },
  { id: 'mitid-cta-name', facts: 'B8', help: 'The accessible name equals the visible phrase (the MitID logo has empty alternative text).' },
  { id: 'mitid-cta-style', facts: 'B2-B6', help: 'Background #0060e6, white text, "IBM Plex Sans" first, 48px tall, a radius from 0 to a pill, text not transformed.' },
  { id: 'mitid-cta-font-loaded', facts: 'B3', help: 'IBM Plex Sans is really loaded (document-level @font-face), not only named.' },
  { id: 'mitid-cta-visual', facts: 'B2-B7, B10', help: 'The call to action is drawn as it is written: nothing over it, no filter, opacity, blend, mask, clip or distorting transform, its whole text shown in the brand colour (no ellipsis, marker, size 0, letter-spacing or small capitals).' },
  { id: 'mitid-unverifiable', facts: 'B1-B10, L1-L7', help: 'Everything that shows or opens MitID can be read: no cross-origin frame the audit cannot enter, no label drawn on a canvas, a page that settles. What cannot be verified fails.' },
  { id: 'mitid-login-in-frame', facts: 'L1, L3', help: 'The MitID login page is never shown in an iframe, frame, object or embed: redirect, or open a popup.' },
  { id: 'mitid-box-size', facts: 'L4', help: 'The MitID box renders at least 588px tall and no ancestor clips it.' },
  { id: 'mitid-popup', facts: 'L7', help: 'A MitID popup opens from a click, at least 400 x 660, with scrollbars and resizing left on.' },
  { id: 'mitid-click', facts: 'L1, L7', help: 'Clicking the call to action (mouse and Enter) leads to the MitID login: a top-level navigation, or a popup. A click that leads nowhere cannot be verified and fails.' },
  { id: 'mitid-login-hint', facts: 'B7', help: "The login URL's login_hint action matches the button's verb (a \"Godkend med MitID\" button does not start a login), and it is not a silent prompt=none request, which shows no MitID box." },
] as const satisfies readonly AuditRule[];

export type AuditRuleId = (typeof AUDIT_RULES)[number]['id'];

export function ruleHelpUrl(id: AuditRuleId): string {
  return `${AUDIT_DOCS_URL.replace(/#.*$/, '')}#${id}`;
}
