/**
 * `mitid-ux audit`: opens each page in headless Chromium, lets it settle, injects the audit
 * (dist/src/audit bundled into one script) and collects its findings; optionally a screenshot with
 * each finding outlined and numbered.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { isMitIDLoginUrl } from 'mitid-ux-kit/core';
import { AUDIT_RULES, ruleHelpUrl, type AuditOptions, type PlainFinding } from 'mitid-ux-kit/audit';
import { launchChromium } from './browser.js';
import { dependencyFile, SetupError } from './faces.js';
import { newReport, type Report } from './report.js';

export interface AuditRunOptions extends AuditOptions {
  cwd: string;
  screenshot?: string;
  timeoutMs: number;
  onProgress?: (done: number, total: number) => void;
}

const GLOBAL = '__mitidUxAudit';

/** The audit module and the core it imports, bundled at build time into one classic script that sets a global. */
function auditBundle(): string {
  const file = dependencyFile('mitid-ux-kit', 'dist/audit/mitid-audit.iife.js') ?? 'mitid-ux-kit/dist/audit/mitid-audit.iife.js';
  if (!existsSync(file)) throw new SetupError(`The audit is not built (${file} is missing). Run \`npm run build\` in mitid-ux-kit.`);
  return `${readFileSync(file, 'utf8')};globalThis.${GLOBAL} = ${GLOBAL};`;
}

/** A URL as given, or a local file as a file: URL; undefined when the file does not exist. */
function pageUrl(target: string, cwd: string): string | undefined {
  if (/^(?:https?|file|data):/i.test(target)) return target;
  const abs = resolve(cwd, target);
  if (!existsSync(abs) || !statSync(abs).isFile()) return undefined;
  return pathToFileURL(abs).href;
}

/** Page settled: load, network quiet (or 5s), fonts ready, two frames painted. */
async function settle(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: Math.min(5000, timeoutMs) }).catch(() => undefined);
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

function screenshotPath(base: string, index: number, total: number): string {
  if (total === 1) return base;
  const ext = extname(base) || '.png';
  return `${base.slice(0, base.length - extname(base).length)}-${index + 1}${ext}`;
}

/** Outlines and numbers each finding's element (one outline per element), shoots, cleans up. */
async function shoot(page: Page, findings: PlainFinding[], path: string, firstNumber: number): Promise<void> {
  await page.evaluate(
    ({ findings, firstNumber }) => {
      const layer = document.createElement('div');
      layer.id = '__mitid-ux-overlay';
      layer.style.cssText = 'position:absolute;left:0;top:0;width:100%;height:0;z-index:2147483647;pointer-events:none';
      const boxes = new Map<string, { rect: PlainFinding['rect']; numbers: number[] }>();
      findings.forEach((f, i) => {
        const box = boxes.get(f.selector) ?? { rect: f.rect, numbers: [] };
        box.numbers.push(firstNumber + i);
        boxes.set(f.selector, box);
      });
      const labelCss = 'position:absolute;padding:1px 6px;background:#d4002a;color:#fff;font:700 13px/20px system-ui,sans-serif;border-radius:3px;white-space:nowrap';
      const hidden: number[] = [];
      for (const { rect, numbers } of boxes.values()) {
        // An element without a box (display:none) has nothing to outline: listed in one corner note.
        if (!rect.width && !rect.height) {
          hidden.push(...numbers);
          continue;
        }
        const outline = document.createElement('div');
        outline.style.cssText = `position:absolute;left:${rect.x - 3}px;top:${rect.y - 3}px;width:${rect.width}px;height:${rect.height}px;border:3px solid #d4002a;border-radius:3px`;
        const label = document.createElement('div');
        label.textContent = numbers.join(', ');
        // Above the box, or inside its top edge when the box touches the top of the page.
        label.style.cssText = `${labelCss};left:-3px;top:${rect.y >= 27 ? -24 : 0}px`;
        outline.append(label);
        layer.append(outline);
      }
      if (hidden.length) {
        const note = document.createElement('div');
        note.textContent = `${hidden.join(', ')}: not visible on the page`;
        note.style.cssText = `${labelCss};right:8px;top:8px`;
        layer.append(note);
      }
      document.body.append(layer);
    },
    { findings, firstNumber },
  );
  await page.screenshot({ path, fullPage: true });
  await page.evaluate(() => document.getElementById('__mitid-ux-overlay')?.remove());
}

async function auditOne(context: BrowserContext, url: string, bundle: string, options: AuditRunOptions): Promise<PlainFinding[]> {
  const page = await context.newPage();
  try {
    // The audit judges a framed MitID page by its address; loading the real broker page adds nothing.
    await page.route(
      (u) => isMitIDLoginUrl(u.href) === 'yes',
      (route) => (route.request().frame() === page.mainFrame() ? route.continue() : route.abort()),
    );
    // A script or stylesheet that fails to load changes what the audit sees (a file: page with
    // root-absolute /assets/... paths renders nothing): say so instead of passing silently.
    page.on('requestfailed', (request) => {
      if (!['script', 'stylesheet'].includes(request.resourceType()) || isMitIDLoginUrl(request.url()) === 'yes') return;
      const hint = url.startsWith('file:') ? '; serve the page (e.g. npx vite preview) and audit its http:// URL' : '';
      process.stderr.write(`mitid-ux: note: ${url} could not load ${request.url()} (${request.failure()?.errorText ?? 'failed'}); the audit sees the page without it${hint}\n`);
    });
    const response = await page.goto(url, { waitUntil: 'load', timeout: options.timeoutMs });
    if (response && response.status() >= 400) throw new Error(`the server answered HTTP ${response.status()}`);
    await settle(page, options.timeoutMs);
    // The audit reads same-origin frames only (the spec's reach): name the others, never pass them silently.
    const origin = (u: string): string => (/^https?:/.test(u) ? new URL(u).origin : u);
    for (const frame of page.frames()) {
      const parent = frame.parentFrame();
      if (!parent || !/^https?:/.test(frame.url()) || origin(frame.url()) === origin(parent.url()) || isMitIDLoginUrl(frame.url()) === 'yes') continue;
      process.stderr.write(`mitid-ux: note: ${url} has a frame from another origin that the audit cannot read: ${frame.url()} (audit that address on its own)\n`);
    }
    await page.evaluate(bundle);
    const auditOptions: AuditOptions = {
      allowUnaccentedAccept: options.allowUnaccentedAccept,
      allowReauthIframe: options.allowReauthIframe,
      boxSelectors: options.boxSelectors,
      ctaSelectors: options.ctaSelectors,
    };
    const findings = await page.evaluate(
      ({ name, opts }) => {
        const audit = (globalThis as unknown as Record<string, typeof import('mitid-ux-kit/audit')>)[name];
        if (!audit) throw new Error('the audit script did not load');
        return audit.toPlainFindings(audit.auditMitID(document, opts));
      },
      { name: GLOBAL, opts: auditOptions },
    );
    // Numbered top to bottom, as a reader scans the page and its screenshot.
    findings.sort((a, b) => a.rect.y - b.rect.y || a.rect.x - b.rect.x);
    if (options.screenshot) await shoot(page, findings, options.screenshot, 1);
    return findings;
  } finally {
    await page.close();
  }
}

function reason(error: unknown): string {
  const text = (error as Error).message.split('\n')[0] ?? String(error);
  const net = /net::(ERR_[A-Z_]+)/.exec(text);
  if (net) return `unreachable (${net[1]})`;
  if (/Timeout .*exceeded/i.test(text)) return 'did not finish loading in time (use --timeout to wait longer)';
  return text.replace(/^page\.\w+: /, '');
}

export async function auditPages(targets: string[], options: AuditRunOptions): Promise<Report> {
  const report = newReport('audit');
  for (const rule of AUDIT_RULES) report.rules.set(rule.id, { description: rule.help, helpUri: ruleHelpUrl(rule.id) });
  const pages: { target: string; url: string }[] = [];
  for (const target of targets) {
    const url = pageUrl(target, options.cwd);
    if (url) pages.push({ target, url });
    else report.errors.push({ target, message: 'no such file (give a file path or an http(s):// URL)' });
  }
  if (!pages.length) return report;
  const bundle = auditBundle();
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    for (const [i, { target, url }] of pages.entries()) {
      try {
        const screenshot = options.screenshot ? screenshotPath(resolve(options.cwd, options.screenshot), i, pages.length) : undefined;
        const findings = await auditOne(context, url, bundle, { ...options, screenshot });
        report.checked++;
        if (screenshot) report.screenshots.push(screenshot);
        for (const f of findings) {
          report.findings.push({ tool: 'audit', ruleId: f.ruleId, severity: 'error', message: f.message, target, selector: f.selector, evidence: f.evidence });
        }
      } catch (error) {
        report.errors.push({ target, message: reason(error) });
      }
      options.onProgress?.(i + 1, pages.length);
    }
  } finally {
    await browser.close();
  }
  return report;
}
