#!/usr/bin/env node
// Benchmark: auditMitID vs axe-core's own full run on one page of 10,000 elements with 20 MitID
// calls to action, in the same headless Chromium session (system Chromium via playwright-core).
// Each round loads the page afresh, then runs both in alternating order; medians and ratio.
// Results go to BENCHMARKS.md between <!-- bench:audit:start --> and <!-- bench:audit:end -->.
// Then `mitid-ux audit --crawl` on a generated 50-page site: pages per minute serial against
// --concurrency 4, and the click step's cost per call to action (section bench:audit-crawl).
// `--crawl-only` / `--axe-only` run one part.
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

/** Replaces (or appends) one marked section of BENCHMARKS.md. */
function replaceSection(name, section) {
  const file = 'BENCHMARKS.md';
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const re = new RegExp(`<!-- bench:${name}:start -->[\\s\\S]*?<!-- bench:${name}:end -->`);
  writeFileSync(file, re.test(current) ? current.replace(re, section) : `${current.trimEnd()}\n\n${section}\n`);
}

// ---- `mitid-ux audit --crawl`: pages per minute, serial against --concurrency 4; the click step's cost.

const SITE_PAGES = 50;
const CRAWL_ROUNDS = Number(process.env.CRAWL_ROUNDS ?? 2);
const CLICK_PAGES = 10;
const BROKER = 'https://acme.idura.broker/oauth2/authorize?acr_values=urn:grn:authn:dk:mitid:substantial&login_hint=action:login';

/** A generated site: each page links to the next and to three others, with a compliant MitID link and some content. */
function sitePage(i) {
  const links = [i + 1, (i * 7) % SITE_PAGES, (i * 13) % SITE_PAGES, (i * 31) % SITE_PAGES].filter((n) => n < SITE_PAGES).map((n) => `<a href="/p${n}">Side ${n}</a>`).join(' ');
  const body = Array.from({ length: 30 }, (_, k) => `<p>Afsnit ${k} om borgerservice, betaling og dine sager.</p>`).join('');
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Side ${i}</title><style>
    @font-face { font-family: "IBM Plex Sans"; font-weight: 600; src: url(/font.woff2) format("woff2"); }
    .brand { display: inline-flex; align-items: center; box-sizing: border-box; height: 48px; padding: .25rem .75rem .25rem 1rem; border: 0; border-radius: 4px; background: #0060e6; color: #fff; font: 600 16px "IBM Plex Sans", Helvetica, Arial, sans-serif; text-decoration: none; }
  </style></head><body><nav>${links}</nav><main><h1>Side ${i}</h1>${body}<a class="brand" href="${BROKER}">Log ind med MitID</a></main></body></html>`;
}

async function siteServer() {
  const { createServer } = await import('node:http');
  const font = readFileSync('assets/fonts/IBMPlexSans-SemiBold-Latin1.woff2');
  const server = createServer((req, res) => {
    const m = /^\/p(\d+)$/.exec(req.url ?? '');
    if (req.url === '/font.woff2') return res.writeHead(200, { 'content-type': 'font/woff2' }).end(font);
    if (m && Number(m[1]) < SITE_PAGES) return res.writeHead(200, { 'content-type': 'text/html' }).end(sitePage(Number(m[1])));
    res.writeHead(404).end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

async function timeCli(args) {
  const { spawn } = await import('node:child_process');
  const t = performance.now();
  const out = await new Promise((resolve) => {
    const child = spawn(process.execPath, ['cli/dist/mitid-ux.js', 'audit', ...args, '-f', 'json'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.on('close', (code) => resolve({ code, text }));
  });
  const report = JSON.parse(out.text);
  return { ms: performance.now() - t, checked: report.checked, findings: report.findings.length, code: out.code };
}

async function crawlBench() {
  const site = await siteServer();
  const base = [`${site.origin}/p0`, '--crawl', '--depth', '99', '--viewport', 'desktop'];
  const runs = { serial: [], parallel: [], click: [], noClick: [] };
  let checked = 0;
  for (let round = 0; round < CRAWL_ROUNDS; round++) {
    const order = round % 2 ? ['parallel', 'serial'] : ['serial', 'parallel'];
    for (const which of order) {
      const r = await timeCli([...base, '--max-pages', String(SITE_PAGES), '--no-click', '--concurrency', which === 'serial' ? '1' : '4']);
      if (r.checked !== SITE_PAGES || r.findings !== 0) throw new Error(`crawl checked ${r.checked} pages with ${r.findings} findings`);
      checked = r.checked;
      runs[which].push(r.ms);
    }
    const clickOrder = round % 2 ? ['noClick', 'click'] : ['click', 'noClick'];
    for (const which of clickOrder) {
      const r = await timeCli([...base, '--max-pages', String(CLICK_PAGES), '--concurrency', '1', ...(which === 'click' ? [] : ['--no-click'])]);
      if (r.checked !== CLICK_PAGES || r.findings !== 0) throw new Error(`click run checked ${r.checked} pages with ${r.findings} findings`);
      runs[which].push(r.ms);
    }
  }
  await site.close();
  return { runs, checked };
}

function writeCrawlSection({ runs, checked }) {
  const perMin = (ms) => (checked / (ms / 60000)).toFixed(1);
  const s = median(runs.serial);
  const p = median(runs.parallel);
  const c = median(runs.click);
  const n = median(runs.noClick);
  // Each page has one call to action, followed twice (mouse, then Enter): the cost per CTA is both.
  const perCta = (c - n) / CLICK_PAGES;
  const fmt = (ms) => (ms / 1000).toFixed(1);
  replaceSection('audit-crawl', `<!-- bench:audit-crawl:start -->
## \`mitid-ux audit --crawl\`: pages per minute, and the click step (\`node bench/audit.mjs\`)

A generated ${SITE_PAGES}-page site on 127.0.0.1 (each page ~35 elements, one compliant MitID link, four
same-origin links), crawled from its first page by the built command as a process (browser start
included), one desktop viewport, ${runs.serial.length} rounds in alternating order. The click runs audit the first ${CLICK_PAGES}
pages with and without \`--click\` (serial); each call to action is followed twice (mouse, then Enter),
every broker request answered locally.

| run | median | pages per minute | all rounds (s) |
|---|---|---|---|
| \`--crawl --no-click\`, serial | ${fmt(s)} s | ${perMin(s)} | ${runs.serial.map(fmt).join(', ')} |
| \`--crawl --no-click --concurrency 4\` | ${fmt(p)} s | ${perMin(p)} | ${runs.parallel.map(fmt).join(', ')} |
| **ratio serial / concurrency 4** | **${(s / p).toFixed(2)}x** | | |
| ${CLICK_PAGES} pages, \`--no-click\` | ${fmt(n)} s | | ${runs.noClick.map(fmt).join(', ')} |
| ${CLICK_PAGES} pages, \`--click\` (default) | ${fmt(c)} s | | ${runs.click.map(fmt).join(', ')} |
| **click step per call to action** | **${(perCta / 1000).toFixed(2)} s** (mouse + Enter, each in a fresh tab) | | |

Machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), node ${process.version}, ${new Date().toISOString().slice(0, 10)}.
${loadNote()}
<!-- bench:audit-crawl:end -->`);
  console.log(`crawl serial ${fmt(s)} s (${perMin(s)} pages/min), concurrency 4 ${fmt(p)} s (${perMin(p)} pages/min); click ${(perCta / 1000).toFixed(2)} s per CTA`);
}

if (!process.argv.includes('--crawl-only')) {
  const result = await main();
  writeSection(result);
  console.log(`audit median ${result.a.toFixed(1)} ms, axe median ${result.x.toFixed(1)} ms, ratio ${(result.a / result.x).toFixed(3)}`);
}
if (!process.argv.includes('--axe-only')) writeCrawlSection(await crawlBench());
