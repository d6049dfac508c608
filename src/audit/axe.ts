/**
 * The audit as axe-core rules: after configureAxe(axe), every axe run (axe.run, @axe-core/playwright,
 * jest-axe, cypress-axe ...) lists MitID findings beside the accessibility ones, tagged "mitid".
 */
import { runAudit, type AuditRun } from './audit.js';
import { AUDIT_RULES, ruleHelpUrl, type AuditRuleId } from './rules.js';
import type { AuditOptions } from './types.js';

/** The part of axe-core's API this needs (`import axe from 'axe-core'` or `window.axe`). */
export interface AxeLike {
  configure(spec: unknown): void;
}

/** axe calls one rule's matches/evaluate per node: audit the document once per task, not per node. */
let cache: { doc: Document; run: AuditRun } | undefined;

function runFor(node: Element, options: AuditOptions): AuditRun {
  const doc = node.ownerDocument;
  if (cache?.doc !== doc) {
    cache = { doc, run: runAudit(doc, options) };
    setTimeout(() => (cache = undefined), 0);
  }
  return cache.run;
}

/** Rules an axe run can show on an element (the popup watch has no element of its own). */
const AXE_RULES = AUDIT_RULES.filter((r) => r.id !== 'mitid-popup');

export function configureAxe(axe: AxeLike, options: AuditOptions = {}): void {
  const checkId = (id: AuditRuleId): string => `${id}-check`;
  axe.configure({
    checks: AXE_RULES.map((rule) => ({
      id: checkId(rule.id),
      evaluate(this: { data(d: unknown): void }, node: Element): boolean {
        const found = runFor(node, options).findings.filter((f) => f.ruleId === rule.id && f.element === node);
        if (!found.length) return true;
        this.data({ message: found.map((f) => f.message).join('; '), evidence: found.map((f) => f.evidence) });
        return false;
      },
      metadata: { impact: 'serious', messages: { pass: `Follows the MitID rule: ${rule.help}`, fail: '${data.message}' } },
    })),
    rules: AXE_RULES.map((rule) => ({
      id: rule.id,
      selector: '*',
      excludeHidden: false,
      tags: ['mitid', 'mitid-ux-kit'],
      matches: (node: Element) => runFor(node, options).subjects.get(rule.id)?.has(node) ?? false,
      all: [checkId(rule.id)],
      any: [],
      none: [],
      metadata: { description: rule.help, help: `MitID ${rule.facts}: ${rule.help}`, helpUrl: ruleHelpUrl(rule.id) },
    })),
  });
}
