/** Findings as the `mitid-ux` command prints them: one line per finding, numbered, with its selector. */
import type { PlainFinding } from '../audit/index.js';

export function formatFindings(findings: readonly PlainFinding[]): string {
  return findings.map((f, i) => `  ${i + 1}. ${f.message}  ${f.ruleId}\n     at ${f.selector}`).join('\n');
}
