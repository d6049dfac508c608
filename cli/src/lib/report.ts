/** The CLI's one finding model: lint findings (file, line) and audit findings (page, selector). */

export interface Finding {
  tool: 'eslint' | 'stylelint' | 'audit';
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
  /** A file path relative to the working folder, or a page URL. */
  target: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** Audit only: the element's selector path, what was measured, its box on the page. */
  selector?: string;
  evidence?: Record<string, string | number | boolean>;
}

/** Something that could not be checked: a missing path, an unreachable page, no browser. */
export interface RunError {
  target: string;
  message: string;
}

export interface RuleInfo {
  description: string;
  helpUri?: string;
}

export interface Report {
  command: 'check' | 'audit';
  /** How many files or pages were checked. */
  checked: number;
  findings: Finding[];
  errors: RunError[];
  rules: Map<string, RuleInfo>;
  /** Audit --screenshot: the pictures saved. */
  screenshots: string[];
}

export function newReport(command: Report['command']): Report {
  return { command, checked: 0, findings: [], errors: [], rules: new Map(), screenshots: [] };
}

export function counts(report: Report): { errors: number; warnings: number } {
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: report.findings.length - errors };
}

/** Exit codes CI understands: 2 when something could not be checked, 1 for findings, 0 clean. */
export function exitCode(report: Report, maxWarnings: number | undefined): number {
  if (report.errors.length) return 2;
  const { errors, warnings } = counts(report);
  return errors > 0 || (maxWarnings !== undefined && warnings > maxWarnings) ? 1 : 0;
}
