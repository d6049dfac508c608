/** Findings as plain data (for JSON, the CLI and screenshots): the element becomes its selector and box. */
import { pageRect } from './dom.js';
import type { AuditFinding, Evidence } from './types.js';

export interface PlainFinding {
  ruleId: string;
  message: string;
  selector: string;
  evidence: Evidence;
  /** The element's box in the top document's page coordinates. */
  rect: { x: number; y: number; width: number; height: number };
}

export function toPlainFindings(findings: readonly AuditFinding[]): PlainFinding[] {
  return findings.map(({ ruleId, message, selector, evidence, element }) => ({ ruleId, message, selector, evidence, rect: pageRect(element) }));
}
