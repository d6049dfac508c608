import type { AuditRuleId } from './rules.js';

export type Evidence = Record<string, string | number | boolean>;

export interface AuditFinding {
  ruleId: AuditRuleId;
  message: string;
  /** The element at fault (for a popup: the element that had focus when it opened). */
  element: Element;
  /** A selector path to the element; ` >>> ` steps into a shadow root or a frame. */
  selector: string;
  /** What was measured: the computed value, the accessible name, the URL ... */
  evidence: Evidence;
}

export interface AuditOptions {
  /** Accept Signaturgruppen's unaccented "Accepter med MitID" (see core classifyText). */
  allowUnaccentedAccept?: boolean;
  /** Allow Signaturgruppen's re-authentication iframe (L3) for users known by UUID or CPR. */
  allowReauthIframe?: boolean;
  /** Where the MitID box is on the page; default `verify` (the broker's custom HTML element). */
  boxSelectors?: string[];
  /** Extra selectors for calls to action the heuristics cannot see (a wrapper component, say). */
  ctaSelectors?: string[];
  /** Look inside same-origin frames (default true). */
  frames?: boolean;
  /** Leave these rules out. */
  disable?: AuditRuleId[];
}
