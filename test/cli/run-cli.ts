// Runs the built `mitid-ux` as a process (what CI runs), and validates SARIF against the
// vendored SARIF 2.1.0 schema (fixtures/sarif-schema-2.1.0.json, from @microsoft/jest-sarif, MIT).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { findChromium } from '../../cli/src/lib/browser.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = `${ROOT}cli/dist/mitid-ux.js`;

/**
 * `npm test` builds before vitest; a lone `vitest run test/cli` builds once here. The browser step
 * of `npm test` comes after vitest, so on a fresh machine this finds (or installs) Chromium first.
 */
export function ensureBuilt(): void {
  if (!existsSync(CLI)) spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  ensureChromium();
}

export function ensureChromium(): void {
  if (!findChromium()) spawnSync(process.execPath, ['scripts/ensure-chromium.mjs'], { cwd: ROOT, stdio: 'inherit' });
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, NO_COLOR: '1', ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

const schema = JSON.parse(readFileSync(new URL('fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
const draft04 = JSON.parse(readFileSync(`${ROOT}node_modules/ajv/lib/refs/json-schema-draft-04.json`, 'utf8')) as object;

/** SARIF schema errors (an empty list when the log is valid SARIF 2.1.0). */
export function sarifErrors(log: unknown): string[] {
  const ajv = new Ajv({ schemaId: 'id', allErrors: true, format: 'full', logger: false });
  ajv.addMetaSchema(draft04);
  const validate = ajv.compile(schema);
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.dataPath} ${e.message}`);
}

export interface JsonReport {
  checked: number;
  errorCount: number;
  findings: { tool: string; ruleId: string; target: string; line?: number; selector?: string; message: string; evidence?: Record<string, unknown> }[];
  errors: { target: string; message: string }[];
  notChecked?: number;
  skipped?: { target: string; message: string }[];
  notes?: string[];
  screenshots: string[];
}

/** A temporary project of the given files (path -> text). */
export function writeProject(files: Record<string, string>, prefix = 'mitid-ux-project-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

export type CheckReport = Omit<JsonReport, 'findings'> & { notChecked: number; findings: (JsonReport['findings'][number] & { column?: number; endLine?: number; endColumn?: number })[] };

/**
 * `mitid-ux check <root>/<path>… -f json` run from another folder (as CI runs it), the findings
 * in file order as `path:line:column ruleId` (paths relative to the project).
 */
export async function checkElsewhere(root: string, ...paths: string[]): Promise<{ code: number; list: string[]; report: CheckReport }> {
  const cwd = mkdtempSync(join(tmpdir(), 'mitid-ux-elsewhere-'));
  const r = await cli(['check', ...paths.map((p) => join(root, p)), '-f', 'json'], { cwd });
  let report: CheckReport;
  try {
    report = JSON.parse(r.stdout) as CheckReport;
  } catch {
    throw new Error(`not JSON (exit ${r.code}): ${r.stdout}\n${r.stderr}`);
  }
  const list = [...report.findings]
    .sort((a, b) => a.target.localeCompare(b.target) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    .map((f) => `${relative(root, resolve(cwd, f.target))}:${f.line}:${f.column} ${f.ruleId}`);
  return { code: r.code, list, report };
}
