/**
 * mitid-ux-kit/audit: checks what users really see. Run it in a browser test, a console, or
 * through the `mitid-ux audit` command; or let axe-core run it (configureAxe).
 */
export { auditMitID, runAudit, type AuditRun } from './audit.js';
export { configureAxe, type AxeLike } from './axe.js';
export { watchPopups, type PopupWatch, type PopupRecord, type PopupWatchOptions } from './popup-watch.js';
export { formatFindings, toPlainFindings, type PlainFinding } from './report.js';
export { AUDIT_RULES, AUDIT_DOCS_URL, ruleHelpUrl, type AuditRule, type AuditRuleId } from './rules.js';
export { accessibleName, visibleText } from './text.js';
export { elementAtPath, selectorPath, useShadowRoots } from './dom.js';
export type { AuditFinding, AuditOptions, Evidence } from './types.js';
