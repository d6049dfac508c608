#!/usr/bin/env node
// Benchmark: auditMitID vs axe-core's own full run on one page of 10,000 elements with 20 MitID
// calls to action, in the same headless Chromium session (system Chromium via playwright-core).
// Each round loads the page afresh, then runs both in alternating order; medians and ratio.
// Results go to BENCHMARKS.md between <!-- bench:audit:start --> and <!-- bench:audit:end -->.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/ensure-chromium.mjs';
import { loadNote } from './lib/load.mjs';

const ROUNDS = Number(process.env.ROUNDS ?? 9);
const ELEMENTS = 10_000;
const CTAS = 20;
const require = createRequire(import.meta.url);

/** A long public-sector-like page: nested sections of headings, paragraphs, lists, links, forms. */
function pageHtml() {
  const parts = [];
  let count = 4; // html, head, body, main
  let cta = 0;
  const ctaEvery = Math.floor(ELEMENTS / (CTAS + 1));
  const phrases = ['Log ind med MitID', 'Login with MitID', 'Godkend med MitID', 'Log on with MitID →'];
  let section = 0;
  while (count < ELEMENTS) {
    section++;
    parts.push(`<section id="s${section}"><h2>Afsnit ${section}</h2>`);
    count += 2;
    for (let i = 0; i < 6 && count < ELEMENTS; i++) {
      parts.push(`<p class="lead">Tekst om din sag <a href="/sag/${section}/${i}">læs mere</a> og <span class="muted">opdateret i dag</span>.</p>`);
      count += 3;
      parts.push(`<ul class="list">${'<li><a href="#">Punkt</a></li>'.repeat(4)}</ul>`);
      count += 9;
      if (count >= (cta + 1) * ctaEvery && cta < CTAS) {
        const phrase = phrases[cta % phrases.length];
        parts.push(`<button class="btn mitid-btn" type="button"><svg aria-hidden="true" width="16" height="16"></svg><span>${phrase}</span></button>`);
        count += 3;
        cta++;
      }
    }
    parts.push('</section>');
  }
  const css = `.mitid-btn{display:inline-flex;align-items:center;gap:8px;height:48px;padding:.25rem .75rem .25rem 1rem;border:0;border-radius:4px;background:#0060e6;color:#fff;font:600 16px "IBM Plex Sans",Helvetica,Arial,sans-serif}
    .muted{color:#666}.list{margin:0 0 8px}`;
  return `<!doctype html><html lang="da"><head><title>Bench</title><style>${css}</style></head><body><main>${parts.join('')}</main></body></html>`;
}

async function auditBundle() {
  const out = await build({ entryPoints: ['src/audit/index.ts'], bundle: true, format: 'iife', globalName: '__mitidUxAudit', write: false, target: 'es2020', logLevel: 'silent' });
  return `${out.outputFiles[0].text};globalThis.__mitidUxAudit = __mitidUxAudit;`;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: run node scripts/ensure-chromium.mjs');
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const html = pageHtml();
  const audit = await auditBundle();
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const axeVersion = JSON.parse(readFileSync(require.resolve('axe-core/package.json'), 'utf8')).version;
  const times = { audit: [], axe: [] };
  let facts;
  const runAudit = () => page.evaluate(() => {
    const t = performance.now();
    const findings = globalThis.__mitidUxAudit.auditMitID(document);
    return { ms: performance.now() - t, findings: findings.length };
  });
  const runAxe = () => page.evaluate(async () => {
    const t = performance.now();
    const r = await globalThis.axe.run(document);
    return { ms: performance.now() - t, violations: r.violations.length };
  });
  for (let round = 0; round <= ROUNDS; round++) {
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(audit);
    await page.evaluate(axeSource);
    const order = round % 2 ? ['axe', 'audit'] : ['audit', 'axe'];
    for (const which of order) {
      const r = which === 'audit' ? await runAudit() : await runAxe();
      // Round 0 warms the JIT and caches; it is not counted.
      if (round > 0) times[which].push(r.ms);
      if (which === 'audit') facts = { ...facts, findings: r.findings };
    }
    if (round === 0) facts = { ...facts, elements: await page.evaluate(() => document.querySelectorAll('*').length), ctas: await page.evaluate(() => document.querySelectorAll('.mitid-btn').length) };
  }
  await browser.close();
  const a = median(times.audit);
  const x = median(times.axe);
  const version = execSync(`${executablePath} --version`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  return { a, x, times, facts, axeVersion, browserVersion: version };
}

function writeSection(result) {
  const { a, x, times, facts, axeVersion, browserVersion } = result;
  const fmt = (n) => n.toFixed(1);
  const section = `<!-- bench:audit:start -->
## Runtime audit vs axe-core (\`node bench/audit.mjs\`)

One page of ${facts.elements.toLocaleString('en')} elements with ${facts.ctas} MitID calls to action (${facts.findings} findings), same
headless Chromium session (${browserVersion}, playwright-core), the page loaded afresh each round, both
runs in alternating order, ${times.audit.length} rounds after one warm-up. axe-core ${axeVersion}, \`axe.run(document)\` with its default rules.

| run | median | all rounds (ms) |
|---|---|---|
| \`auditMitID(document)\` | ${fmt(a)} ms | ${times.audit.map(fmt).join(', ')} |
| axe-core full run | ${fmt(x)} ms | ${times.axe.map(fmt).join(', ')} |
| **ratio audit / axe** | **${(a / x).toFixed(3)}** (${(x / a).toFixed(0)}x faster) | |

Machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), node ${process.version}, ${new Date().toISOString().slice(0, 10)}.
${loadNote()}
<!-- bench:audit:end -->`;
  const file = 'BENCHMARKS.md';
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const re = /<!-- bench:audit:start -->[\s\S]*?<!-- bench:audit:end -->/;
  writeFileSync(file, re.test(current) ? current.replace(re, section) : `${current.trimEnd()}\n\n${section}\n`);
}

const result = await main();
writeSection(result);
console.log(`audit median ${result.a.toFixed(1)} ms, axe median ${result.x.toFixed(1)} ms, ratio ${(result.a / result.x).toFixed(3)}`);
