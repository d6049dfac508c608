#!/usr/bin/env node
// Held-out recall of `mitid-ux check` on real public MitID code outside JavaScript (issue 11):
// server templates, markup in strings of other languages, native apps. Every file named in
// bench/heldout-lang/cases.json is recreated at its repository-relative path inside a temporary
// project tree (with the message catalogs its cases depend on), and the CLI is run on that tree as
// a process, from another folder, with --format json, the way a user runs it. Each labelled case is
// scored: a violation is found when its rule reports on its lines; a report on a compliant or
// not-a-CTA case, or on a line no case labels, is a false positive. A file the CLI says it could not
// check counts every violation in it as missed. Cases labelled "unsure" are listed, not scored.
//
// The set is held out: it was labelled from ../shared/MITID-RULES.md by an evaluator who did not
// read the analyzer's source. The corpus is never committed (third-party code): files come from
// git snapshots (MITID_HELDOUT_MIRRORS, default /work/.mirror/<owner>+<name>/repo, as the search
// tool's fetch leaves them), copied on first read into bench/.corpus/heldout-lang/ (git-ignored).
// Files known only by a code-index id live in bench/.corpus/heldout-lang/index/<id>.<ext> and must
// be filled by a session that can read the index. A file that cannot be found fails the run (exit 2).
//
// Usage: node bench/heldout-lang/score.mjs [--write] [--verbose]
//   MITID_HELDOUT_CLI=<path to mitid-ux.js> scores another build (default cli/dist/mitid-ux.js).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const CACHE = join(ROOT, 'bench/.corpus/heldout-lang');
const WORK = join(ROOT, 'bench/.work/heldout-lang');
// The projects are built outside this repository: bench/.work/ is git-ignored here, and the CLI
// lists a folder the way git sees it (it would name the whole project as not checked).
const TREE = join(tmpdir(), 'mitid-heldout-lang');
const MIRRORS = process.env.MITID_HELDOUT_MIRRORS ?? '/work/.mirror';
const CLI = resolve(process.env.MITID_HELDOUT_CLI ?? join(ROOT, 'cli/dist/mitid-ux.js'));
const args = new Set(process.argv.slice(2));

/** A file's text: the cache, else the repository's git snapshot (copied into the cache). */
function read(s) {
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

/** The project a file belongs to: its repository, or its own folder for an index-only file. */
const projectOf = (file) => (file.source.repo ?? `index-${file.source.index}`).replace(/[^\w.-]+/g, '+');
/** Where the file sits in its project: its repository path (index files carry a plausible one). */
const pathOf = (file) => file.source.path ?? `case.${file.source.ext}`;

/** Runs the CLI on one project: from another folder (as asked), or from inside the project (`.`). */
function runCli(dir, inside) {
  const run = inside ? dir : join(WORK, 'run');
  mkdirSync(run, { recursive: true });
  const out = spawnSync(process.execPath, [CLI, 'check', inside ? '.' : dir, '--format', 'json'], { cwd: run, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 120_000 });
  if (out.error) throw out.error;
  let report;
  try {
    report = JSON.parse(out.stdout);
  } catch {
    throw new Error(`mitid-ux check ${dir} (exit ${out.status}) printed no JSON report:\n${out.stdout.slice(0, 500)}\n${out.stderr.slice(0, 1000)}`);
  }
  const abs = (t) => resolve(run, t);
  const findings = (report.findings ?? []).map((f) => ({ ...f, file: abs(f.target ?? f.file ?? '') }));
  // Anything named as not checked (errors, skipped) with the reason it gives.
  // A target may be a folder (then every file under it is not checked).
  const named = [];
  for (const e of [...(report.errors ?? []), ...(report.skipped ?? [])]) {
    const t = typeof e === 'string' ? e : (e.target ?? e.file ?? e.path ?? '');
    named.push([abs(t), typeof e === 'string' ? e : (e.reason ?? e.message ?? JSON.stringify(e))]);
  }
  const notChecked = (file) => named.find(([t]) => file === t || file.startsWith(`${t}/`))?.[1];
  return { findings, notChecked, exit: out.status };
}

function main() {
  if (!existsSync(CLI)) throw new Error(`${CLI} does not exist (build the CLI package, or set MITID_HELDOUT_CLI)`);
  const { files } = JSON.parse(readFileSync(join(ROOT, 'bench/heldout-lang/cases.json'), 'utf8'));
  const tree = TREE;
  rmSync(tree, { recursive: true, force: true });
  const missing = [];
  const projects = new Map();
  for (const file of files) {
    const text = read(file.source);
    if (text === undefined) {
      missing.push(file.id);
      continue;
    }
    const dir = join(tree, projectOf(file));
    const place = join(dir, pathOf(file));
    mkdirSync(dirname(place), { recursive: true });
    writeFileSync(place, text);
    for (const cat of file.catalogs ?? []) {
      const t = read(cat);
      if (t === undefined) {
        missing.push(`${file.id} (catalog ${cat.path})`);
        continue;
      }
      const at = join(dir, cat.as ?? cat.path);
      mkdirSync(dirname(at), { recursive: true });
      writeFileSync(at, t);
    }
    projects.set(dir, [...(projects.get(dir) ?? []), { file, place }]);
  }

  const from = score(projects, files, missing, false);
  const inside = score(projects, files, missing, true);
  for (const d of from.details) console.log(d);
  if (args.has('--verbose')) for (const u of from.unsure) console.log(u);
  console.log(`\nRun from another folder (mitid-ux check <absolute project path>):\n\n${from.table}`);
  const changed = inside.details.filter((d) => !from.details.includes(d));
  const gone = from.details.filter((d) => !inside.details.includes(d));
  console.log(`\nRun from inside each project (cd <project> && mitid-ux check .):\n\n${inside.table}`);
  if (changed.length || gone.length) console.log(`\nFrom inside, different: ${gone.length} no longer reported as missed/false positive, ${changed.length} new:\n${[...changed.map((d) => `+ ${d}`), ...gone.map((d) => `- ${d}`)].join('\n')}`);
  if (missing.length) {
    console.error(`\n${missing.length} file(s) could not be read: ${missing.join(', ')}. Fetch their repositories (MITID_HELDOUT_MIRRORS) or fill bench/.corpus/heldout-lang/.`);
    process.exit(2);
  }
  if (args.has('--write')) writeSection(`Run from another folder (\`mitid-ux check <absolute project path>\`, as a user checking ../api would):\n\n${from.table}\n\nThe same projects, each run from inside (\`cd <project> && mitid-ux check .\`):\n\n${inside.table}`);
}

function score(projects, files, missing, insideRun) {
  const tally = { type: {}, rule: {} };
  const add = (kind, key, field, n = 1) => {
    tally[kind][key] ??= { cases: 0, violations: 0, found: 0, missed: 0, fp: 0 };
    tally[kind][key][field] += n;
  };
  const details = [];
  const unsure = [];
  let cases = 0;
  let notCheckedFiles = 0;
  for (const [dir, entries] of projects) {
    const { findings, notChecked } = runCli(dir, insideRun);
    for (const { file, place } of entries) {
      const type = file.type;
      const reports = findings.filter((f) => f.file === place && f.ruleId?.startsWith('mitid/'));
      const skipped = notChecked(place);
      if (skipped !== undefined) {
        notCheckedFiles++;
        details.push(`NOT CHECKED ${file.id} (${type}): ${skipped}`);
      }
      const used = new Set();
      for (const c of file.cases) {
        const on = (m) => m.line >= c.line && m.line <= (c.endLine ?? c.line);
        const where = `${file.id}:${c.line}`;
        if (c.label === 'unsure') {
          reports.filter(on).forEach((m) => used.add(m));
          unsure.push(`UNSURE ${where} (${type}) ${c.why}: ${reports.filter(on).map((m) => m.ruleId).join(', ') || 'no report'}`);
          continue;
        }
        cases++;
        add('type', type, 'cases');
        if (c.label === 'violation') {
          add('type', type, 'violations');
          add('rule', c.rule, 'violations');
          const hit = reports.filter((m) => on(m) && m.ruleId === c.rule);
          reports.filter(on).forEach((m) => used.add(m));
          const field = hit.length ? 'found' : 'missed';
          add('type', type, field);
          add('rule', c.rule, field);
          if (!hit.length) details.push(`MISSED ${where} (${type}) ${c.rule}${skipped !== undefined ? ' [file not checked]' : ''}: ${c.why}${c.pattern ? ` [pattern: ${c.pattern}]` : ''}`);
        } else {
          for (const m of reports.filter(on)) {
            used.add(m);
            add('type', type, 'fp');
            add('rule', m.ruleId, 'fp');
            details.push(`FALSE POSITIVE ${where} (${type}) ${m.ruleId} on a ${c.label} case (${c.why}): ${m.message}`);
          }
        }
      }
      for (const m of reports) {
        if (used.has(m)) continue;
        add('type', type, 'fp');
        add('rule', m.ruleId, 'fp');
        details.push(`UNLABELLED (false positive) ${file.id}:${m.line} (${type}) ${m.ruleId}: ${m.message}`);
      }
    }
  }
  const rows = (kind) =>
    Object.entries(tally[kind])
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, t]) => `| ${k} | ${kind === 'type' ? `${t.cases} | ` : ''}${t.violations} | ${t.found} | ${t.missed} | ${t.violations ? `${Math.round((100 * t.found) / t.violations)}%` : 'n/a'} | ${t.fp} |`);
  const total = Object.values(tally.type).reduce((s, t) => ({ v: s.v + t.violations, f: s.f + t.found, fp: s.fp + t.fp }), { v: 0, f: 0, fp: 0 });
  const head = (kind) =>
    kind === 'type'
      ? '| | cases | violations | found | missed | recall | false positives |\n| --- | --- | --- | --- | --- | --- | --- |'
      : '| | violations | found | missed | recall | false positives |\n| --- | --- | --- | --- | --- | --- |';
  const scored = files.length - missing.filter((m) => !m.includes('(catalog')).length;
  const table = [
    `${scored} files (${new Set(files.map((f) => f.type)).size} file types), ${cases} labelled cases (${unsure.length} more marked unsure, not scored), ${total.v} violations: ${total.f} found (${total.v ? Math.round((100 * total.f) / total.v) : 0}% recall), ${total.fp} false positives; ${notCheckedFiles} file(s) reported as not checked.`,
    '',
    `By file type (cases: scored cases of every label):\n\n${head('type')}\n${rows('type').join('\n')}`,
    '',
    `By rule:\n\n${head('rule')}\n${rows('rule').join('\n')}`,
  ].join('\n');
  return { table, details, unsure };
}

function writeSection(table) {
  const file = join(ROOT, 'BENCHMARKS.md');
  const start = '<!-- bench:heldout-lang:start -->';
  const end = '<!-- bench:heldout-lang:end -->';
  const cli = relative(ROOT, CLI);
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;
  const method = [
    'Method: a held-out set. Public repositories and code-index files outside JavaScript found with the search tool (MitID',
    'button texts, `acr_values`, broker names, web views), each button, link, text or web view near a MitID login labelled by',
    'hand from `../shared/MITID-RULES.md` by an evaluator who did not read the analyzer: violation (with the rule that must',
    'report it), compliant, not a call to action, or unsure (listed, not scored). Each file is recreated at its repository path',
    'in a temporary project (with the catalogs its cases need) and `mitid-ux check <project> --format json` runs on it as a',
    'process from another folder, and again from inside each project (`.`). The projects live in the system temp folder',
    '(bench/.work/ is git-ignored, and the CLI lists folders the way git sees them). Every report must land on a labelled',
    'line; a file the CLI could not check counts its violations as missed.',
    '',
    'Caveats: small, and most files are demos, samples and small apps; several file types had no real MitID code to find (see',
    'the issue 11 report). Index-only files must be copied into `bench/.corpus/heldout-lang/index/` by a session with `read_file`.',
  ].join('\n');
  const body = `## Held-out recall outside JavaScript (issue 11)\n\n\`node bench/heldout-lang/score.mjs --write\`, ${new Date().toISOString().slice(0, 10)}, \`${cli}\`, ${machine}. Cases and labels: \`bench/heldout-lang/cases.json\` (ids and labels only; the files are fetched, never committed).\n\n${method}\n\n${table}`;
  let doc = readFileSync(file, 'utf8');
  const block = `${start}\n${body}\n${end}`;
  doc = doc.includes(start) ? doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block) : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, doc);
}

main();
