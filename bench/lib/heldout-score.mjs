// The scorer of the fresh held-out sets (bench/heldout-2, bench/heldout-3, ...): each set's score.mjs
// names its folder and the words of its BENCHMARKS.md section; how files are recreated, checked by
// `mitid-ux check` as a process and scored is here, once. See a set's score.mjs for what it holds.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
// Set by score(): which set (its folder under bench/), and the words of its BENCHMARKS.md section.
let SET, CACHE, WORK, TREE, TITLE, METHOD;
const MIRRORS = process.env.MITID_HELDOUT_MIRRORS ?? '/work/.mirror';
const args = new Set(process.argv.slice(2));

/** The CLI bundled from source (workspace packages resolved through tsconfig paths, dependencies external). */
function cli() {
  if (args.has('--dist')) return join(ROOT, 'cli/dist/mitid-ux.js');
  mkdirSync(WORK, { recursive: true });
  const out = join(WORK, 'mitid-ux.mjs');
  execFileSync(join(ROOT, 'node_modules/.bin/esbuild'), ['cli/src/mitid-ux.ts', '--bundle', '--platform=node', '--format=esm', '--packages=external', '--tsconfig=tsconfig.json', `--outfile=${out}`, '--log-level=error'], { cwd: ROOT });
  return out;
}

/** One file of a repository at a commit: the cache, else the git snapshot (copied into the cache). */
function gitFile(repo, commit, path) {
  const cached = join(CACHE, repo.replace('/', '+'), commit, path);
  if (existsSync(cached)) return readFileSync(cached, 'utf8');
  const gitDir = join(MIRRORS, repo.replace('/', '+'), 'repo');
  if (!existsSync(gitDir)) return undefined;
  try {
    const text = execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${path}`], { encoding: 'utf8', maxBuffer: 8 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
    mkdirSync(dirname(cached), { recursive: true });
    writeFileSync(cached, text);
    return text;
  } catch {
    return undefined;
  }
}

/** Where a case file lives in its project tree, and the files to write there (the file, package.json, catalogs). */
function recreate(file) {
  const s = file.source;
  const project = join(TREE, file.id.replace(/[^\w.-]+/g, '_'));
  const writes = [];
  let target;
  if (s.index) {
    const p = join(CACHE, 'index', `${s.index}.${s.ext}`);
    if (!existsSync(p)) return undefined;
    target = join(project, `${s.name ?? `src/${s.index}`}.${s.ext}`);
    writes.push([target, readFileSync(p, 'utf8')]);
  } else {
    const text = gitFile(s.repo, s.commit, s.path);
    if (text === undefined) return undefined;
    target = join(project, s.path);
    writes.push([target, text]);
    for (const extra of ['package.json', ...(s.with ?? [])]) {
      const t = gitFile(s.repo, s.commit, extra);
      if (t !== undefined) writes.push([join(project, extra), t]);
      else if (extra !== 'package.json') return undefined;
    }
  }
  return { project, target, writes };
}

function main() {
  const bin = cli();
  const { files } = JSON.parse(readFileSync(join(ROOT, `bench/${SET}/cases.json`), 'utf8'));
  rmSync(TREE, { recursive: true, force: true });
  const missing = [];
  const placed = new Map();
  for (const file of files) {
    const r = recreate(file);
    if (!r) {
      missing.push(file.id);
      continue;
    }
    for (const [p, t] of r.writes) {
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, t);
    }
    placed.set(file.id, r.target);
  }
  if (missing.length) {
    console.error(`${missing.length} file(s) could not be read: ${missing.join(', ')}. Fetch their repositories (MITID_HELDOUT_MIRRORS) or fill bench/.corpus/${SET}/.`);
    process.exit(2);
  }
  // One run over every file, named explicitly (bench/.work is git-ignored, so folders would be skipped).
  const began = performance.now();
  const run = spawnSync(process.execPath, [bin, 'check', '--format', 'json', ...[...placed.values()].map((p) => relative(WORK, p))], { cwd: WORK, encoding: 'utf8', maxBuffer: 64 << 20 });
  const wall = Math.round(performance.now() - began);
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    console.error(`mitid-ux check did not print a JSON report (exit ${run.status}):\n${run.stderr}`);
    process.exit(2);
  }
  const byTarget = new Map();
  for (const f of report.findings ?? []) {
    const t = resolve(WORK, f.target ?? f.file ?? '');
    if (!byTarget.has(t)) byTarget.set(t, []);
    byTarget.get(t).push(f);
  }
  const notChecked = new Map();
  for (const e of [...(report.errors ?? []), ...(report.skipped ?? [])]) {
    const t = e.target ?? e.path ?? e.file;
    if (t) notChecked.set(resolve(WORK, t), e.reason ?? e.message ?? JSON.stringify(e));
  }

  const tally = { rule: {}, type: {} };
  const add = (kind, key, field) => {
    tally[kind][key] ??= { violations: 0, found: 0, missed: 0, fp: 0 };
    tally[kind][key][field]++;
  };
  const details = [];
  let cases = 0;
  for (const file of files) {
    const target = placed.get(file.id);
    const reasonNot = notChecked.get(target);
    const reports = (byTarget.get(target) ?? []).filter((m) => m.ruleId?.startsWith('mitid/'));
    const fw = file.type;
    tally.type[fw] ??= { violations: 0, found: 0, missed: 0, fp: 0 };
    if (reasonNot) details.push(`NOT CHECKED ${file.id}: ${reasonNot}`);
    const spans = (c) => c.ranges ?? [[c.line, c.endLine ?? c.line]];
    const covers = (c, m) => spans(c).some(([a, b]) => m.line >= a && m.line <= b);
    for (const c of file.cases) {
      cases++;
      if (c.label !== 'violation') continue;
      add('rule', c.rule, 'violations');
      add('type', fw, 'violations');
      const field = !reasonNot && reports.some((m) => m.ruleId === c.rule && covers(c, m)) ? 'found' : 'missed';
      add('rule', c.rule, field);
      add('type', fw, field);
      if (field === 'missed') details.push(`MISSED ${file.id}:${spans(c)[0][0]} ${fw} ${c.rule}${reasonNot ? ' (file not checked)' : ''} (${c.why})`);
    }
    // Every report must be accounted for: by a violation case of its own rule on its line, or an
    // unverified case (text the file alone cannot settle). Anything else is a false positive.
    for (const m of reports) {
      if (file.cases.some((c) => c.label === 'violation' && c.rule === m.ruleId && covers(c, m))) continue;
      if (file.cases.some((c) => c.label === 'unverified' && covers(c, m))) continue;
      const on = file.cases.find((c) => covers(c, m));
      add('type', fw, 'fp');
      add('rule', m.ruleId, 'fp');
      details.push(`FALSE POSITIVE ${file.id}:${m.line} ${fw} ${m.ruleId} ${on ? `on a ${on.label}${on.rule ? ` (${on.rule})` : ''} case (${on.why})` : 'on no labelled line'}: ${m.message}`);
    }
    if (args.has('--verbose')) for (const m of reports) details.push(`  report ${file.id}:${m.line} ${m.ruleId}: ${m.message}`);
  }
  for (const d of details) console.log(d);
  const pct = (t) => (t.violations ? `${Math.round((100 * t.found) / t.violations)}%` : 'n/a');
  const rows = (kind) =>
    Object.entries(tally[kind])
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, t]) => `| ${k} | ${t.violations} | ${t.found} | ${t.missed} | ${pct(t)} | ${t.fp} |`);
  const total = Object.values(tally.type).reduce((s, t) => ({ violations: s.violations + t.violations, found: s.found + t.found, fp: s.fp + t.fp }), { violations: 0, found: 0, fp: 0 });
  const head = '| | violations | found | missed | recall | false positives |\n| --- | --- | --- | --- | --- | --- |';
  const table = [
    `${files.length} files, ${cases} labelled cases, ${total.violations} violations: ${total.found} found (${pct(total)} recall), ${total.fp} false positives; ${notChecked.size} file(s) not checked; \`mitid-ux check\` exit ${run.status}.`,
    '',
    `By file type:\n\n${head}\n${rows('type').join('\n')}`,
    '',
    `By rule:\n\n${head}\n${rows('rule').join('\n')}`,
  ].join('\n');
  console.log(table);
  if (args.has('--write')) writeSection(table, wall);
}

function writeSection(table, wall) {
  const file = join(ROOT, 'BENCHMARKS.md');
  const start = `<!-- bench:${SET}:start -->`;
  const end = `<!-- bench:${SET}:end -->`;
  const machine = `Machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} (1/5/15 min) after the run; the one \`mitid-ux check\` run over all files took ${wall} ms`;
  const method = METHOD.join('\n');
  const body = `## \`mitid-ux check\` on ${TITLE} of real MitID code (issues 10, 11)\n\n\`node bench/${SET}/score.mjs --write\`, ${new Date().toISOString().slice(0, 10)}. ${machine}. Cases and labels: \`bench/${SET}/cases.json\` (ids and labels only; the files are fetched, never committed).\n\n${method}\n\n${table}`;
  let doc = readFileSync(file, 'utf8');
  const block = `${start}\n${body}\n${end}`;
  doc = doc.includes(start) ? doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), () => block) : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, doc);
}

/** Scores one held-out set: `set` is its folder under bench/ (cases.json), `title` and `method` the words of its section. */
export function score({ set, title, method }) {
  SET = set;
  CACHE = join(ROOT, `bench/.corpus/${set}`);
  WORK = join(ROOT, `bench/.work/${set}`);
  TREE = join(tmpdir(), `mitid-${set}`);
  TITLE = title;
  METHOD = method;
  main();
}
