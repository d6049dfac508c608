/** Output formats: readable text (default), JSON, and SARIF 2.1.0 for code-scanning dashboards. */
import { pathToFileURL } from 'node:url';
import { counts, type Finding, type Report } from './report.js';

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function location(f: Finding): string {
  if (f.selector) return f.selector;
  return f.line ? `${f.line}:${f.column ?? 1}` : '';
}

function evidenceText(evidence: Finding['evidence']): string {
  return Object.entries(evidence ?? {})
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(' ');
}

/** One line: how many problems in how many files or pages. */
export function summaryLine(report: Report): string {
  const { errors, warnings } = counts(report);
  const what = report.command === 'audit' ? plural(report.checked, 'page') : plural(report.checked, 'file');
  // Never a reassuring tick when a path or page could not be checked at all.
  const failed = report.errors.length ? `; ${report.errors.length} could not be checked (see above)` : '';
  if (!report.findings.length) return `${failed ? '✖' : '✔'} No MitID problems in ${what}${failed}`;
  return `✖ ${plural(report.findings.length, 'MitID problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${what}${failed}`;
}

export function formatText(report: Report, color: boolean): string {
  const paint = (code: string, s: string): string => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const lines: string[] = [];
  const byTarget = new Map<string, Finding[]>();
  for (const f of report.findings) byTarget.set(f.target, [...(byTarget.get(f.target) ?? []), f]);
  for (const [target, findings] of byTarget) {
    // Numbered per page, as on that page's screenshot.
    let n = 0;
    lines.push(paint('4', target));
    for (const f of findings) {
      n++;
      const sev = f.severity === 'error' ? paint('31', 'error') : paint('33', 'warning');
      const head = report.command === 'audit' ? `${String(n).padStart(3)}.` : `  ${location(f).padEnd(7)}`;
      lines.push(`${head} ${sev}  ${f.message}  ${paint('2', f.ruleId)}`);
      if (report.command === 'audit') {
        lines.push(paint('2', `      at ${f.selector}`));
        const ev = evidenceText(f.evidence);
        if (ev) lines.push(paint('2', `      evidence: ${ev}`));
      }
    }
    lines.push('');
  }
  for (const e of report.errors) lines.push(`${paint('31', 'could not check')} ${e.target}: ${e.message}`);
  lines.push(paint(report.errors.length || counts(report).errors ? '31' : report.findings.length ? '33' : '32', summaryLine(report)));
  for (const s of report.screenshots) lines.push(`Screenshot: ${s}`);
  return `${lines.join('\n')}\n`;
}

export function formatJson(report: Report): string {
  const { errors, warnings } = counts(report);
  const rules = Object.fromEntries(report.rules);
  return `${JSON.stringify({ command: report.command, checked: report.checked, errorCount: errors, warningCount: warnings, findings: report.findings, errors: report.errors, rules, screenshots: report.screenshots }, null, 2)}\n`;
}

const isUrl = (target: string): boolean => /^[a-z][a-z\d+.-]*:/i.test(target);

export function formatSarif(report: Report, cwd: string, version: string): string {
  const ruleIds = [...new Set(report.findings.map((f) => f.ruleId))].sort();
  const rules = ruleIds.map((id) => {
    const info = report.rules.get(id);
    const text = info?.description || id;
    return { id, shortDescription: { text }, fullDescription: { text }, ...(info?.helpUri ? { helpUri: info.helpUri, help: { text: `${text} See ${info.helpUri}` } } : { help: { text } }) };
  });
  const results = report.findings.map((f) => {
    const artifactLocation = isUrl(f.target) ? { uri: f.target } : { uri: f.target.split('\\').join('/'), uriBaseId: '%SRCROOT%' };
    // Code scanning needs a start line for a file result: a whole-file finding points at line 1.
    const region = f.line
      ? { startLine: f.line, startColumn: f.column ?? 1, ...(f.endLine ? { endLine: f.endLine } : {}), ...(f.endColumn ? { endColumn: f.endColumn } : {}) }
      : isUrl(f.target) ? undefined : { startLine: 1 };
    return {
      ruleId: f.ruleId,
      ruleIndex: ruleIds.indexOf(f.ruleId),
      level: f.severity,
      message: { text: f.message },
      locations: [
        {
          physicalLocation: { artifactLocation, ...(region ? { region } : {}) },
          ...(f.selector ? { logicalLocations: [{ fullyQualifiedName: f.selector, kind: 'element' }] } : {}),
        },
      ],
      ...(f.evidence ? { properties: { evidence: f.evidence, tool: f.tool } } : { properties: { tool: f.tool } }),
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'mitid-ux', semanticVersion: version, informationUri: 'https://www.npmjs.com/package/mitid-ux-kit', rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, '/')}` } },
        invocations: [
          {
            executionSuccessful: report.errors.length === 0,
            toolExecutionNotifications: report.errors.map((e) => ({ level: 'error', message: { text: `${e.target}: ${e.message}` } })),
          },
        ],
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
