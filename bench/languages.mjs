#!/usr/bin/env node
// Language checks benchmark (issue 11): files per second per language family for the checks of
// cli/src/languages (templates, markup in strings, native apps), and what a mixed repository
// costs against a JS-only one. The language files are real ones under MITID_LANG_CORPUS when set
// (this machine cannot reach raw.githubusercontent.com; see BENCHMARKS.md), else the generated
// body of test/languages/corpus.ts. The JS-only side is this repository's own JS/TS sources
// through the kit's ESLint configs.recommended, as `mitid-ux check` runs it.
// One fresh node process per measurement, alternating order, medians.
// Writes its section of BENCHMARKS.md. Usage: [MITID_LANG_CORPUS=dir] node bench/languages.mjs [rounds]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLanguages as build, loadBuilt, ROOT, WORK } from './lib/languages-build.mjs';
import { loadNote } from './lib/load.mjs';

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

const load = loadBuilt;

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

/** The language files by family, in corpus order. */
function byFamily(files, languageOf) {
  const groups = new Map();
  for (const f of files) groups.set(languageOf(f), [...(groups.get(languageOf(f)) ?? []), f]);
  return groups;
}

/** Files by the repository folder they are in (the corpus's top folders), or all in one. */
function byRepository(lang, files) {
  const groups = new Map();
  for (const f of files) {
    const cwd = lang.source === 'real' ? join(lang.cwd, relative(lang.cwd, f).split(sep)[0]) : lang.cwd;
    groups.set(cwd, [...(groups.get(cwd) ?? []), f]);
  }
  return groups;
}

/** Child: one measurement, printed as JSON. */
async function child(mode, only) {
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
    for (const [cwd, list] of byRepository(lang, lang.files)) out.findings += (await checkLanguageFiles(list, { cwd })).findings.length;
    out.files += lang.files.length;
  }
  if (mode === 'family') {
    // One family in its own process, as `mitid-ux check` on a repository of that language runs.
    out.families = {};
    const files = byFamily(lang.files, languageOf).get(only) ?? [];
    const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
    const t = performance.now();
    let findings = 0;
    let notChecked = 0;
    // Real files: each repository with its own folder as the working folder (its own catalogs).
    for (const [cwd, list] of byRepository(lang, files)) {
      const r = await checkLanguageFiles(list, { cwd });
      findings += r.findings.length;
      notChecked += r.notChecked.length;
    }
    out.families[only] = { files: files.length, bytes, ms: performance.now() - t, findings, notChecked };
  }
  const cpu = process.cpuUsage(cpu0);
  out.ms = performance.now() - t0;
  out.cpuMs = (cpu.user + cpu.system) / 1000;
  out.source = lang.source;
  out.langFiles = lang.files.length;
  out.jsFiles = js.length;
  console.log(JSON.stringify(out));
}

/** The corpus's repositories: its top folders, named owner+name as the fetch tool writes them. */
function repositories() {
  const dir = process.env.MITID_LANG_CORPUS;
  return dir ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name.replace('+', '/')).sort() : [];
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
  const { languageOf } = await load('cli/src/languages/index.js');
  const families = [...byFamily((await languageFiles()).files, languageOf).keys()].sort();
  const runs = { js: [], mixed: [], families: Object.fromEntries(families.map((f) => [f, []])) };
  const spawn = (...args) => {
    const res = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', ...args], { cwd: ROOT, encoding: 'utf8', env: process.env, maxBuffer: 64 * 1024 * 1024 });
    if (res.status !== 0) throw new Error(`${args.join(' ')}: ${res.stderr}`);
    return JSON.parse(res.stdout.trim().split('\n').pop());
  };
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? ['families', 'mixed', 'js'] : ['js', 'mixed', 'families'];
    for (const mode of order) {
      if (mode === 'families') {
        for (const family of r % 2 ? [...families].reverse() : families) runs.families[family].push(spawn('family', family).families[family]);
        console.log(`round ${r + 1} families: ${families.map((f) => `${f} ${runs.families[f].at(-1).ms.toFixed(0)} ms`).join(', ')}`);
        continue;
      }
      const result = spawn(mode);
      runs[mode].push(result);
      console.log(`round ${r + 1} ${mode}: ${result.ms.toFixed(0)} ms`);
    }
  }
  const first = runs.mixed[0];
  const fam = (name, key) => median(runs.families[name].map((x) => x[key]));
  const rows = families.map((name) => {
    const f = runs.families[name][0];
    const ms = fam(name, 'ms');
    return `| ${name} | ${f.files} | ${(f.bytes / 1024).toFixed(0)} KiB | ${ms.toFixed(0)} ms | **${((f.files / ms) * 1000).toFixed(0)}** | ${((f.bytes / 1024 / ms) * 1000).toFixed(0)} KiB/s | ${f.findings} | ${f.notChecked} |`;
  });
  const ratio = median(runs.mixed.map((m, i) => m.ms / runs.js[i].ms));
  const cpuRatio = median(runs.mixed.map((m, i) => m.cpuMs / runs.js[i].cpuMs));
  const source = first.source === 'real'
    ? `${first.langFiles} real files of ${repositories().length} public repositories (${repositories().join(', ')}), brought here with the search tool's fetch because this machine cannot reach raw.githubusercontent.com; not committed, the script reads them from MITID_LANG_CORPUS`
    : `${first.langFiles} generated files (test/languages/corpus.ts: real-world shapes per language, shuffled, cut mid-token, nested deep, very long lines; seeded)`;
  const text = `## Language checks: templates, markup in strings, native apps (\`node bench/languages.mjs\`)

Machine: ${cpus().length} cores (\`nproc\`), ${cpus()[0]?.model.trim()}, node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}.
${loadNote()}

Language files: ${source}. JS-only side: this repository's own JS/TS sources (${first.jsFiles} files under ${JS_DIRS.map((d) => `\`${d}\``).join(', ')}) through the kit's ESLint \`configs.recommended\` with typescript-eslint's parser.
Method: ${rounds} rounds, alternating order, one fresh node process per measurement; medians. Each family runs alone in its own process through \`checkLanguageFiles\`, as \`mitid-ux check\` on a repository of that language would: its time includes loading its grammar (WebAssembly) and the kit's rules; each repository is one call with its own folder as the working folder (its catalogs are found and read there), as the mixed run's are.

| family | files | size | time (median) | files/s | throughput | findings | not checked |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}

Before the speed work of 2026-12-01 (issue 11), on the first 10007 of these files with every family in one process: Kotlin 17 files/s (65 KiB/s), Swift 38, Dart 90, C# 970. Causes: V8 runs an asynchronous WebAssembly compile behind its background optimisation of hot grammar code, so a grammar (or Node's CommonJS lexer, on ESLint's first import) loaded after parsing had begun waited 6 to 20 s, and the process's exit waited for that optimisation too; now the process's WebAssembly runs on V8's baseline compiler only (\`--liftoff-only\`, set when the first grammar loads), grammars are compiled and instantiated synchronously, and the rules imported before the first parse. Also: every Swift, Kotlin and Dart file was parsed and walked through a node object per node (now a file naming no button, title setter or web view is not parsed, and the walks read node types through the cursor), host-language files were parsed for their strings even when they never name MitID, and every stack's catalogs were read when one was needed.

| run | files | wall (median) | CPU (median) |
|---|---|---|---|
| JS-only repository | ${runs.js[0].files} | ${median(runs.js.map((x) => x.ms)).toFixed(0)} ms | ${median(runs.js.map((x) => x.cpuMs)).toFixed(0)} ms |
| the same plus the language files | ${runs.mixed[0].files} | ${median(runs.mixed.map((x) => x.ms)).toFixed(0)} ms | ${median(runs.mixed.map((x) => x.cpuMs)).toFixed(0)} ms |

Mixed / JS-only: **${ratio.toFixed(2)}x** wall, ${cpuRatio.toFixed(2)}x CPU. A JS-only run loads no grammar: \`web-tree-sitter\` and the \`.wasm\` files are imported on the first file that needs them.`;
  writeSection(text);
  console.log(text);
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4]);
else await main();
