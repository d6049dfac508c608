/**
 * auditMitID: one pass over the rendered page (open shadow roots and same-origin frames too),
 * then the checks on the few elements that matter: calls to action, frames, the MitID box.
 */
import { checkCallToAction, ctaTarget, type RawFinding } from './check-cta.js';
import { checkBox, checkFrame } from './check-page.js';
import { isRendered, scanTree, selectorPath, withAuditedDocument, type AuditRoot } from './dom.js';
import { elementMentionsMitID, findCallsToAction } from './find-ctas.js';
import { popupWatchFor } from './popup-watch.js';
import type { AuditRuleId } from './rules.js';
import type { AuditFinding, AuditOptions } from './types.js';

export interface AuditRun {
  findings: AuditFinding[];
  /** The elements each rule looked at (passed or not): what axe lists as passes. */
  subjects: Map<AuditRuleId, Set<Element>>;
}

const CTA_RULES: AuditRuleId[] = ['mitid-cta-element', 'mitid-cta-text', 'mitid-cta-name', 'mitid-cta-style', 'mitid-cta-font-loaded', 'mitid-cta-visual', 'mitid-unverifiable'];

export function runAudit(root: AuditRoot = document, options: AuditOptions = {}): AuditRun {
  const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
  return withAuditedDocument(doc, () => run(root, doc, options));
}

function run(root: AuditRoot, doc: Document, options: AuditOptions): AuditRun {
  const marked: Element[] = [];
  const scan = scanTree(
    root,
    (el) => {
      if (el.attributes.length || el.localName === 'mitid-button') if (elementMentionsMitID(el)) marked.push(el);
    },
    { frames: options.frames ?? true },
  );
  const raw: RawFinding[] = [];
  const subjects = new Map<AuditRuleId, Set<Element>>();
  const subject = (ids: AuditRuleId[], el: Element): void => {
    for (const id of ids) {
      if (!subjects.has(id)) subjects.set(id, new Set());
      subjects.get(id)?.add(el);
    }
  };

  for (const cta of findCallsToAction(scan, marked, options)) {
    if (!isRendered(cta)) continue;
    const found = checkCallToAction(cta, options, scan.roots);
    subject(CTA_RULES, ctaTarget(cta));
    raw.push(...found);
  }
  for (const frame of scan.frames) {
    const f = checkFrame(frame, options);
    if (f) {
      subject(['mitid-login-in-frame'], frame);
      raw.push(f);
    }
  }
  for (const selector of options.boxSelectors ?? ['verify']) {
    for (const r of scan.roots) {
      for (const box of r.querySelectorAll(selector)) {
        subject(['mitid-box-size'], box);
        raw.push(...checkBox(box));
      }
    }
  }
  raw.push(...(popupWatchFor(doc)?.findings() ?? []));

  const disabled = new Set(options.disable ?? []);
  const findings = raw.filter((f) => !disabled.has(f.ruleId)).map((f) => ({ ...f, selector: selectorPath(f.element) }));
  return { findings, subjects };
}

/** Audits a rendered page (or part of one) for the MitID UX rules. Synchronous; never throws on odd markup. */
export function auditMitID(root: AuditRoot = document, options: AuditOptions = {}): AuditFinding[] {
  return runAudit(root, options).findings;
}
