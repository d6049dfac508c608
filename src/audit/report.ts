/**
 * Findings as plain data (for JSON, the CLI and screenshots): the element becomes its selector and
 * box; and as the lines the `mitid-ux audit` text report prints (Playwright and Cypress print the same).
 */
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

function evidenceText(evidence: PlainFinding['evidence']): string {
  return Object.entries(evidence)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(' ');
}

/** The text report's lines for one page's findings (test/audit/playwright-api.test.ts holds them equal to the CLI's). */
export function formatFindings(findings: readonly PlainFinding[]): string {
  const lines: string[] = [];
  findings.forEach((f, i) => {
    lines.push(`${String(i + 1).padStart(3)}. error  ${f.message}  ${f.ruleId}`);
    lines.push(`      at ${f.selector}`);
    const ev = evidenceText(f.evidence);
    if (ev) lines.push(`      evidence: ${ev}`);
  });
  return lines.join('\n');
}
