// Spec review of `mitid-ux` as a process: what a CI owner and a frontend dev would try, checked
// against issue 6 and MITID-RULES.md (not against the code). Pages are served over http://127.0.0.1.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, ROOT, sarifErrors, type JsonReport } from './run-cli.js';

const BRAND = `background:#0060e6;color:#fff;height:48px;border:0;border-radius:4px;font-family:'IBM Plex Sans',Helvetica,Arial,sans-serif;font-weight:600`;
const page = (body: string, head = ''): string => `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const FONTS = '<link rel="stylesheet" href="/assets/fonts.css">';

const PAGES: Record<string, string> = {
  // The broker's React library: the text arrives after load, from a script.
  'runtime.html': page(`<button id="b" style="${BRAND}">…</button><script>setTimeout(() => { document.getElementById('b').textContent = 'Login with MitID'; }, 200);</script>`, FONTS),
  // Utility classes: the cascade decides, no inline style to read.
  'utility.html': page(
    '<button class="bg-blue-600 text-white h-10 rounded-full px-4 border-0">Log on with MitID</button>',
    `${FONTS}<style>.bg-blue-600{background-color:#2563eb}.text-white{color:#fff}.h-10{height:2.5rem}.rounded-full{border-radius:9999px}.px-4{padding:0 1rem}.border-0{border:0}</style>`,
  ),
  'shadow.html': page(
    `<my-login></my-login><script>customElements.define('my-login', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<button class="login" style="${BRAND.replace(/'/g, '&quot;')}">Sign in with MitID</button>'; } });</script>`,
    FONTS,
  ),
  'kit.html': page('<mitid-button action="login"></mitid-button> <mitid-button action="sign" lang="da"></mitid-button>', `${FONTS}<script type="module" src="/kit.js"></script>`),
  'frames.html': page(
    '<iframe id="shown" src="https://acme.idura.broker/oauth2/authorize?client_id=x&acr_values=urn:grn:authn:dk:mitid:substantial" width="400" height="660"></iframe>' +
      '<iframe id="silent" src="https://acme.idura.broker/oauth2/authorize?client_id=x&prompt=none" width="0" height="0" style="border:0;position:absolute"></iframe>',
  ),
  'box-short.html': page('<main><verify style="display:block;width:400px;height:500px"></verify></main>'),
  'box-clipped.html': page('<main id="frame" style="height:400px;overflow:hidden"><verify style="display:block;width:400px;height:600px"></verify></main>'),
  'box-ok.html': page('<main><verify style="display:block;width:400px;height:600px"></verify></main>'),
  // The lower call to action is found first (by its class); the report still numbers top to bottom.
  'shot.html': page(
    `<button id="first" style="${BRAND}">Login with MitID</button><div style="height:300px"></div><a id="second" class="mitid-link">Log on with MitID</a>`,
    FONTS,
  ),
};

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2' };
let server: Server;
let base = '';
let dir = '';

beforeAll(async () => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'mitid-ux-review-'));
  for (const [name, html] of Object.entries(PAGES)) writeFileSync(join(dir, name), html);
  await build({ entryPoints: [`${ROOT}src/define.ts`], bundle: true, format: 'esm', outfile: join(dir, 'kit.js'), logLevel: 'silent' });
  mkdirSync(join(dir, 'assets/fonts'), { recursive: true });
  copyFileSync(`${ROOT}assets/fonts.css`, join(dir, 'assets/fonts.css'));
  copyFileSync(`${ROOT}assets/fonts/IBMPlexSans-SemiBold-Latin1.woff2`, join(dir, 'assets/fonts/IBMPlexSans-SemiBold-Latin1.woff2'));
  server = createServer((req, res) => {
    const path = join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    try {
      const body = readFileSync(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function audit(name: string, ...args: string[]): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const r = await cli(['audit', '--no-click', `${base}${name}`, '-f', 'json', ...args]);
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport, stderr: r.stderr };
}
const ruleIds = (report: JsonReport): string[] => [...new Set(report.findings.map((f) => f.ruleId))].sort();

describe('mitid-ux audit, spec review', () => {
  it('sees text a script sets after load', async () => {
    const { code, report } = await audit('runtime.html');
    expect(code).toBe(1);
    expect(ruleIds(report)).toEqual(['mitid-cta-text']);
    expect(report.findings[0]?.evidence).toMatchObject({ visibleText: 'Login with MitID', suggestion: 'Log on with MitID' });
  });

  it('reads utility-class styles from the cascade; a pill radius is allowed (B6)', async () => {
    const { report } = await audit('utility.html');
    const props = report.findings.filter((f) => f.ruleId === 'mitid-cta-style').map((f) => f.evidence?.property);
    expect(props).toEqual(expect.arrayContaining(['background-color', 'height']));
    expect(props).not.toContain('border-radius');
    expect(props).not.toContain('color');
  });

  it('looks inside open shadow roots', async () => {
    const { report } = await audit('shadow.html');
    expect(ruleIds(report)).toEqual(['mitid-cta-text']);
    expect(report.findings[0]?.selector).toContain('>>>');
  });

  it("passes the kit's own <mitid-button> with fonts.css loaded", async () => {
    const { code, report, stderr } = await audit('kit.html');
    expect(report.findings, stderr).toEqual([]);
    expect(code).toBe(0);
  });

  it('reports a framed MitID login page, not a hidden prompt=none silent check (L1)', async () => {
    const { report } = await audit('frames.html');
    expect(report.findings.map((f) => [f.ruleId, f.selector])).toEqual([['mitid-login-in-frame', 'iframe#shown']]);
    expect(report.findings[0]?.evidence).toMatchObject({ host: 'acme.idura.broker' });
  });

  it('reports a 500px MitID box and one clipped by an ancestor, not a 600px one (L4)', async () => {
    const short = await audit('box-short.html');
    expect(short.report.findings.map((f) => [f.ruleId, f.evidence?.heightPx])).toEqual([['mitid-box-size', 500]]);
    const clipped = await audit('box-clipped.html');
    expect(clipped.report.findings.map((f) => f.evidence?.ancestor)).toEqual(['main#frame']);
    const ok = await audit('box-ok.html');
    expect(ok.report.findings).toEqual([]);
    expect(ok.code).toBe(0);
  });

  it('numbers findings top to bottom, the same in the text report and the screenshot; SARIF is valid', async () => {
    const out = mkdtempSync(join(tmpdir(), 'mitid-ux-shot-'));
    const shot = join(out, 'page.png');
    const text = await cli(['audit', '--no-click', `${base}shot.html`, '--screenshot', shot]);
    expect(text.code).toBe(1);
    const numbered = [...text.stdout.matchAll(/^\s*(\d+)\. .*\n\s+at (\S+)/gm)].map((m) => [Number(m[1]), m[2]]);
    const firstOfSecond = numbered.find(([, sel]) => sel === 'a#second')?.[0] as number;
    expect(numbered.filter(([, sel]) => sel === 'button#first').map(([n]) => n)).toEqual([1]);
    expect(firstOfSecond).toBe(2);
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
    const sarif = await cli(['audit', '--no-click', `${base}shot.html`, '-f', 'sarif']);
    const log = JSON.parse(sarif.stdout) as { runs: { tool: { driver: { rules: { helpUri?: string }[] } } }[] };
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs[0]?.tool.driver.rules.every((r) => r.helpUri?.startsWith('https://'))).toBe(true);
  });

  it('audits a local file whose module script builds the button; says when a script could not load', async () => {
    writeFileSync(join(dir, 'module.js'), "document.getElementById('root').innerHTML = '<button>Login with MitID</button>';\n");
    writeFileSync(join(dir, 'module.html'), page('<div id="root"></div>', '<script type="module" src="./module.js"></script>'));
    writeFileSync(join(dir, 'vite-dist.html'), page('<div id="root"></div>', '<script type="module" src="/assets/index-abc.js"></script>'));
    const local = await cli(['audit', '--no-click', join(dir, 'module.html'), '-f', 'json']);
    expect((JSON.parse(local.stdout) as JsonReport).findings.map((f) => f.ruleId)).toContain('mitid-cta-text');
    const broken = await cli(['audit', '--no-click', join(dir, 'vite-dist.html')]);
    expect(broken.stderr).toMatch(/could not load file:\/\/\/assets\/index-abc\.js.*audit its http:\/\/ URL/);
  });

  it('audits a frame from another origin (in its own process) instead of passing it silently', async () => {
    writeFileSync(join(dir, 'cross.html'), page(`<iframe src="${base.replace('127.0.0.1', 'localhost')}runtime.html" width="400" height="200"></iframe>`));
    const r = await cli(['audit', '--no-click', `${base}cross.html`, '-f', 'json']);
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout) as JsonReport).findings.filter((f) => f.ruleId === 'mitid-cta-text');
    expect(found.map((f) => f.selector)).toEqual([expect.stringMatching(/^iframe\[src="http:\/\/localhost:\d+\/runtime\.html"\] >>> button#b$/)]);
  });

  it('a 404 page, a missing browser: exit 2 with a clear message, never a reassuring tick', async () => {
    const missing = await cli(['audit', '--no-click', `${base}nope.html`]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('HTTP 404');
    expect(missing.stdout).not.toContain('✔');
    const noBrowser = await cli(['audit', '--no-click', `${base}box-ok.html`], { env: { CHROME_PATH: '/nope' } });
    expect(noBrowser.code).toBe(2);
    expect(noBrowser.stderr).toMatch(/CHROME_PATH .*\/nope.*apt-get install/s);
  });
});

describe('mitid-ux check, spec review', () => {
  let project = '';
  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'mitid-ux-check-'));
    const files: Record<string, string> = {
      '.gitignore': 'generated/\n',
      'src/Login.tsx': 'export const Login = () => <button className="mitid-btn">Login with MitID</button>;\n',
      'src/Login.vue': '<template>\n  <button class="mitid">Log in with MitID</button>\n</template>\n',
      'src/page.html': '<!doctype html><html><body><iframe src="https://acme.idura.broker/oauth2/authorize?client_id=x"></iframe></body></html>\n',
      'src/style.css': '.mitid-button { background: #ff0000; }\n',
      'src/style.scss': '$x: 1px;\n.mitid-button { &:hover { background: green; } }\n',
      'src/broken.tsx': 'export const X = () => <button>Login with MitID</div>;\n',
      'src/broken.css': '.mitid-button { color: red\n',
      'generated/Bad.tsx': 'export const Y = () => <button>Login with MitID</button>;\n',
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(project, name, '..'), { recursive: true });
      writeFileSync(join(project, name), text);
    }
  });

  it('checks every kind of file, respects .gitignore, and a file that does not parse hides nothing else', async () => {
    const r = await cli(['check', '-f', 'json'], { cwd: project });
    // The malformed files were not checked, so the run fails as "could not check everything".
    expect(r.code, r.stderr).toBe(2);
    const report = JSON.parse(r.stdout) as JsonReport;
    const by = (target: string): string[] => report.findings.filter((f) => f.target === target).map((f) => f.ruleId);
    expect(by('src/Login.tsx')).toEqual(['mitid/approved-text']);
    expect(by('src/Login.vue')).toEqual(['mitid/approved-text']);
    expect(by('src/page.html')).toEqual(['mitid/no-embedded-login']);
    expect(by('src/style.css')).toEqual(['mitid/button-style']);
    expect(by('src/style.scss')).toEqual(['mitid/button-style']);
    // Each malformed file is named as not checked, with the parser's reason; no MitID finding is made up for it.
    const unparsed = (target: string): number => report.errors.filter((e) => e.target === target && /could not be parsed/.test(e.message)).length;
    expect(unparsed('src/broken.tsx')).toBeGreaterThanOrEqual(1);
    expect(unparsed('src/broken.css')).toBe(1);
    expect(by('src/broken.tsx')).toEqual([]);
    expect(by('src/broken.css')).toEqual([]);
    expect(report.findings.some((f) => f.target.startsWith('generated/'))).toBe(false);
  });

  it('SARIF has line and column for each file result, and rule help links', async () => {
    const r = await cli(['check', '-f', 'sarif'], { cwd: project });
    const log = JSON.parse(r.stdout) as {
      runs: { tool: { driver: { rules: { id: string; helpUri?: string; shortDescription: { text: string } }[] } }; results: { locations: { physicalLocation: { region?: { startLine: number } } }[] }[] }[];
    };
    expect(sarifErrors(log)).toEqual([]);
    const run = log.runs[0]!;
    expect(run.results.every((res) => (res.locations[0]?.physicalLocation.region?.startLine ?? 0) >= 1)).toBe(true);
    expect(run.tool.driver.rules.filter((rule) => rule.id.startsWith('mitid/')).every((rule) => rule.helpUri?.startsWith('https://'))).toBe(true);
    // A dashboard shows the rule's description: a sentence, not the id again (stylelint rules have none of their own).
    expect(run.tool.driver.rules.filter((rule) => rule.shortDescription.text === rule.id).map((rule) => rule.id)).toEqual([]);
  });

  it('usage errors and missing paths exit 2; --max-warnings counts only warnings', async () => {
    const unknown = await cli(['check', '--bogus'], { cwd: project });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--bogus');
    const missing = await cli(['check', 'nope/'], { cwd: project });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('nope/');
    expect(missing.stdout).not.toContain('✔');
    // A folder that yields no file (all ignored, or a typo'd build folder) is not a pass.
    const ignored = await cli(['check', 'generated'], { cwd: project });
    expect(ignored.code).toBe(2);
    expect(ignored.stdout).toContain('no files to check');
    const clean = await cli(['check', 'src/page.html', '--max-warnings', '0'], { cwd: project });
    expect(clean.code).toBe(1);
  });

  it('a report file that cannot be written is a clear usage error, not a stack trace', async () => {
    const r = await cli(['check', 'src/page.html', '-o', join(project, 'no/such/dir/report.json')], { cwd: project });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot write the report to');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('outside git, a folder walk still respects its .gitignore', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'mitid-ux-nogit-'));
    mkdirSync(join(plain, 'src'));
    mkdirSync(join(plain, 'build'));
    mkdirSync(join(plain, 'src/out'));
    writeFileSync(join(plain, '.gitignore'), 'build/\n*.gen.tsx\n');
    // A nested .gitignore, relative to its own folder (as in a monorepo package).
    writeFileSync(join(plain, 'src/.gitignore'), '/out\n');
    for (const f of ['src/a.tsx', 'src/b.gen.tsx', 'build/c.tsx', 'src/out/d.tsx']) writeFileSync(join(plain, f), 'export const A = () => <button>Login with MitID</button>;\n');
    const env = { GIT_CEILING_DIRECTORIES: tmpdir() };
    const r = await cli(['check', '-f', 'json'], { cwd: plain, env });
    expect((JSON.parse(r.stdout) as JsonReport).findings.map((f) => f.target)).toEqual(['src/a.tsx']);
    // Naming an ignored folder finds nothing to check: exit 2, not a pass.
    expect((await cli(['check', 'build'], { cwd: plain, env })).code).toBe(2);
    expect((await cli(['check', 'src'], { cwd: plain, env })).stdout).toContain('1 MitID problem');
  });

  it('--help teaches each command', async () => {
    for (const args of [['--help'], ['check', '--help'], ['audit', '--help']]) {
      const r = await cli(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Examples\n\s+npx mitid-ux/);
    }
  });
});
