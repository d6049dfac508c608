/** The CLI's one finding model: lint findings (file, line) and audit findings (page, selector). */

export interface Finding {
  /** 'native': the language checks' Swift/Kotlin/Flutter/XAML/Android reader (cli/src/languages). */
  tool: 'eslint' | 'stylelint' | 'audit' | 'native';
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
  /** Lint only: what the rule suggests instead (the approved phrase), as ESLint's suggestion texts. */
  suggestions?: string[];
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
  /** How many files or pages were checked whole. */
  checked: number;
  /** How many were not (or only in part): named in `errors`, or in `skipped` with --skip-unsupported. */
  notChecked: number;
  findings: Finding[];
  /** What could not be checked: the run fails (exit 2). */
  errors: RunError[];
  /** Not checked, and the user said that is fine (--skip-unsupported): named, never counted as clean. */
  skipped: RunError[];
  /** Worth knowing, changes nothing: the settings and catalogs used, a file read as windows-1252. */
  notes: string[];
  rules: Map<string, RuleInfo>;
  /** Audit --screenshot: the pictures saved. */
  screenshots: string[];
  /** Warnings left out by --quiet: the summary says so, never "No MitID problems". */
  hiddenWarnings?: number;
}

export function newReport(command: Report['command']): Report {
  return { command, checked: 0, notChecked: 0, findings: [], errors: [], skipped: [], notes: [], rules: new Map(), screenshots: [] };
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
