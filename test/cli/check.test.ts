// `mitid-ux check` as a process: the kit's ESLint and stylelint rules over the examples with zero
// configuration, formats, exit codes, .gitignore, malformed files and bad paths.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importPeer, SetupError } from '../../cli/src/lib/faces.js';
import { cli, ensureBuilt, sarifErrors, type JsonReport } from './run-cli.js';

beforeAll(ensureBuilt);

const VIOLATING = ['examples/html/login.html', 'examples/html/login.css', 'examples/react/LoginPage.tsx', 'examples/vue/LoginPage.vue', 'examples/iframe/embedded-login.html'];
const COMPLIANT = ['examples/html/login-compliant.html', 'examples/html/login-compliant.css', 'examples/react/LoginPage.compliant.tsx', 'examples/vue/LoginPage.compliant.vue', 'examples/iframe/embedded-login-compliant.html'];

describe('mitid-ux check', () => {
  it('finds the deliberate violations in every violating example, from both linters (exit 1)', async () => {
    const r = await cli(['check', ...VIOLATING, '-f', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.checked).toBe(VIOLATING.length);
    expect(new Set(report.findings.map((f) => f.target))).toEqual(new Set(VIOLATING));
    expect(new Set(report.findings.map((f) => f.tool))).toEqual(new Set(['eslint', 'stylelint']));
    const tsx = report.findings.filter((f) => f.target.endsWith('.tsx'));
    expect(tsx.some((f) => f.ruleId.startsWith('mitid/') && /Login with MitID/.test(f.message) && f.line === 11)).toBe(true);
    expect(report.findings.some((f) => f.ruleId === 'parse-error')).toBe(false);
  });

  it('is clean on the compliant twins (exit 0) and says so', async () => {
    const r = await cli(['check', ...COMPLIANT, '--max-warnings', '0']);
    expect(r.stdout).toContain(`No MitID problems in ${COMPLIANT.length} files`);
    expect(r.code).toBe(0);
  });

  it('writes SARIF 2.1.0 that validates against the schema, with rule help links and regions', async () => {
    const r = await cli(['check', 'examples', '-f', 'sarif']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as { runs: { tool: { driver: { rules: { id: string; helpUri?: string }[] } }; results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[] }[] }[] };
    expect(sarifErrors(log)).toEqual([]);
    // The validator itself rejects a broken log (so the line above can fail).
    expect(sarifErrors({ version: '2.1.0', runs: [{ results: [{ level: 'fatal' }] }] }).length).toBeGreaterThan(0);
    const run = log.runs[0]!;
    expect(run.results.length).toBeGreaterThan(5);
    for (const rule of run.tool.driver.rules.filter((x) => x.id.startsWith('mitid/'))) expect(rule.helpUri).toMatch(/^https:\/\//);
    expect(run.results[0]!.locations[0]!.physicalLocation.region!.startLine).toBeGreaterThan(0);
    expect(run.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri)).toContain('examples/vue/LoginPage.vue');
  });

  it('reports malformed files, still checks the others, and respects .gitignore', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mitid-ux-check-'));
    writeFileSync(join(dir, 'broken.tsx'), 'export const A = () => <button>Log ind med MitID</button\n');
    writeFileSync(join(dir, 'broken.css'), '.mitid-btn { background: #1a73e8;\n');
    writeFileSync(join(dir, 'good.tsx'), 'export const B = () => <button className="mitid">Login with MitID</button>;\n');
    mkdirSync(join(dir, 'generated'));
    writeFileSync(join(dir, 'generated', 'old.tsx'), 'export const C = () => <button>Login with MitID</button>;\n');
    writeFileSync(join(dir, '.gitignore'), 'generated/\n');
    const r = await cli(['check', '.', '-f', 'json'], { cwd: dir });
    // A file that does not parse was not checked: the run cannot say it is clean (exit 2).
    expect(r.code, r.stderr).toBe(2);
    const report = JSON.parse(r.stdout) as JsonReport;
    const unparsed = report.errors.filter((e) => /could not be parsed/.test(e.message)).map((e) => e.target);
    expect(unparsed).toContain('broken.tsx');
    expect(unparsed).toContain('broken.css');
    expect(report.checked).toBe(1);
    expect(report.findings.some((f) => f.target === 'good.tsx' && /Login with MitID/.test(f.message))).toBe(true);
    expect(report.findings.map((f) => f.target)).not.toContain('generated/old.tsx');
  });

  it('exits 2 for a path that does not exist or cannot be linted, after checking the rest', async () => {
    const r = await cli(['check', 'no/such/dir', 'examples/README.md', 'examples/vue/LoginPage.vue']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('could not check no/such/dir: no such file or folder');
    expect(r.stdout).toContain('could not check examples/README.md: not a file type mitid-ux checks');
    expect(r.stdout).toContain('examples/vue/LoginPage.vue');
  });

  it('explains a package that cannot be loaded instead of crashing', async () => {
    await expect(importPeer('no-such-package-mitid', 'mitid-ux check')).rejects.toThrow(/mitid-ux check needs the package "no-such-package-mitid".*npm install/);
    await expect(importPeer('no-such-package-mitid', 'X')).rejects.toBeInstanceOf(SetupError);
  });

  it('teaches with --help and rejects usage errors with exit 2', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Exit codes[\s\S]*0 {2}no MitID problems/);
    expect((await cli(['check', '--help'])).stdout).toContain('.gitignore respected');
    const bad = await cli(['check', '--max-warnings', 'many']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-warnings takes a whole number');
    const unknown = await cli(['lint']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "lint"');
  });

  it('prints a progress line on standard error with --progress', async () => {
    const r = await cli(['check', 'examples/vue', '--progress']);
    expect(r.stderr).toMatch(/mitid-ux: 4\/4 files linted/);
    expect(r.stdout).toContain('in 2 files checked');
  });
});
