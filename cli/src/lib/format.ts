/**
 * Output formats: readable text (default), JSON, SARIF 2.1.0 for code-scanning dashboards, and
 * GitHub workflow commands (annotations on the pull request's lines).
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { counts, type Finding, type Report } from './report.js';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
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

/** Why files were not checked, by reason: "3 not checked (2 not a regular file, 1 could not be parsed)". */
function notCheckedText(report: Report): string {
  const all = [...report.errors, ...report.skipped];
  if (report.command !== 'check') return report.errors.length ? `; ${report.errors.length} could not be checked (see above)` : '';
  if (!all.length) return '';
  const why = new Map<string, number>();
  for (const e of all) {
    const reason = e.message.replace(/\s*\(.*$/s, '');
    why.set(reason, (why.get(reason) ?? 0) + 1);
  }
  const reasons = [...why].map(([r, n]) => (why.size > 1 ? `${n} ${r}` : r)).join(', ');
  const targets = new Set(all.map((e) => e.target)).size;
  return `, ${targets} not checked (${reasons}${report.errors.length ? '' : '; skipped with --skip-unsupported'})`;
}

/** One line: how many problems in how many files or pages, and what was not checked. */
export function summaryLine(report: Report): string {
  const hidden = report.hiddenWarnings ? `; ${plural(report.hiddenWarnings, 'warning')} not shown (--quiet)` : '';
  const missing = notCheckedText(report) + hidden;
  if (report.command === 'check') {
    const checked = `${plural(report.checked, 'file')} checked`;
    const found = problems(report);
    // Never "No MitID problems" when something could not be checked: the run is incomplete, and says so first.
    if (report.errors.length) return `✖ Incomplete: ${checked}${missing}${report.findings.length ? `; ${found} in what was checked` : ''}`;
    if (!report.findings.length) return `✔ No MitID ${hidden ? 'errors' : 'problems'} in ${checked}${missing}`;
    return `✖ ${found} in ${checked}${missing}`;
  }
  const what = plural(report.checked, 'page');
  if (!report.findings.length) return `${report.errors.length ? '✖' : '✔'} No MitID ${hidden ? 'errors' : 'problems'} in ${what}${missing}`;
  return `✖ ${problems(report)} in ${what}${missing}`;
}

function problems(report: Report): string {
  const { errors, warnings } = counts(report);
  return `${plural(report.findings.length, 'MitID problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
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
  for (const e of report.skipped) lines.push(`${paint('33', 'not checked')} ${e.target}: ${e.message}`);
  for (const n of report.notes) lines.push(paint('2', `note: ${n}`));
  lines.push(paint(report.errors.length || counts(report).errors ? '31' : report.findings.length ? '33' : '32', summaryLine(report)));
  for (const s of report.screenshots) lines.push(`Screenshot: ${s}`);
  return `${lines.join('\n')}\n`;
}

export function formatJson(report: Report): string {
  const { errors, warnings } = counts(report);
  const rules = Object.fromEntries(report.rules);
  const { command, checked, notChecked, findings, skipped, notes, screenshots } = report;
  return `${JSON.stringify({ command, checked, notChecked, errorCount: errors, warningCount: warnings, findings, errors: report.errors, skipped, notes, rules, screenshots }, null, 2)}\n`;
}

/** GitHub workflow commands: `::error file=…,line=…::message` (escaping as @actions/core does). */
export function formatGithub(report: Report): string {
  const data = (v: string): string => v.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (v: string): string => data(v).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const lines = report.findings.map((f) => {
    const props = [`file=${prop(f.target)}`];
    if (f.line) props.push(`line=${f.line}`, `col=${f.column ?? 1}`);
    if (f.endLine) props.push(`endLine=${f.endLine}`);
    if (f.endColumn) props.push(`endColumn=${f.endColumn}`);
    props.push(`title=${prop(f.ruleId)}`);
    return `::${f.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${data(f.message)}`;
  });
  for (const e of report.errors) lines.push(`::error file=${prop(e.target)},title=${prop('mitid-ux: not checked')}::${data(e.message)}`);
  for (const e of report.skipped) lines.push(`::notice file=${prop(e.target)},title=${prop('mitid-ux: not checked')}::${data(e.message)}`);
  lines.push(summaryLine(report));
  return `${lines.join('\n')}\n`;
}

/** A file's SARIF location: relative to %SRCROOT% (the working folder) when inside it, else an absolute file: URI; percent-encoded (SARIF1002). */
function artifactLocation(target: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (isUrl(target)) return { uri: target };
  const abs = resolve(cwd, target);
  const rel = relative(cwd, abs);
  if (rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(abs).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
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
          physicalLocation: { artifactLocation: artifactLocation(f.target, cwd), ...(region ? { region } : {}) },
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
            toolExecutionNotifications: [
              ...report.errors.map((e) => ({ level: 'error', message: { text: `${e.target}: ${e.message}` } })),
              ...report.skipped.map((e) => ({ level: 'warning', message: { text: `not checked: ${e.target}: ${e.message}` } })),
            ],
          },
        ],
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
