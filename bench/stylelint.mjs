#!/usr/bin/env node
// Benchmark: stylelint with the kit's shareable config against stylelint with no rules, over the
// BENCH-CORPUS.md stylelint corpus (SCSS sources + unminified dist CSS of bootstrap, bulma,
// foundation-sites, pico, bootstrap-icons). Same run, alternating order, one fresh process per
// measurement, >= 5 rounds; medians and paired ratios go to BENCHMARKS.md (bench:stylelint).
//   node bench/stylelint.mjs [--rounds 7]
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadNote } from './lib/load.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = join(ROOT, 'bench/.corpus/stylelint');
const PACKAGES = ['bootstrap@5.3.8', 'bulma@1.0.4', 'foundation-sites@6.9.0', '@picocss/pico@2.1.1', 'bootstrap-icons@1.13.2'];
const KIT_CONFIG = join(ROOT, 'stylelint-plugin/dist/config.js');

// ---- child mode: lint the corpus once with one config, print the timing as JSON ----
if (process.argv[2] === '--child') {
  const [, , , mode, listFile] = process.argv;
  const files = JSON.parse(readFileSync(listFile, 'utf8'));
  const stylelint = (await import('stylelint')).default;
  const kit = (await import(pathToFileURL(KIT_CONFIG).href)).default;
  // Both runs parse the same way: only the rules differ.
  const config = mode === 'kit' ? kit : { rules: {}, overrides: kit.overrides };
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const result = await stylelint.lint({ files, config, disableDefaultIgnores: true, cache: false });
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpuStart);
  const cpu = (used.user + used.system) / 1000;
  const warnings = result.results.reduce((n, r) => n + r.warnings.length, 0);
  console.log(JSON.stringify({ ms, cpu, files: result.results.length, warnings }));
  process.exit(0);
}

// ---- corpus ----
function fetchCorpus() {
  mkdirSync(CORPUS, { recursive: true });
  for (const spec of PACKAGES) {
    const dir = join(CORPUS, spec.replace(/^@/, '').replace(/[/@]/g, '_'));
    if (existsSync(dir)) continue;
    console.log(`fetching ${spec}`);
    const tgz = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', CORPUS], { encoding: 'utf8' }).trim().split('\n').at(-1);
    mkdirSync(dir);
    execFileSync('tar', ['-xzf', join(CORPUS, tgz), '-C', dir, '--strip-components=1']);
  }
}

function walk(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

/** Pico's colour-theme builds repeat its main bundles with another palette. */
const PICO_THEME = /pico\.(?:[a-z]+\.)*(?:amber|azure|blue|cyan|fuchsia|green|grey|indigo|jade|lime|orange|pink|pumpkin|purple|red|sand|slate|violet|yellow|zinc)\.css$|conditional/;

/**
 * Every published SCSS source, plus the unminified dist CSS bundles (no .min.css, no RTL,
 * prefixed or colour-theme duplicates): 361 + 13 = 374 files.
 */
function corpusFiles() {
  return walk(CORPUS).filter((f) => {
    const rel = f.slice(CORPUS.length);
    if (/\.scss$/.test(f)) return true;
    return /\/(?:dist|css|font)\/.*\.css$/.test(rel) && !/\.min\.css$|[.-]rtl\.css$|\/versions\//.test(rel) && !PICO_THEME.test(rel);
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function measure(mode, listFile) {
  const started = performance.now();
  const child = spawnSync(process.execPath, [import.meta.filename, '--child', mode, listFile], { encoding: 'utf8', cwd: ROOT });
  const wall = performance.now() - started;
  if (child.status !== 0) throw new Error(`${mode} run failed:\n${child.stderr}`);
  return { ...JSON.parse(child.stdout.trim().split('\n').at(-1)), wall };
}

const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = Math.max(5, roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 7);

if (!existsSync(KIT_CONFIG)) {
  console.log('building the kit (tsc -p tsconfig.build.json)');
  execFileSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
}
fetchCorpus();
const files = corpusFiles();
const lines = files.reduce((n, f) => n + readFileSync(f, 'utf8').split('\n').length, 0);
const scss = files.filter((f) => f.endsWith('.scss')).length;
console.log(`corpus: ${files.length} files (${scss} SCSS, ${files.length - scss} CSS), ${lines} lines`);
const listFile = join(CORPUS, 'files.json');
writeFileSync(listFile, JSON.stringify(files));
if (process.argv.includes('--list')) process.exit(0);

measure('empty', listFile); // warm the file system cache; not counted
const runs = { empty: [], kit: [] };
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 ? ['kit', 'empty'] : ['empty', 'kit'];
  for (const mode of order) {
    const r = measure(mode, listFile);
    runs[mode].push(r);
    console.log(`round ${round + 1} ${mode.padEnd(5)} lint ${r.ms.toFixed(0)} ms (cpu ${r.cpu.toFixed(0)} ms), process ${r.wall.toFixed(0)} ms, ${r.warnings} warnings`);
  }
}

const ratios = runs.kit.map((k, i) => k.ms / runs.empty[i].ms);
const wallRatios = runs.kit.map((k, i) => k.wall / runs.empty[i].wall);
const cpuRatios = runs.kit.map((k, i) => k.cpu / runs.empty[i].cpu);
const fmt = (n) => n.toFixed(0);
const section = [
  '<!-- bench:stylelint:start -->',
  '## stylelint: the kit\'s config vs no rules',
  '',
  `Machine: ${cpus().length} cores (\`nproc\`), ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}, stylelint ${JSON.parse(readFileSync(join(ROOT, 'node_modules/stylelint/package.json'), 'utf8')).version}. Date: ${new Date().toISOString().slice(0, 10)}.`,
  loadNote(),
  '',
  `Corpus (BENCH-CORPUS.md): ${files.length} files, ${lines} lines: every SCSS file published in ${PACKAGES.join(', ')}, plus their unminified dist CSS bundles (no \`.min.css\`, RTL, prefixed or colour-theme duplicates). \`.scss\` through postcss-scss; both configs use the kit's syntax overrides, so both parse the same way.`,
  `Method: ${ROUNDS} rounds, alternating order, one fresh node process per measurement; the time of the \`stylelint.lint()\` call (and the whole process), medians, and the median of the per-round ratios.`,
  '',
  '| config | lint wall (median) | lint CPU (median) | process wall (median) | warnings |',
  '|---|---|---|---|---|',
  `| \`rules: {}\` (parse only) | ${fmt(median(runs.empty.map((r) => r.ms)))} ms | ${fmt(median(runs.empty.map((r) => r.cpu)))} ms | ${fmt(median(runs.empty.map((r) => r.wall)))} ms | ${runs.empty[0].warnings} |`,
  `| \`mitid-ux-kit/stylelint-config\` (4 rules) | ${fmt(median(runs.kit.map((r) => r.ms)))} ms | ${fmt(median(runs.kit.map((r) => r.cpu)))} ms | ${fmt(median(runs.kit.map((r) => r.wall)))} ms | ${runs.kit[0].warnings} |`,
  '',
  `Ratio kit / no rules: **${median(ratios).toFixed(3)}x** lint time (${((median(ratios) - 1) * 100).toFixed(1)}% overhead; per round ${ratios.map((r) => r.toFixed(2)).join(', ')}); **${median(cpuRatios).toFixed(3)}x** lint CPU time (per round ${cpuRatios.map((r) => r.toFixed(2)).join(', ')}); ${median(wallRatios).toFixed(3)}x process time. On this shared machine wall times swing by 2x between rounds; CPU time is the steadier figure. Goal: under 10% overhead. Known peer figure (same corpus and method): \`stylelint-config-standard\` = 9.7x.`,
  '<!-- bench:stylelint:end -->',
].join('\n');

const benchFile = join(ROOT, 'BENCHMARKS.md');
const current = existsSync(benchFile) ? readFileSync(benchFile, 'utf8') : '# Benchmarks\n';
const re = /<!-- bench:stylelint:start -->[\s\S]*?<!-- bench:stylelint:end -->/;
writeFileSync(benchFile, re.test(current) ? current.replace(re, section) : `${current.trimEnd()}\n\n${section}\n`);
console.log(`\n${section}`);
