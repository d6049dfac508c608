#!/usr/bin/env node
// ESLint benchmark (BENCH-CORPUS.md): the kit's configs.recommended vs parse only vs
// eslint-plugin-jsx-a11y's recommended rules, over the real .tsx sources of four npm packages.
// One fresh node process per measurement, alternating order, medians and paired ratios.
// Writes its section of BENCHMARKS.md. Usage: node bench/eslint.mjs [rounds]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { loadNote } from './lib/load.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, 'bench/.corpus/eslint');
const WORK = join(ROOT, 'bench/.work/eslint');
const PACKAGES = ['@patternfly/react-core@6.6.1', '@radix-ui/themes@3.3.0', '@tanstack/react-router@1.170.46', '@uiw/react-md-editor@4.1.2'];
// BENCH-CORPUS.md: src/**/*.tsx without tests, examples (PatternFly's demos are example pages) and __mocks__.
const EXCLUDE = /(?:^|\/)(?:__tests__|__mocks__|examples|demos|test|tests)\/|\.(?:test|spec|stories)\.tsx$/;
const VARIANTS = ['parse', 'kit', 'jsx-a11y', 'one-empty-rule', 'kit-no-skip'];

function sh(cmd, args, cwd = ROOT) {
  return execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
}

function walk(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** Fetch the four packages with `npm pack` and list their src .tsx files (once). */
function corpus() {
  const list = join(CORPUS, 'files.json');
  if (existsSync(list)) return JSON.parse(readFileSync(list, 'utf8'));
  mkdirSync(CORPUS, { recursive: true });
  const files = [];
  for (const spec of PACKAGES) {
    const tgz = sh('npm', ['pack', spec, '--silent'], CORPUS).trim().split('\n').pop();
    const dir = join(CORPUS, tgz.replace(/\.tgz$/, ''));
    mkdirSync(dir, { recursive: true });
    sh('tar', ['-xzf', join(CORPUS, tgz), '-C', dir]);
    for (const f of walk(join(dir, 'package'))) {
      const rel = relative(join(dir, 'package'), f);
      if (rel.startsWith('src/') && f.endsWith('.tsx') && !EXCLUDE.test(rel)) files.push(relative(ROOT, f));
    }
  }
  files.sort();
  writeFileSync(list, JSON.stringify(files, null, 1));
  return files;
}

/** jsx-a11y installed beside the corpus (never a dependency), and the plugin bundled from source. */
function work() {
  mkdirSync(WORK, { recursive: true });
  if (!existsSync(join(WORK, 'node_modules/eslint-plugin-jsx-a11y'))) {
    if (!existsSync(join(WORK, 'package.json'))) writeFileSync(join(WORK, 'package.json'), '{ "private": true }\n');
    sh('npm', ['install', '--prefix', WORK, '--no-audit', '--no-fund', '--legacy-peer-deps', 'eslint-plugin-jsx-a11y']);
  }
  markedCopies(corpus());
  sh(join(ROOT, 'node_modules/.bin/esbuild'), ['eslint-plugin/index.ts', '--bundle', '--platform=node', '--format=esm', `--outfile=${join(WORK, 'mitid-plugin.mjs')}`, '--external:parse5', '--external:postcss', '--external:postcss-scss', '--external:vue-eslint-parser', '--external:eslint', '--log-level=warning']);
}

/** Copies of the corpus whose first line names MitID (made once), so the kit skips no file. */
function markedCopies(files) {
  return files.map((f) => {
    const copy = join(WORK, 'marked', f);
    if (!existsSync(copy)) {
      mkdirSync(dirname(copy), { recursive: true });
      writeFileSync(copy, `// MitID\n${readFileSync(join(ROOT, f), 'utf8')}`);
    }
    return relative(ROOT, copy);
  });
}

/** Child: lint every file once with one variant through the ESLint class (as CI does); print timings as JSON. */
async function child(variant) {
  const { ESLint } = await import('eslint');
  const { default: tseslint } = await import('typescript-eslint');
  let files = corpus();
  const parser = {
    files: ['**/*.tsx'],
    // The corpus's own eslint-disable comments name rules that are not loaded here.
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
  };
  let config = [parser];
  if (variant === 'kit') {
    const { default: mitid } = await import(pathToFileURL(join(WORK, 'mitid-plugin.mjs')).href);
    config = [parser, ...mitid.configs.recommended];
  } else if (variant === 'jsx-a11y') {
    const a11y = createRequire(join(WORK, 'package.json'))('eslint-plugin-jsx-a11y');
    config = [parser, { files: ['**/*.tsx'], ...a11y.flatConfigs.recommended }];
  } else if (variant === 'kit-no-skip') {
    // Every file is prefixed with a comment naming MitID, so the kit skips none and checks every element.
    const { default: mitid } = await import(pathToFileURL(join(WORK, 'mitid-plugin.mjs')).href);
    config = [parser, ...mitid.configs.recommended];
    files = markedCopies(files);
  } else if (variant === 'one-empty-rule') {
    const empty = { meta: { schema: [] }, create: () => ({}) };
    config = [parser, { files: ['**/*.tsx'], plugins: { floor: { rules: { empty } } }, rules: { 'floor/empty': 'error' } }];
  }
  const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: config, cache: false });
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const results = await eslint.lintFiles(files);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const fatal = results.find((r) => r.messages.some((m) => m.fatal));
  if (fatal) throw new Error(`${fatal.filePath}: ${fatal.messages[0].message}`);
  const problems = results.reduce((n, r) => n + r.messages.filter((m) => m.ruleId).length, 0);
  process.stdout.write(JSON.stringify({ variant, ms, cpuMs: (cpu.user + cpu.system) / 1000, problems, files: results.length }));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function writeSection(text) {
  const file = join(ROOT, 'BENCHMARKS.md');
  const start = '<!-- bench:eslint:start -->';
  const end = '<!-- bench:eslint:end -->';
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const block = `${start}\n${text}\n${end}`;
  doc = doc.includes(start) ? doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block) : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, doc);
}

async function main() {
  const rounds = Math.max(5, Number(process.argv[2] ?? 7));
  const files = corpus();
  work();
  const lines = files.reduce((n, f) => n + readFileSync(join(ROOT, f), 'utf8').split('\n').length, 0);
  console.log(`corpus: ${files.length} files, ${lines} lines; ${rounds} rounds`);
  const runs = Object.fromEntries(VARIANTS.map((v) => [v, []]));
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? [...VARIANTS].reverse() : VARIANTS;
    for (const v of order) {
      const out = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', v], { cwd: ROOT, encoding: 'utf8' });
      if (out.status !== 0) throw new Error(`${v}: ${out.stderr}`);
      const result = JSON.parse(out.stdout);
      runs[v].push(result);
      console.log(`round ${r + 1} ${v}: ${result.ms.toFixed(0)} ms (${result.problems} problems)`);
    }
  }
  const ratio = (v, key) => median(runs[v].map((x, i) => x[key] / runs.parse[i][key]));
  const row = (v, label) =>
    `| ${label} | ${median(runs[v].map((x) => x.ms)).toFixed(0)} ms | ${median(runs[v].map((x) => x.cpuMs)).toFixed(0)} ms | **${ratio(v, 'ms').toFixed(3)}x** | ${ratio(v, 'cpuMs').toFixed(3)}x | ${runs[v][0].problems} | ${runs[v].map((x) => x.ms.toFixed(0)).join(', ')} |`;
  const eslintVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/eslint/package.json'), 'utf8')).version;
  const a11yVersion = JSON.parse(readFileSync(join(WORK, 'node_modules/eslint-plugin-jsx-a11y/package.json'), 'utf8')).version;
  const text = `## ESLint: the kit's \`configs.recommended\` vs parse only vs jsx-a11y (\`node bench/eslint.mjs\`)

Machine: ${cpus().length} cores (\`nproc\`), ${cpus()[0]?.model.trim()}, node ${process.version}, ESLint ${eslintVersion}, eslint-plugin-jsx-a11y ${a11yVersion}. Date: ${new Date().toISOString().slice(0, 10)}.
${loadNote()}

Corpus (BENCH-CORPUS.md): ${files.length} files, ${lines} lines: \`src/**/*.tsx\` of ${PACKAGES.map((p) => `\`${p}\``).join(', ')}, without tests, examples, demos and \`__mocks__\` (BENCH-CORPUS.md gives 567 files and 47,846 lines without listing its exclusions; this selection is stated in the script).
Method: ${rounds} rounds, alternating order, one fresh node process per measurement; each process times \`new ESLint({ overrideConfig }).lintFiles(files)\` once (read, parse with @typescript-eslint/parser, run the rules), wall and CPU time. Medians, and the median of the per-round ratios to parse only.

| config | lint wall (median) | CPU (median) | wall / parse only | CPU / parse only | problems | all rounds (wall) |
|---|---|---|---|---|---|---|
${row('parse', 'parse only (no rules)')}
${row('kit', 'mitid-ux-kit `configs.recommended`')}
${row('jsx-a11y', 'eslint-plugin-jsx-a11y `flatConfigs.recommended`')}
${row('one-empty-rule', 'one rule that does nothing (the floor for any plugin)')}
${row('kit-no-skip', 'the kit with no file skipped (each file prefixed with a comment naming MitID)')}

Known figure (BENCH-CORPUS.md): jsx-a11y recommended = 1.26x parse only on a 2-core machine.
"One rule that does nothing" is what enabling any rule at all costs in ESLint, the floor under any plugin. The last row shows the kit's cost when it cannot skip a file: every element of every file is looked at (and nothing is reported: no false positives on these files).
Why the kit is cheap: a file that never names MitID (nor a broker host, nor a catalog message naming MitID) is skipped before any element is looked at; in files that do, elements are dismissed by name before their text is resolved.`;
  writeSection(text);
  console.log(text);
}

if (process.argv[2] === '--child') await child(process.argv[3]);
else await main();
