// Hostile files for `mitid-ux check` (issue 13): devices, FIFOs, a file given as a folder,
// unreadable files and folders, legacy encodings, huge files, and SARIF paths that need encoding.
// Each is one clear line, the rest is still checked, and exit 2 says "could not check everything".
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, cli, ensureBuilt, sarifErrors, type JsonReport } from '../cli/run-cli.js';

beforeAll(ensureBuilt);

const BAD = 'export const A = () => <button className="mitid">Login with MitID</button>;\n';

function folder(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mitid-ux-hostile-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function json(args: string[], cwd: string): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const r = await cli(['check', ...args, '-f', 'json'], { cwd });
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport, stderr: r.stderr };
}

const noStack = (s: string): void => expect(s).not.toMatch(/\n\s+at .*:\d+:\d+/);

describe('mitid-ux check on hostile files', () => {
  it('/dev/null, a FIFO and a file used as a folder: one clear line each, the rest still checked', async () => {
    const dir = folder({ 'src/Bad.tsx': BAD });
    execFileSync('mkfifo', [join(dir, 'src/pipe.tsx')]);
    const r = await cli(['check', '/dev/null', 'src/pipe.tsx', 'src/Bad.tsx/child.tsx', 'src'], { cwd: dir });
    expect(r.code).toBe(2);
    noStack(r.stdout + r.stderr);
    expect(r.stdout).toContain('could not check /dev/null: not a regular file');
    expect(r.stdout).toContain('could not check src/pipe.tsx: not a regular file');
    expect(r.stdout).toContain('could not check src/Bad.tsx/child.tsx: src/Bad.tsx is a file, not a folder');
    expect(r.stdout).toMatch(/src\/Bad\.tsx\n\s+1:\d+\s+error\s+"Login with MitID"/);
  }, 30_000);

  it('a FIFO inside a walked folder (outside git) does not hang the run', async () => {
    const dir = folder({ 'Bad.tsx': BAD });
    execFileSync('mkfifo', [join(dir, 'stream.css')]);
    const { code, report } = await json(['.'], dir);
    // Not a regular file: never listed by the walk, never opened (opening a FIFO blocks).
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.target)).toEqual(['Bad.tsx']);
  }, 30_000);

  it('unreadable files and folders (as another user): named, the rest checked, exit 2', async () => {
    const dir = folder({ 'ok/Bad.tsx': BAD, 'secret/Hidden.tsx': BAD, 'locked.tsx': BAD });
    chmodSync(join(dir, 'secret'), 0o000);
    chmodSync(join(dir, 'locked.tsx'), 0o000);
    chmodSync(dir, 0o755);
    // Root reads every file: as root, drop the capabilities that bypass file permissions (not the
    // user, whose access to the repository's own folder depends on where it was cloned).
    const caps = '-dac_override,-dac_read_search';
    const asUser = process.getuid?.() === 0 ? ['setpriv', `--inh-caps=${caps}`, `--bounding-set=${caps}`, '--'] : [];
    const [cmd, ...args] = [...asUser, process.execPath, CLI, 'check', '.', '-f', 'json'];
    const r = spawnSync(cmd as string, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    chmodSync(join(dir, 'secret'), 0o755);
    noStack(r.stdout + r.stderr);
    expect(r.status).toBe(2);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.errors).toEqual(expect.arrayContaining([{ target: 'secret', message: 'cannot read this folder (EACCES)' }, { target: 'locked.tsx', message: 'permission denied' }]));
    expect(report.findings.map((f) => f.target)).toEqual(['ok/Bad.tsx']);
  }, 30_000);

  it('windows-1252 and UTF-16 files are decoded (the right suggestion, not mojibake), and the report says so', async () => {
    const latin1 = Buffer.from('<button class="mitid">Bekr\xe6ft MitID</button>\n', 'latin1');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('export const B = () => <button className="mitid">Log på med MitID</button>;\n', 'utf16le')]);
    const dir = folder({ 'legacy.html': latin1, 'wide.tsx': utf16 });
    const { code, report } = await json(['.'], dir);
    expect(code).toBe(1);
    const legacy = report.findings.find((f) => f.target === 'legacy.html');
    expect(legacy?.message).toContain('"Bekræft MitID"');
    expect(legacy?.message).toContain('Bekræft med MitID');
    expect(report.findings.find((f) => f.target === 'wide.tsx')?.message).toContain('"Log på med MitID"');
    expect(report.notes).toEqual(expect.arrayContaining(['legacy.html: not valid UTF-8: read as windows-1252', 'wide.tsx: read as UTF-16 (little-endian byte-order mark)']));
  }, 30_000);

  it('a file over the size limit is named and skipped, quickly, instead of running for minutes', async () => {
    const dir = folder({ 'Bad.tsx': BAD, 'huge.js': `${'// padding\n'.repeat(200_000)}` });
    const { code, report } = await json(['.', '--max-file-size', '1'], dir);
    expect(code).toBe(2);
    expect(report.errors).toEqual([{ target: 'huge.js', message: 'larger than the size limit (2.1 MB > 1.0 MB; raise it with --max-file-size)' }]);
    expect(report.findings.map((f) => f.target)).toEqual(['Bad.tsx']);
    const skipped = await json(['.', '--max-file-size', '1', '--skip-unsupported'], dir);
    expect(skipped.code).toBe(1);
    expect(skipped.report.skipped?.map((s) => s.target)).toEqual(['huge.js']);
  }, 30_000);

  it('SARIF: URIs with spaces, #, %, [ and non-ASCII are percent-encoded; files outside the working folder are absolute file: URIs', async () => {
    const names = ['my app/Log ind #1.tsx', 'per%cent/[id]/Side.tsx', 'æøå/Knap.tsx'];
    const dir = folder(Object.fromEntries(names.map((n) => [n, BAD])));
    const outside = folder({ 'Other.tsx': BAD });
    const r = await cli(['check', '.', join(outside, 'Other.tsx'), '-f', 'sarif'], { cwd: dir });
    const log = JSON.parse(r.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[] }[] };
    expect(sarifErrors(log)).toEqual([]);
    const uris = log.runs[0]!.results.map((res) => res.locations[0]!.physicalLocation.artifactLocation);
    expect(uris).toEqual(
      expect.arrayContaining([
        { uri: 'my%20app/Log%20ind%20%231.tsx', uriBaseId: '%SRCROOT%' },
        { uri: 'per%25cent/%5Bid%5D/Side.tsx', uriBaseId: '%SRCROOT%' },
        { uri: '%C3%A6%C3%B8%C3%A5/Knap.tsx', uriBaseId: '%SRCROOT%' },
        { uri: pathToFileURL(join(outside, 'Other.tsx')).href },
      ]),
    );
    for (const { uri } of uris) expect(uri).toMatch(/^[A-Za-z0-9%._~/:-]+$/);
  }, 30_000);

  it('GitHub annotations escape what the workflow command syntax would misread', async () => {
    const dir = folder({ 'a,b:c.tsx': BAD });
    const r = await cli(['check', '.', '-f', 'github'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toMatch(/^::error file=a%2Cb%3Ac\.tsx,line=1,col=\d+,endLine=1,endColumn=\d+,title=mitid\/approved-text::"Login with MitID" is not an approved MitID phrase/);
  }, 30_000);
});
