#!/usr/bin/env node
// Re-scores the precision run (bench/precision/run.sh) against the audit's labels: every finding the
// audit judged true must still be reported, every false one must be gone, and any finding the audit
// never saw is listed for a verdict (it is neither counted true nor false). Files not checked are
// listed too: each makes a run exit 2.
// usage: node bench/precision/score.mjs [reports folder, default $PRECISION_WORK/out or /tmp/mitid-precision/out]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] ?? join(process.env.PRECISION_WORK ?? '/tmp/mitid-precision', 'out');
const labels = JSON.parse(readFileSync(join(here, 'labels.json'), 'utf8'));
const key = (repo, path, line, rule) => `${repo}|${path}|${line}|${rule}`;
const judged = new Map(labels.map((l) => [key(l.repo, l.path, l.line, l.rule), l]));

const found = new Set();
const unlabelled = [];
const notChecked = [];
let repos = 0;
for (const name of existsSync(out) ? readdirSync(out).filter((n) => n.endsWith('.json')) : []) {
  const repo = name.slice(0, -'.json'.length);
  let report;
  try {
    report = JSON.parse(readFileSync(join(out, name), 'utf8'));
  } catch {
    notChecked.push(`${repo}: no JSON report (the run failed; see ${repo}.err)`);
    continue;
  }
  repos++;
  const prefix = `src/${repo}/`;
  for (const f of report.findings ?? []) {
    const path = f.target.startsWith(prefix) ? f.target.slice(prefix.length) : f.target;
    const k = key(repo, path, f.line, f.ruleId);
    found.add(k);
    if (!judged.has(k)) unlabelled.push(`${repo} ${path}:${f.line} ${f.ruleId} ${f.message}`);
  }
  for (const e of report.errors ?? []) notChecked.push(`${repo} ${e.target.startsWith(prefix) ? e.target.slice(prefix.length) : e.target}: ${e.message}`);
}

const tp = labels.filter((l) => l.verdict === 'TP');
const fp = labels.filter((l) => l.verdict === 'FP');
const keptTp = tp.filter((l) => found.has(key(l.repo, l.path, l.line, l.rule)));
const leftFp = fp.filter((l) => found.has(key(l.repo, l.path, l.line, l.rule)));
console.log(`${repos} repositories re-run: true findings kept ${keptTp.length}/${tp.length}; false positives left ${leftFp.length}/${fp.length}; findings the audit never judged ${unlabelled.length}; not checked ${notChecked.length}.`);
for (const l of tp.filter((x) => !keptTp.includes(x))) console.log(`LOST TRUE ${l.repo} ${l.path}:${l.line} ${l.rule}`);
for (const l of leftFp) console.log(`FALSE LEFT ${l.repo} ${l.path}:${l.line} ${l.rule} (${l.pattern})`);
for (const u of unlabelled) console.log(`UNJUDGED ${u}`);
for (const n of notChecked) console.log(`NOT CHECKED ${n}`);
