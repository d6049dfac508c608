#!/usr/bin/env node
// Crash run of the language checks (issue 11) over every real file of a corpus of public
// repositories (MITID_LANG_CORPUS: one folder per repository, as the search tool's fetch brings
// them; this machine cannot download them itself). Each repository is checked as `mitid-ux check`
// would check it (one call, its own folder as the working folder, so its own catalogs), in a worker
// that a watchdog ends when one file takes longer than its deadline; the rest of the repository
// then runs in a new worker. Fails (exit 1) on a thrown error, a hang, or a finding in a file that
// never mentions MitID. Prints per-language counts and writes its section of BENCHMARKS.md.
// Usage: MITID_LANG_CORPUS=dir node bench/crash-languages.mjs
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { buildLanguages, loadBuilt, ROOT } from './lib/languages-build.mjs';
import { loadNote } from './lib/load.mjs';

/** Broad on purpose ("permitido" counts): only files that surely never name MitID must stay silent. */
const MENTIONS_MITID = /mit[\s._-]*id/i;
/** Per file: 20 s plus 1 s per 20 kB, on a shared 2-core machine; the first file also loads ESLint. */
const deadline = (bytes, first) => (first ? 60_000 : 20_000) + bytes / 20;
/** Not checked for a reason the checks give on purpose (a binary file, a parser time limit). */
const EXPECTED = /binary file|gave up/;

async function worker() {
  const { checkLanguageFiles } = await loadBuilt('cli/src/languages/index.js');
  const { cwd, files } = workerData;
  const result = await checkLanguageFiles(files, { cwd, onFile: (file) => parentPort.postMessage({ file, at: performance.now() }) });
  parentPort.postMessage({ done: true, at: performance.now(), findings: result.findings, notChecked: result.notChecked });
}

/** Checks one repository's files; resolves with what happened to each, hangs included. */
function runRepository(cwd, files) {
  return new Promise((resolve) => {
    const times = new Map();
    const out = { times, findings: [], notChecked: [], hangs: [], crashed: [] };
    const start = (rest) => {
      if (!rest.length) return resolve(out);
      const w = new Worker(fileURLToPath(import.meta.url), { workerData: { cwd, files: rest } });
      let current;
      let since = 0;
      let timer;
      let count = 0;
      // A worker ended by the watchdog may still deliver queued messages: ignored.
      let dead = false;
      const arm = (file) => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          dead = true;
          out.hangs.push(relative(cwd, file));
          void w.terminate();
          start(rest.slice(rest.indexOf(file) + 1));
        }, deadline(statSync(file).size, count === 1));
      };
      w.on('message', (m) => {
        if (dead) return;
        if (current) times.set(current, m.at - since);
        if (m.done) {
          clearTimeout(timer);
          out.findings.push(...m.findings);
          out.notChecked.push(...m.notChecked);
          void w.terminate();
          return resolve(out);
        }
        current = m.file;
        since = m.at;
        count++;
        arm(m.file);
      });
      w.on('error', (error) => {
        if (dead) return;
        dead = true;
        clearTimeout(timer);
        const at = current ? rest.indexOf(current) : 0;
        out.crashed.push(`${current ? relative(cwd, current) : cwd}: ${error.message}`);
        start(rest.slice(at + 1));
      });
    };
    start(files);
  });
}

function writeSection(text) {
  const file = join(ROOT, 'BENCHMARKS.md');
  const start = '<!-- bench:crash-languages -->';
  const end = '<!-- /bench:crash-languages -->';
  const block = `${start}\n${text}\n${end}`;
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  doc = doc.includes(start) ? doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block) : doc.replace('<!-- /bench:languages -->', `<!-- /bench:languages -->\n\n${block}`);
  writeFileSync(file, doc);
}

async function main() {
  const corpus = process.env.MITID_LANG_CORPUS;
  if (!corpus) {
    console.error('MITID_LANG_CORPUS=<folder of repositories> is required: a crash run over generated files is test/languages/crash.test.ts');
    process.exit(2);
  }
  buildLanguages();
  const { languageOf } = await loadBuilt('cli/src/languages/index.js');
  const { realCorpus } = await loadBuilt('test/languages/corpus.js');
  const repos = readdirSync(corpus, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const stats = new Map();
  const stat = (lang) => stats.get(lang) ?? stats.set(lang, { files: 0, bytes: 0, quiet: 0, checked: 0, binary: 0, gaveUp: 0, errors: [], hangs: [], loud: [], findings: 0, maxMs: 0, maxFile: '' }).get(lang);
  const t0 = performance.now();
  for (const repo of repos) {
    const cwd = join(corpus, repo);
    const files = realCorpus(cwd);
    if (!files.length) continue;
    const r = await runRepository(cwd, files);
    const by = new Map(files.map((f) => [relative(cwd, f), f]));
    const notChecked = new Map(r.notChecked.map((n) => [n.file, n.reason]));
    const found = new Map();
    for (const f of r.findings) found.set(f.target, (found.get(f.target) ?? 0) + 1);
    for (const [rel, file] of by) {
      const s = stat(languageOf(file));
      const text = readFileSync(file, 'utf8');
      const quiet = !MENTIONS_MITID.test(text);
      s.files++;
      s.bytes += Buffer.byteLength(text);
      if (quiet) s.quiet++;
      const ms = r.times.get(file) ?? 0;
      if (ms > s.maxMs) Object.assign(s, { maxMs: ms, maxFile: `${repo}/${rel}` });
      const reason = notChecked.get(rel);
      if (r.hangs.includes(rel)) s.hangs.push(`${repo}/${rel}`);
      else if (reason === undefined) s.checked++;
      else if (/binary file/.test(reason)) s.binary++;
      else if (EXPECTED.test(reason)) s.gaveUp++;
      else s.errors.push(`${repo}/${rel}: ${reason}`);
      s.findings += found.get(rel) ?? 0;
      if (quiet && found.get(rel)) s.loud.push(`${repo}/${rel}`);
    }
    // Catalog files and crashed workers belong to no checked file: reported as errors of the run.
    for (const n of r.notChecked) if (!by.has(n.file)) stat('(catalogs)').errors.push(`${repo}/${n.file}: ${n.reason}`);
    for (const c of r.crashed) stat('(worker)').errors.push(`${repo}/${c}`);
    console.log(`${repo}: ${files.length} files, ${r.findings.length} findings, ${r.hangs.length} hangs, ${r.crashed.length} worker crashes`);
  }
  const seconds = (performance.now() - t0) / 1000;
  const langs = [...stats.keys()].sort();
  const total = (k) => langs.reduce((n, l) => n + (Array.isArray(stats.get(l)[k]) ? stats.get(l)[k].length : stats.get(l)[k]), 0);
  const rows = langs.map((l) => {
    const s = stats.get(l);
    return `| ${l} | ${s.files} | ${(s.bytes / 1024).toFixed(0)} KiB | ${s.checked} | ${s.binary} | ${s.gaveUp} | ${s.errors.length} | ${s.hangs.length} | ${s.quiet} | ${s.loud.length} | ${s.findings} | ${s.maxMs.toFixed(0)} ms |`;
  });
  const failures = langs.flatMap((l) => [...stats.get(l).errors.map((e) => `error: ${e}`), ...stats.get(l).hangs.map((h) => `hang: ${h}`), ...stats.get(l).loud.map((f) => `finding without MitID: ${f}`)]);
  const text = `## Language checks: crash run over real files (\`node bench/crash-languages.mjs\`)

Machine: ${cpus().length} cores (\`nproc\`), ${cpus()[0]?.model.trim()}, node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}.
${loadNote()}

Every file of a checked type in ${repos.length} public repositories (${repos.map((r) => r.replace('+', '/')).join(', ')}), brought here with the search tool's fetch and read from MITID_LANG_CORPUS (not committed). Each repository is checked as \`mitid-ux check\` checks it: one call, the repository as working folder (its own catalogs). A watchdog gives each file a deadline (20 s + 1 s per 20 kB, 60 s for a worker's first file) and ends the worker past it. It fails on a thrown error, a hang, or any finding in a file that never matches \`/mit[\\s._-]*id/i\`. ${total('files')} files, ${(total('bytes') / 1024 / 1024).toFixed(1)} MiB, ${seconds.toFixed(0)} s in all.

| language | files | size | checked | binary (named) | parser time limit (named) | errors | hangs | never mention MitID | findings there | findings | slowest file |
|---|---|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

Result: ${failures.length ? `**${failures.length} failures**:\n${failures.slice(0, 20).map((f) => `- ${f}`).join('\n')}` : '**no error, no hang, no finding in a file that never mentions MitID**.'}`;
  writeSection(text);
  console.log(text);
  for (const f of failures.slice(20)) console.log(`- ${f}`);
  process.exit(failures.length ? 1 : 0);
}

if (isMainThread) await main();
else await worker();
