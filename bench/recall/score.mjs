#!/usr/bin/env node
// Recall on real public MitID code (issue 10): runs the ESLint plugin through real ESLint over the
// files named in bench/recall/cases.json and scores each labelled case: a violation is found when
// its rule reports on its lines; a compliant or not-a-CTA case, or any report on a line no case
// labels, is a false positive. Prints found / missed / false positives per rule and per framework,
// and with --write, the recall section of BENCHMARKS.md.
//
// The corpus is never committed (third-party code): files come from git snapshots of the public
// repositories (MITID_RECALL_MIRRORS, default /work/.mirror/<owner>+<name>/repo, as the search
// tool's fetch leaves them) or from bench/.corpus/recall/ (git-ignored), where they are copied on
// first read. Files known only by a code-index id live in bench/.corpus/recall/index/<id>.<ext>
// and must be filled by a session that can read the index. A file that cannot be found fails the
// run (exit 2): a case that could not be looked at is no pass.
// Usage: node bench/recall/score.mjs [--write] [--verbose]   (MITID_RECALL_SOURCE=<tree> scores another checkout)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const CACHE = join(ROOT, 'bench/.corpus/recall');
const WORK = join(ROOT, 'bench/.work/recall');
const MIRRORS = process.env.MITID_RECALL_MIRRORS ?? '/work/.mirror';
// Another checkout of the kit to score (a baseline: MITID_RECALL_SOURCE=/path/to/old/tree).
const SOURCE = process.env.MITID_RECALL_SOURCE ?? ROOT;
const args = new Set(process.argv.slice(2));
const require = createRequire(join(ROOT, 'package.json'));

/** The plugin bundled from source, as users get it (bench/eslint.mjs does the same). */
function bundle() {
  mkdirSync(WORK, { recursive: true });
  const out = join(WORK, 'mitid-plugin.mjs');
  execFileSync(join(ROOT, 'node_modules/.bin/esbuild'), ['eslint-plugin/index.ts', '--bundle', '--platform=node', '--format=esm', `--outfile=${out}`, '--external:parse5', '--external:postcss', '--external:postcss-scss', '--external:vue-eslint-parser', '--external:eslint', '--log-level=error'], { cwd: SOURCE });
  return out;
}

/** A case file's text: the cache, else the repository's git snapshot (copied into the cache). */
function read(file) {
  const s = file.source;
  if (s.index) {
    const p = join(CACHE, 'index', `${s.index}.${s.ext}`);
    return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
  }
  const cached = join(CACHE, s.repo.replace('/', '+'), s.commit, s.path);
  if (existsSync(cached)) return readFileSync(cached, 'utf8');
  const gitDir = join(MIRRORS, s.repo.replace('/', '+'), 'repo');
  if (!existsSync(gitDir)) return undefined;
  try {
    const text = execFileSync('git', ['--git-dir', gitDir, 'show', `${s.commit}:${s.path}`], { encoding: 'utf8', maxBuffer: 8 << 20 });
    mkdirSync(dirname(cached), { recursive: true });
    writeFileSync(cached, text);
    return text;
  } catch {
    return undefined;
  }
}

const EXT = { jsx: 'tsx', tsx: 'tsx', vue: 'vue', html: 'html', angular: 'component.html', svelte: 'svelte', js: 'js', ts: 'ts', lit: 'ts' };

async function main() {
  const { ESLint } = require('eslint');
  const tseslint = require('typescript-eslint');
  const vueParser = require('vue-eslint-parser');
  const { default: mitid, htmlParser } = await import(pathToFileURL(bundle()).href);
  const rules = Object.fromEntries(Object.keys(mitid.rules).map((n) => [`mitid/${n}`, 'error']));
  const base = { plugins: { mitid }, rules, linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } };
  const config = [
    { ...base, files: ['**/*.{js,mjs,cjs,jsx}'], languageOptions: { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } } },
    { ...base, files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } } },
    { ...base, files: ['**/*.{html,svelte}'], languageOptions: { parser: htmlParser } },
    { ...base, files: ['**/*.vue'], languageOptions: { parser: vueParser, sourceType: 'module' } },
  ];
  const eslint = new ESLint({ cwd: WORK, overrideConfigFile: true, overrideConfig: config, cache: false });
  const { files } = JSON.parse(readFileSync(join(ROOT, 'bench/recall/cases.json'), 'utf8'));
  const tally = { rule: {}, framework: {} };
  const add = (kind, key, field) => {
    tally[kind][key] ??= { cases: 0, violations: 0, found: 0, missed: 0, fp: 0 };
    tally[kind][key][field]++;
  };
  const missing = [];
  const details = [];
  let cases = 0;
  for (const file of files) {
    const text = read(file);
    if (text === undefined) {
      missing.push(file.id);
      continue;
    }
    const name = file.source.path ? file.source.path.replace(/^.*\//, '') : `case.${file.source.ext}`;
    const ext = name.match(/\.(?:component\.html|[a-z]+)$/)?.[0] ?? `.${EXT[file.framework]}`;
    const [result] = await eslint.lintText(text, { filePath: join(WORK, 'files', `${file.id.replace(/[^\w.-]+/g, '_')}${ext}`) });
    const fatal = result.messages.find((m) => m.fatal);
    if (fatal) throw new Error(`${file.id}: ${fatal.message}`);
    const reports = result.messages.filter((m) => m.ruleId?.startsWith('mitid/'));
    const used = new Set();
    for (const c of file.cases) {
      cases++;
      const on = (m) => m.line >= c.line && m.line <= (c.endLine ?? c.line);
      const fw = file.framework;
      if (c.label === 'violation') {
        add('rule', c.rule, 'violations');
        add('framework', fw, 'violations');
        const hit = reports.filter((m) => on(m) && m.ruleId === c.rule);
        hit.forEach((m) => used.add(m));
        reports.filter((m) => on(m)).forEach((m) => used.add(m));
        const field = hit.length ? 'found' : 'missed';
        add('rule', c.rule, field);
        add('framework', fw, field);
        if (!hit.length) details.push(`MISSED ${file.id}:${c.line} ${c.rule} (${c.why})`);
      } else {
        const bad = reports.filter(on);
        bad.forEach((m) => used.add(m));
        if (bad.length) {
          add('framework', fw, 'fp');
          for (const m of bad) {
            add('rule', m.ruleId, 'fp');
            details.push(`FALSE POSITIVE ${file.id}:${m.line} ${m.ruleId} on a ${c.label} case (${c.why}): ${m.message}`);
          }
        }
      }
    }
    // A report no case labels is counted as a false positive: every report must be accounted for.
    for (const m of reports) {
      if (used.has(m)) continue;
      add('framework', file.framework, 'fp');
      add('rule', m.ruleId, 'fp');
      details.push(`UNLABELLED (false positive) ${file.id}:${m.line} ${m.ruleId}: ${m.message}`);
    }
  }
  if (args.has('--verbose') || details.length) for (const d of details) console.log(d);
  const rows = (kind) =>
    Object.entries(tally[kind])
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, t]) => `| ${k} | ${t.violations ?? 0} | ${t.found ?? 0} | ${t.missed ?? 0} | ${t.violations ? `${Math.round((100 * (t.found ?? 0)) / t.violations)}%` : 'n/a'} | ${t.fp ?? 0} |`);
  const total = Object.values(tally.framework).reduce((s, t) => ({ v: s.v + (t.violations ?? 0), f: s.f + (t.found ?? 0), fp: s.fp + (t.fp ?? 0) }), { v: 0, f: 0, fp: 0 });
  const head = '| | violations | found | missed | recall | false positives |\n| --- | --- | --- | --- | --- | --- |';
  const table = [
    `${files.length} files, ${cases} labelled cases, ${total.v} violations: ${total.f} found (${total.v ? Math.round((100 * total.f) / total.v) : 0}% recall), ${total.fp} false positives.`,
    '',
    `By framework:\n\n${head}\n${rows('framework').join('\n')}`,
    '',
    `By rule:\n\n${head}\n${rows('rule').join('\n')}`,
  ].join('\n');
  console.log(table);
  if (missing.length) {
    console.error(`\n${missing.length} file(s) could not be read: ${missing.join(', ')}. Fetch their repositories (MITID_RECALL_MIRRORS) or fill bench/.corpus/recall/.`);
    process.exit(2);
  }
  if (args.has('--write')) writeSection(table, baseline());
}

/** With MITID_RECALL_BASELINE=<older checkout>, the same cases scored on it (one line). */
function baseline() {
  const tree = process.env.MITID_RECALL_BASELINE;
  if (!tree) return '';
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url)], { env: { ...process.env, MITID_RECALL_SOURCE: tree, MITID_RECALL_BASELINE: '' }, encoding: 'utf8' });
  const line = out.split('\n').find((l) => /labelled cases/.test(l)) ?? '';
  const commit = (() => {
    try {
      return execFileSync('git', ['-C', tree, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    } catch {
      return tree;
    }
  })();
  return `Baseline, the kit before issue 10's ESLint work (${process.env.MITID_RECALL_BASELINE_NAME ?? commit}), on the same cases: ${line.replace(/^\d+ files, \d+ labelled cases, /, '')}\n\n`;
}

function writeSection(table, before) {
  const file = join(ROOT, 'BENCHMARKS.md');
  const start = '<!-- bench:recall:start -->';
  const end = '<!-- bench:recall:end -->';
  const method = [
    'Method: public repositories and code-index files found with the search tool (queries for MitID button texts, `acr_values`,',
    'broker SDKs); each button, link or text near a MitID login labelled by hand as a violation (with the rule that must report it),',
    'compliant, or not a call to action. Every report must land on a labelled line: a report on a compliant or not-a-CTA line, or',
    'on a line no case labels, counts as a false positive. Files are linted through real ESLint with `configs.recommended`-equivalent',
    'settings (all five rules, no settings.mitid), the plugin bundled from source.',
    '',
    'Caveats: the set is small and was built while the mechanisms were (it is not held out); it has no Lit or Angular file (none',
    'with a MitID button turned up in the search), and most files are demos and small apps. Rebuilding it needs the repositories',
    "fetched (the search tool's `fetch`) and the index files copied into `bench/.corpus/recall/index/` by a session with `read_file`.",
  ].join('\n');
  const body = `## ESLint recall on real MitID code (issue 10)\n\n\`node bench/recall/score.mjs --write\`, ${new Date().toISOString().slice(0, 10)}. Cases and labels: \`bench/recall/cases.json\` (ids and labels only; the files are fetched, never committed).\n\n${method}\n\n${before}${table}`;
  let doc = readFileSync(file, 'utf8');
  const block = `${start}\n${body}\n${end}`;
  doc = doc.includes(start) ? doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block) : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, doc);
}

await main();
