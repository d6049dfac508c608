/**
 * `mitid-ux audit`: opens each page in headless Chromium (at each viewport), lets it settle with a
 * deadline on every wait, audits every frame in an isolated world (mitid-ux-kit/playwright) and
 * collects the findings, grouped by page; optionally a screenshot with each finding outlined.
 */
import { existsSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { isMitIDLoginUrl } from 'mitid-ux-kit/core';
import { AUDIT_RULES, ruleHelpUrl, type AuditOptions, type PlainFinding } from 'mitid-ux-kit/audit';
import { auditPage, isBrokerRequest, type Followed } from 'mitid-ux-kit/playwright';
import { launchChromium } from './browser.js';
import { sameOriginLinks, sitemapUrls } from './crawl.js';
import { writeHtmlReport } from './report-html.js';
import { newReport, type Report } from './report.js';
import type { Viewport } from './audit-options.js';

export interface AuditRunOptions extends AuditOptions {
  cwd: string;
  screenshot?: string;
  timeoutMs: number;
  /** Pages audited at once, in one browser (default 1). */
  concurrency?: number;
  /** Sizes each page is audited at (default one desktop size). */
  viewports?: Viewport[];
  /** A Playwright storage state file (cookies, local storage) for pages behind a login. */
  storageState?: string;
  /** Extra request headers ("Authorization: Bearer ..."). */
  headers?: Record<string, string>;
  waitFor?: string;
  /** Click each call to action and follow where it leads (on by default in the command). */
  click?: boolean;
  followMs?: number;
  /** Follow same-origin links from the given pages, to `depth` links away and at most `maxPages` pages. */
  crawl?: boolean;
  depth?: number;
  maxPages?: number;
  /** sitemap.xml URLs (or files) whose pages are audited too. */
  sitemaps?: string[];
  /** Write one self-contained HTML report here. */
  report?: string;
  onProgress?: (done: number, total: number, target?: string) => void;
}

/** A URL as given, or a local file as a file: URL; undefined when the file does not exist. */
function pageUrl(target: string, cwd: string): string | undefined {
  if (/^(?:https?|file|data):/i.test(target)) return target;
  const abs = resolve(cwd, target);
  if (!existsSync(abs) || !statSync(abs).isFile()) return undefined;
  return pathToFileURL(abs).href;
}

function screenshotPath(base: string, index: number, total: number): string {
  if (total === 1) return base;
  const ext = extname(base) || '.png';
  return `${base.slice(0, base.length - extname(base).length)}-${index + 1}${ext}`;
}

/** Outlines and numbers each finding's element (one outline per element), shoots, cleans up. */
export async function shoot(page: Page, findings: PlainFinding[], path: string | undefined, firstNumber: number): Promise<Buffer> {
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
  const png = await page.screenshot({ path, fullPage: true });
  await page.evaluate(() => document.getElementById('__mitid-ux-overlay')?.remove());
  return png;
}

export interface PageResult {
  findings: PlainFinding[];
  followed: Followed[];
  screenshot?: Buffer;
  /** Same-origin links on the page (for --crawl). */
  links: string[];
  /** Where the page ended up (a redirect to a sign-in page, say). */
  finalUrl: string;
}

/** Opens one page in a fresh tab, settles and audits it. */
export async function auditOne(context: BrowserContext, url: string, options: AuditRunOptions & { screenshotFile?: string; wantScreenshot?: boolean }): Promise<PageResult> {
  const page = await context.newPage();
  try {
    // The audit judges a framed MitID page by its address; nothing is ever sent to a broker.
    await page.route(
      (u) => isBrokerRequest(u.href),
      (route) => (route.request().frame() === page.mainFrame() ? route.fulfill({ status: 204 }) : route.abort()),
    );
    // A script or stylesheet that fails to load changes what the audit sees (a file: page with
    // root-absolute /assets/... paths renders nothing): say so instead of passing silently.
    page.on('requestfailed', (request) => {
      if (!['script', 'stylesheet'].includes(request.resourceType()) || isMitIDLoginUrl(request.url()) === 'yes') return;
      const hint = url.startsWith('file:') ? '; serve the page (e.g. npx vite preview) and audit its http:// URL' : '';
      process.stderr.write(`mitid-ux: note: ${url} could not load ${request.url()} (${request.failure()?.errorText ?? 'failed'}); the audit sees the page without it${hint}\n`);
    });
    const started = Date.now();
    const response = await page.goto(url, { waitUntil: 'load', timeout: options.timeoutMs });
    if (response && response.status() >= 400) throw new Error(`the server answered HTTP ${response.status()}`);
    const { findings, followed, url: finalUrl } = await auditPage(page, { ...options, timeoutMs: Math.max(1, options.timeoutMs - (Date.now() - started)) });
    const screenshot = options.screenshotFile || options.wantScreenshot ? await shoot(page, findings, options.screenshotFile, 1) : undefined;
    const links = options.crawl ? await sameOriginLinks(page) : [];
    return { findings, followed, screenshot, links, finalUrl };
  } finally {
    await page.close();
  }
}

export function reason(error: unknown): string {
  const text = (error as Error).message.split('\n')[0] ?? String(error);
  const net = /net::(ERR_[A-Z_]+)/.exec(text);
  if (net) return `unreachable (${net[1]})`;
  if ((error as Error).name === 'UnsettledError') return `the page could not be settled: ${text}`;
  if (/Timeout .*exceeded|did not finish within/i.test(text)) return 'did not finish loading in time (use --timeout to wait longer)';
  return text.replace(/^\w+\.\w+: /, '');
}

/**
 * Runs `work` over a list that may grow while it runs (a crawl adds the links it finds), at most
 * `limit` at a time, each item once, in order of start.
 */
export async function pool<T>(items: T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  let running = 0;
  await new Promise<void>((resolve, reject) => {
    const launch = (): void => {
      while (running < limit && next < items.length) {
        const i = next++;
        running++;
        work(items[i] as T, i).then(() => {
          running--;
          if (next >= items.length && running === 0) resolve();
          else launch();
        }, reject);
      }
      if (next >= items.length && running === 0) resolve();
    };
    launch();
  });
}

export async function newAuditContext(browser: Browser, viewport: Viewport | undefined, options: AuditRunOptions): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: viewport ? { width: viewport.width, height: viewport.height } : { width: 1280, height: 800 },
    isMobile: viewport?.mobile ?? false,
    hasTouch: viewport?.mobile ?? false,
    bypassCSP: true,
    storageState: options.storageState ? resolve(options.cwd, options.storageState) : undefined,
    extraHTTPHeaders: options.headers,
  });
  // Last line of defence: no tab of the audit (popups included) ever reaches a broker.
  await context.route((u) => isBrokerRequest(u.href), (route) => route.fulfill({ status: 204 }));
  return context;
}

interface PageJob {
  target: string;
  url: string;
  depth: number;
}

/** One page's results over all viewports. */
export interface PageOutcome extends PageJob {
  findings: PlainFinding[][];
  followed: Followed[];
  screenshot?: Buffer;
  error?: string;
  shots: string[];
}

/** A URL as the crawl compares it: no fragment. */
function crawlKey(url: string): string {
  return url.replace(/#.*$/, '');
}

export async function auditPages(targets: string[], options: AuditRunOptions): Promise<Report> {
  const report = newReport('audit');
  for (const rule of AUDIT_RULES) report.rules.set(rule.id, { description: rule.help, helpUri: ruleHelpUrl(rule.id) });
  const jobs: PageJob[] = [];
  const seen = new Set<string>();
  const add = (job: PageJob): boolean => {
    const key = crawlKey(job.url);
    if (seen.has(key) || jobs.length >= (options.maxPages ?? Infinity)) return false;
    seen.add(key);
    jobs.push(job);
    return true;
  };
  for (const target of targets) {
    const url = pageUrl(target, options.cwd);
    if (url) add({ target, url, depth: 0 });
    else report.errors.push({ target, message: 'no such file (give a file path or an http(s):// URL)' });
  }
  for (const sitemap of options.sitemaps ?? []) {
    try {
      for (const url of await sitemapUrls(sitemap, options)) add({ target: url, url, depth: 0 });
    } catch (error) {
      report.errors.push({ target: sitemap, message: `sitemap could not be read: ${reason(error)}` });
    }
  }
  if (!jobs.length) return report;
  const browser = await launchChromium();
  const outcomes: PageOutcome[] = [];
  try {
    const viewports = options.viewports?.length ? options.viewports : [undefined];
    const contexts = await Promise.all(viewports.map((v) => newAuditContext(browser, v, options)));
    // One screenshot per page, at the widest viewport (the desktop layout people review).
    const shotAt = viewports.reduce((best, v, i) => ((v?.width ?? 1280) > (viewports[best]?.width ?? 1280) ? i : best), 0);
    const wantShot = options.screenshot !== undefined || options.report !== undefined;
    let done = 0;
    await pool(jobs, options.concurrency ?? 1, async (job, i) => {
      const outcome: PageOutcome = { ...job, findings: [], followed: [], shots: [] };
      outcomes[i] = outcome;
      for (const [v, context] of contexts.entries()) {
        const viewport = viewports[v];
        try {
          const screenshotFile = options.screenshot && v === shotAt ? screenshotPath(resolve(options.cwd, options.screenshot), i, jobs.length) : undefined;
          const result = await auditOne(context, job.url, { ...options, screenshotFile, wantScreenshot: wantShot && v === shotAt, crawl: options.crawl && v === 0 && job.depth < (options.depth ?? 2) });
          if (screenshotFile) outcome.shots.push(screenshotFile);
          if (result.screenshot) outcome.screenshot = result.screenshot;
          outcome.followed.push(...result.followed.map((f) => ({ ...f, viewport: viewport?.name })));
          outcome.findings.push(result.findings.map((f) => (viewports.length > 1 ? { ...f, evidence: { ...f.evidence, viewport: viewport?.name ?? '' } } : f)));
          for (const link of result.links) add({ target: link, url: link, depth: job.depth + 1 });
          // A page behind a login audited without one is the sign-in page: say which page was seen.
          if (v === 0 && crawlKey(result.finalUrl) !== crawlKey(job.url)) {
            report.notes.push(`${job.target} led to ${result.finalUrl}: the audit saw that page (a page behind a login needs --storage-state or --header)`);
          }
        } catch (error) {
          outcome.error = reason(error);
          break;
        }
      }
      options.onProgress?.(++done, jobs.length, job.target);
    });
    // One report, grouped by page in the order found; a finding seen at every viewport is listed once.
    for (const outcome of outcomes) {
      const { target } = outcome;
      if (outcome.error) {
        report.errors.push({ target, message: outcome.error });
        continue;
      }
      report.checked++;
      report.screenshots.push(...outcome.shots);
      for (const f of mergeViewports(outcome.findings, viewports.length)) {
        report.findings.push({ tool: 'audit', ruleId: f.ruleId, severity: 'error', message: f.message, target, selector: f.selector, evidence: f.evidence });
      }
    }
  } finally {
    await browser.close();
  }
  if (options.report) {
    const file = resolve(options.cwd, options.report);
    writeHtmlReport(file, report, outcomes);
    report.notes.push(`HTML report: ${file}`);
  }
  return report;
}

/** A finding seen at every viewport is listed once; one seen at some says at which. */
export function mergeViewports(lists: PlainFinding[][], viewportCount: number): PlainFinding[] {
  const where = new Map<string, string[]>();
  const merged: PlainFinding[] = [];
  const keyOf = (f: PlainFinding): string => `${f.ruleId}\u0000${f.selector}\u0000${f.message}`;
  for (const list of lists) {
    for (const f of list) {
      const names = where.get(keyOf(f));
      const name = String(f.evidence.viewport ?? '');
      if (names) names.push(name);
      else {
        where.set(keyOf(f), [name]);
        merged.push(f);
      }
    }
  }
  return merged.map((f) => {
    if (viewportCount < 2) return f;
    const names = where.get(keyOf(f)) ?? [];
    const evidence = { ...f.evidence };
    if (names.length === viewportCount) delete evidence.viewport;
    else evidence.viewport = names.join(', ');
    return { ...f, evidence };
  });
}
