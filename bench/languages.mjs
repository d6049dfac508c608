#!/usr/bin/env node
// Language checks benchmark (issue 11): files per second per language family for the checks of
// cli/src/languages (templates, markup in strings, native apps), and what a mixed repository
// costs against a JS-only one. The language files are real ones under MITID_LANG_CORPUS when set
// (this machine cannot reach raw.githubusercontent.com; see BENCHMARKS.md), else the generated
// body of test/languages/corpus.ts. The JS-only side is this repository's own JS/TS sources
// through the kit's ESLint configs.recommended, as `mitid-ux check` runs it.
// One fresh node process per measurement, alternating order, medians.
// Writes its section of BENCHMARKS.md. Usage: [MITID_LANG_CORPUS=dir] node bench/languages.mjs [rounds]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadNote } from './lib/load.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const WORK = join(ROOT, 'bench/.work/languages');
const JS_DIRS = ['src', 'eslint-plugin', 'stylelint-plugin', 'cli/src', 'stories'];
const JS = /\.(?:[cm]?[jt]sx?)$/;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function walk(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!['node_modules', 'dist', '.git'].includes(e.name)) walk(p, out);
    } else out.push(p);
  }
  return out;
}

/** The languages code, its test corpus and the ESLint plugin bundled from source (shared chunks). */
function build() {
  mkdirSync(WORK, { recursive: true });
  execFileSync(join(ROOT, 'node_modules/.bin/esbuild'), [
    'cli/src/languages/index.ts', 'test/languages/corpus.ts', 'eslint-plugin/index.ts',
    '--bundle', '--splitting', '--platform=node', '--format=esm', `--outdir=${WORK}`, '--outbase=.',
    '--alias:eslint-plugin-mitid=./eslint-plugin/index.ts', '--alias:mitid-ux-kit/core=./src/core/index.ts',
    '--external:eslint', '--external:web-tree-sitter', '--external:tree-sitter-wasms', '--external:parse5', '--external:vue-eslint-parser',
    '--external:@typescript-eslint/parser', '--external:typescript-eslint', '--external:typescript', '--log-level=warning',
  ], { cwd: ROOT, stdio: 'inherit' });
}

const load = async (path) => import(pathToFileURL(join(WORK, path)).href);

/** The language files: real ones, or the generated body written once under bench/.work. */
async function languageFiles() {
  const { generatedCorpus, realCorpus } = await load('test/languages/corpus.js');
  const real = process.env.MITID_LANG_CORPUS;
  if (real) return { cwd: real, files: realCorpus(real), source: 'real' };
  const dir = join(WORK, 'generated');
  const corpus = generatedCorpus(40);
  for (const c of corpus) {
    const p = join(dir, c.name);
    if (!existsSync(p)) {
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, c.text);
    }
  }
  return { cwd: dir, files: corpus.map((c) => join(dir, c.name)), source: 'generated' };
}

async function eslintRun(files) {
  const { ESLint } = await import('eslint');
  const plugin = await load('eslint-plugin/index.js');
  const configs = plugin.default.configs;
  const { parser } = await import('typescript-eslint');
  const overrideConfig = [{ files: ['**/*.ts', '**/*.tsx', '**/*.mts'], languageOptions: { parser } }, ...configs.recommended];
  const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig, warnIgnored: false });
  const results = await eslint.lintFiles(files);
  return results.reduce((n, r) => n + r.messages.length, 0);
}

/** Child: one measurement, printed as JSON. */
async function child(mode) {
  const js = JS_DIRS.flatMap((d) => walk(join(ROOT, d))).filter((f) => JS.test(f));
  const { checkLanguageFiles, languageOf } = await load('cli/src/languages/index.js');
  const lang = await languageFiles();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const out = { mode, files: 0, findings: 0 };
  if (mode === 'js' || mode === 'mixed') {
    out.findings += await eslintRun(js);
    out.files += js.length;
  }
  if (mode === 'mixed') {
    const r = await checkLanguageFiles(lang.files, { cwd: lang.cwd });
    out.findings += r.findings.length;
    out.files += lang.files.length;
  }
  if (mode === 'families') {
    // Per family, in one process: the first family pays for ESLint's start, each its grammar's load.
    out.families = {};
    const groups = new Map();
    for (const f of lang.files) groups.set(languageOf(f), [...(groups.get(languageOf(f)) ?? []), f]);
    for (const [family, files] of groups) {
      const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
      const t = performance.now();
      const r = await checkLanguageFiles(files, { cwd: lang.cwd });
      out.families[family] = { files: files.length, bytes, ms: performance.now() - t, findings: r.findings.length, notChecked: r.notChecked.length };
    }
  }
  const cpu = process.cpuUsage(cpu0);
  out.ms = performance.now() - t0;
  out.cpuMs = (cpu.user + cpu.system) / 1000;
  out.source = lang.source;
  out.langFiles = lang.files.length;
  out.jsFiles = js.length;
  console.log(JSON.stringify(out));
}

function writeSection(text) {
  const file = join(ROOT, 'BENCHMARKS.md');
  const start = '<!-- bench:languages -->';
  const end = '<!-- /bench:languages -->';
  const block = `${start}\n${text}\n${end}`;
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  doc = doc.includes(start) ? doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block) : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, doc);
}

async function main() {
  const rounds = Number(process.argv[2] ?? 3);
  build();
  const runs = { js: [], mixed: [], families: [] };
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? ['families', 'mixed', 'js'] : ['js', 'mixed', 'families'];
    for (const mode of order) {
      const res = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', mode], { cwd: ROOT, encoding: 'utf8', env: process.env, maxBuffer: 64 * 1024 * 1024 });
      if (res.status !== 0) throw new Error(`${mode}: ${res.stderr}`);
      const result = JSON.parse(res.stdout.trim().split('\n').pop());
      runs[mode].push(result);
      console.log(`round ${r + 1} ${mode}: ${result.ms.toFixed(0)} ms`);
    }
  }
  const first = runs.families[0];
  const families = Object.keys(first.families).sort();
  const fam = (name, key) => median(runs.families.map((x) => x.families[name][key]));
  const rows = families.map((name) => {
    const f = first.families[name];
    const ms = fam(name, 'ms');
    return `| ${name} | ${f.files} | ${(f.bytes / 1024).toFixed(0)} KiB | ${ms.toFixed(0)} ms | **${((f.files / ms) * 1000).toFixed(0)}** | ${((f.bytes / 1024 / ms) * 1000).toFixed(0)} KiB/s | ${f.findings} | ${f.notChecked} |`;
  });
  const ratio = median(runs.mixed.map((m, i) => m.ms / runs.js[i].ms));
  const cpuRatio = median(runs.mixed.map((m, i) => m.cpuMs / runs.js[i].cpuMs));
  const source = first.source === 'real'
    ? `${first.langFiles} real files of public repositories (Flutter samples, .NET MAUI samples, Android Compose samples, Laravel Breeze, Thymeleaf's GTVG example, Flask, Alamofire, Rails, ASP.NET Core docs samples), brought here with the search tool's fetch because this machine cannot reach raw.githubusercontent.com; not committed, the script reads them from MITID_LANG_CORPUS`
    : `${first.langFiles} generated files (test/languages/corpus.ts: real-world shapes per language, shuffled, cut mid-token, nested deep, very long lines; seeded)`;
  const text = `## Language checks: templates, markup in strings, native apps (\`node bench/languages.mjs\`)

Machine: ${cpus().length} cores (\`nproc\`), ${cpus()[0]?.model.trim()}, node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}.
${loadNote()}

Language files: ${source}. JS-only side: this repository's own JS/TS sources (${first.jsFiles} files under ${JS_DIRS.map((d) => `\`${d}\``).join(', ')}) through the kit's ESLint \`configs.recommended\` with typescript-eslint's parser.
Method: ${rounds} rounds, alternating order, one fresh node process per measurement; medians. "Per family" runs each family's files through \`checkLanguageFiles\` in one process, so a family's time includes loading its grammar (WebAssembly) the first time, and the first family pays for ESLint's start.

| family | files | size | time (median) | files/s | throughput | findings | not checked |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}

| run | files | wall (median) | CPU (median) |
|---|---|---|---|
| JS-only repository | ${runs.js[0].files} | ${median(runs.js.map((x) => x.ms)).toFixed(0)} ms | ${median(runs.js.map((x) => x.cpuMs)).toFixed(0)} ms |
| the same plus the language files | ${runs.mixed[0].files} | ${median(runs.mixed.map((x) => x.ms)).toFixed(0)} ms | ${median(runs.mixed.map((x) => x.cpuMs)).toFixed(0)} ms |

Mixed / JS-only: **${ratio.toFixed(2)}x** wall, ${cpuRatio.toFixed(2)}x CPU. A JS-only run loads no grammar: \`web-tree-sitter\` and the \`.wasm\` files are imported on the first file that needs them.`;
  writeSection(text);
  console.log(text);
}

if (process.argv[2] === '--child') await child(process.argv[3]);
else await main();
