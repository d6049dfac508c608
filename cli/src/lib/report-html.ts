/**
 * `audit --report report.html`: one self-contained file (no network, no script) that shows each
 * page's annotated screenshot with its numbered findings beside it, and where each click led.
 */
import { writeFileSync } from 'node:fs';
import type { PlainFinding } from 'mitid-ux-kit/audit';
import type { Report } from './report.js';
import type { PageOutcome } from './audit-pages.js';

const esc = (s: unknown): string => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const CSS = `
  body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1b; background: #f4f5f7; }
  header { padding: 16px 24px; background: #fff; border-bottom: 1px solid #ddd; }
  h1 { margin: 0 0 4px; font-size: 20px; }
  section { margin: 20px 24px; background: #fff; border: 1px solid #ddd; border-radius: 6px; }
  section > h2 { margin: 0; padding: 12px 16px; font-size: 16px; border-bottom: 1px solid #eee; word-break: break-all; }
  .page { display: grid; grid-template-columns: minmax(0, 3fr) minmax(280px, 2fr); gap: 16px; padding: 16px; }
  .shot img { max-width: 100%; border: 1px solid #ccc; }
  ol { margin: 0; padding-left: 24px; } li { margin: 0 0 10px; }
  .rule { font: 12px ui-monospace, monospace; color: #555; } .sel { font: 12px ui-monospace, monospace; color: #777; word-break: break-all; }
  .ok { color: #146c2e; } .bad { color: #b00020; } .err { color: #b00020; font-weight: 600; }
  .followed { margin-top: 12px; font-size: 13px; } .followed code { word-break: break-all; }
`;

function findingsList(findings: PlainFinding[]): string {
  if (!findings.length) return '<p class="ok">No MitID problems on this page.</p>';
  return `<ol>${findings
    .map((f) => `<li><span class="bad">${esc(f.message)}</span><br><span class="rule">${esc(f.ruleId)}</span> <span class="sel">${esc(f.selector)}</span></li>`)
    .join('')}</ol>`;
}

export function htmlReport(report: Report, outcomes: readonly PageOutcome[]): string {
  const sections = outcomes.map((o) => {
    const findings = report.findings.filter((f) => f.target === o.target).map((f) => ({ ruleId: f.ruleId, message: f.message, selector: f.selector ?? '', evidence: f.evidence ?? {}, rect: { x: 0, y: 0, width: 0, height: 0 } }));
    const shot = o.screenshot ? `<img alt="Screenshot of ${esc(o.target)} with each finding outlined and numbered" src="data:image/png;base64,${o.screenshot.toString('base64')}">` : '<p>No screenshot.</p>';
    const followed = o.followed.length
      ? `<div class="followed"><strong>Where the clicks led</strong><ul>${o.followed
          .map((f) => `<li>${esc(f.input)}${f.viewport ? ` (${esc(f.viewport)})` : ''} on <span class="sel">${esc(f.selector)}</span>: ${f.loginUrl ? `${esc(f.outcome)} to <code>${esc(f.loginUrl)}</code>` : '<span class="bad">could not follow</span>'}${f.via.length ? `, via ${f.via.map((v) => `<code>${esc(v)}</code>`).join(' → ')}` : ''}</li>`)
          .join('')}</ul></div>`
      : '';
    const body = o.error ? `<p class="err">Could not check this page: ${esc(o.error)}</p>` : `${findingsList(findings)}${followed}`;
    return `<section><h2>${esc(o.target)}</h2><div class="page"><div class="shot">${shot}</div><div>${body}</div></div></section>`;
  });
  const total = report.findings.length;
  const summary = `${total} MitID problem${total === 1 ? '' : 's'} on ${report.checked} page${report.checked === 1 ? '' : 's'}${report.errors.length ? `, ${report.errors.length} could not be checked` : ''}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>MitID UX audit</title><style>${CSS}</style></head><body><header><h1>MitID UX audit</h1><p>${esc(summary)}</p></header>${sections.join('')}</body></html>`;
}

export function writeHtmlReport(file: string, report: Report, outcomes: readonly PageOutcome[]): void {
  writeFileSync(file, htmlReport(report, outcomes));
}
