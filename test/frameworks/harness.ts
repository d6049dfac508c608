/**
 * The framework suite's machinery: the kit packed as users get it, each app installed from that
 * tarball into test/frameworks/.work/<app> (kept between runs, re-installed when the app's
 * package.json or the tarball changes: the tarball's name holds its hash), commands with
 * deadlines, and a server for each build.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const APPS = join(ROOT, 'test/frameworks/apps');
export const WORK = join(ROOT, 'test/frameworks/.work');

/** What an app's mitid-test.json says about it. */
export interface AppSpec {
  /** Renders on the server: its HTML must hold the phrase before any script runs. */
  ssr: boolean;
  /** The build's static output folder, served as is; without it, `npm start` serves (PORT, HOST). */
  static?: string;
  /** One deliberate type error: `find` in `file` becomes `replace`; the type check must fail naming `expect`. */
  typeError: { file: string; find: string; replace: string; expect: string };
}

export interface RunResult {
  code: number;
  output: string;
  seconds: number;
}

/** No telemetry, no prompts, no colours: the frameworks' own switches. */
const QUIET = { CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0', NEXT_TELEMETRY_DISABLED: '1', NG_CLI_ANALYTICS: 'false', SVELTEKIT_TELEMETRY: '0' };

const sha = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex').slice(0, 16);

/** Runs a command with a deadline; on time-out the whole process group is killed. */
export function run(cmd: string, args: string[], cwd: string, timeoutMs: number, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...QUIET, ...env } });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c));
    child.stderr.on('data', (c: Buffer) => (output += c));
    const timer = setTimeout(() => {
      output += `\n[harness] ${cmd} ${args.join(' ')} timed out after ${timeoutMs / 1000}s`;
      killGroup(child.pid);
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, output, seconds: (Date.now() - started) / 1000 });
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** `npm pack` of the built root package into the work folder (the tarball users install). */
export function packKit(): string {
  for (const file of ['dist/index.js', 'dist/define.js', 'dist/react.js', 'custom-elements.json', 'web-types.json']) {
    if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing: run \`npm run build\` before the framework suite.`);
  }
  mkdirSync(WORK, { recursive: true });
  const r = spawnSync('npm', ['pack', '--silent', '--pack-destination', WORK], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  const name = r.stdout.trim().split('\n').at(-1);
  if (r.status !== 0 || !name) throw new Error(`npm pack failed:\n${r.stdout}\n${r.stderr}`);
  // The content's hash in the name: a changed kit is a changed dependency spec, which npm re-installs
  // (a `file:` tarball of the same name and version would be kept as installed).
  const packed = join(WORK, name);
  const tarball = join(WORK, `mitid-ux-kit-${sha(readFileSync(packed))}.tgz`);
  for (const old of readdirSync(WORK)) if (old.endsWith('.tgz') && join(WORK, old) !== tarball && join(WORK, old) !== packed) rmSync(join(WORK, old));
  renameSync(packed, tarball);
  return tarball;
}

/** Every file of the app, except what an install or build makes. */
function appFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (['node_modules', 'dist', 'build', '.next', '.svelte-kit', '.angular'].includes(name)) return [];
    return statSync(path).isDirectory() ? appFiles(path, base) : [path.slice(base.length + 1)];
  });
}

/**
 * The app in its work folder, installed from the tarball. Sources are copied fresh every run;
 * `npm install` runs only when the app's package.json or the tarball changed since the last one.
 */
export async function prepareApp(name: string, tarball: string, timeoutMs: number): Promise<{ dir: string; spec: AppSpec; install: RunResult | 'cached' }> {
  const src = join(APPS, name);
  const dir = join(WORK, name);
  const spec = JSON.parse(readFileSync(join(src, 'mitid-test.json'), 'utf8')) as AppSpec;
  const pkg = JSON.parse(readFileSync(join(src, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  pkg.dependencies['mitid-ux-kit'] = `file:${tarball}`;
  const pkgText = `${JSON.stringify(pkg, null, 2)}\n`;
  const key = sha(pkgText);
  const marker = join(dir, '.installed');
  mkdirSync(dir, { recursive: true });
  const files = appFiles(src);
  // A file removed from the app goes from its work copy too (installs and builds stay).
  for (const file of appFiles(dir)) if (!files.includes(file) && file !== 'package-lock.json' && file !== '.installed') rmSync(join(dir, file));
  for (const file of files) {
    if (file === 'package.json') continue;
    mkdirSync(join(dir, file, '..'), { recursive: true });
    cpSync(join(src, file), join(dir, file));
  }
  writeFileSync(join(dir, 'package.json'), pkgText);
  if (existsSync(marker) && readFileSync(marker, 'utf8') === key) return { dir, spec, install: 'cached' };
  rmSync(marker, { force: true });
  // The project's rule: npm installs take the shared lock (several installs at once corrupt the cache).
  const install = await run('flock', ['/tmp/npm.lock', 'npm', 'install', '--no-audit', '--no-fund', '--loglevel=error'], dir, timeoutMs);
  if (install.code === 0) writeFileSync(marker, key);
  return { dir, spec, install };
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.woff2': 'font/woff2', '.svg': 'image/svg+xml', '.ico': 'image/x-icon' };

/** A static server on 127.0.0.1 for a built folder; unknown paths get index.html (a single-page app). */
export async function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

/** GET a URL's body (no browser, no script): what the server sends. */
export function fetchText(url: string, timeoutMs = 10_000): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = get(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`GET ${url} timed out`)));
    req.on('error', reject);
  });
}

/** `npm start` with PORT/HOST on 127.0.0.1, up when it answers 200 (deadline `timeoutMs`). */
export async function startServer(dir: string, timeoutMs: number): Promise<{ url: string; close: () => void; output: () => string }> {
  const port = await freePort();
  const child = spawn('npm', ['start', '--silent'], { cwd: dir, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...QUIET, PORT: String(port), HOST: '127.0.0.1', HOSTNAME: '127.0.0.1', NODE_ENV: 'production' } });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c));
  child.stderr.on('data', (c: Buffer) => (output += c));
  const url = `http://127.0.0.1:${port}/`;
  const close = (): void => killGroup(child.pid);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ok = await fetchText(url, 2000).then((r) => r.status === 200, () => false);
    if (ok) return { url, close, output: () => output };
    await new Promise((r) => setTimeout(r, 300));
  }
  close();
  throw new Error(`npm start in ${dir} did not answer 200 at ${url} within ${timeoutMs / 1000}s:\n${output}`);
}

/** A limit on how many apps work at once (the machine has 2 cores). */
export function limit(n: number): <T>(job: () => Promise<T>) => Promise<T> {
  let active = 0;
  const queue: (() => void)[] = [];
  return async (job) => {
    while (active >= n) await new Promise<void>((r) => queue.push(r));
    active++;
    try {
      return await job();
    } finally {
      active--;
      queue.shift()?.();
    }
  };
}
