/**
 * The `audit` command's own options: declared here and spread into the command's option table, so
 * the audit's flags live beside the code that reads them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './faces.js';
import type { AuditRunOptions } from './audit-pages.js';

export interface Viewport {
  name: string;
  width: number;
  height: number;
  mobile: boolean;
}

/** Named sizes: a phone below the 768px popup cut-off and a desktop. */
export const VIEWPORTS: Record<string, Viewport> = {
  phone: { name: 'phone', width: 390, height: 844, mobile: true },
  tablet: { name: 'tablet', width: 820, height: 1180, mobile: true },
  desktop: { name: 'desktop', width: 1280, height: 800, mobile: false },
};

export const DEFAULT_VIEWPORTS = 'phone,desktop';

export const AUDIT_OPTIONS = {
  screenshot: { type: 'string' },
  timeout: { type: 'string', default: '30000' },
  'box-selector': { type: 'string', multiple: true },
  'cta-selector': { type: 'string', multiple: true },
  'allow-reauth-iframe': { type: 'boolean' },
  'allow-unaccented-accept': { type: 'boolean' },
  concurrency: { type: 'string' },
  viewport: { type: 'string' },
  'storage-state': { type: 'string' },
  header: { type: 'string', multiple: true },
  'wait-for': { type: 'string' },
  click: { type: 'boolean' },
  'no-click': { type: 'boolean' },
  'follow-timeout': { type: 'string' },
  crawl: { type: 'boolean' },
  depth: { type: 'string' },
  'max-pages': { type: 'string' },
  sitemap: { type: 'string', multiple: true },
  report: { type: 'string' },
} as const;

type Values = { [K in keyof typeof AUDIT_OPTIONS]?: (typeof AUDIT_OPTIONS)[K] extends { multiple: true } ? string[] : (typeof AUDIT_OPTIONS)[K] extends { type: 'boolean' } ? boolean : string };

function whole(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} takes a whole number of at least ${min}, not "${value}"`);
  return n;
}

/** "phone,desktop", "390x844", "phone,1440x900" */
export function parseViewports(list: string): Viewport[] {
  return list.split(',').map((raw) => {
    const item = raw.trim().toLowerCase();
    const named = VIEWPORTS[item];
    if (named) return named;
    const m = /^(\d{2,5})x(\d{2,5})$/.exec(item);
    if (!m) throw new UsageError(`--viewport takes names (${Object.keys(VIEWPORTS).join(', ')}) or WIDTHxHEIGHT, comma-separated, not "${raw}"`);
    const width = Number(m[1]);
    return { name: item, width, height: Number(m[2]), mobile: width < 768 };
  });
}

export function parseHeaders(list: string[] = []): Record<string, string> | undefined {
  if (!list.length) return undefined;
  const out: Record<string, string> = {};
  for (const h of list) {
    const i = h.indexOf(':');
    if (i < 1) throw new UsageError(`--header takes "Name: value", not "${h}"`);
    out[h.slice(0, i).trim()] = h.slice(i + 1).trim();
  }
  return out;
}

/** A Playwright storage state file ({ cookies, origins }), read before any browser starts. */
function storageState(value: string | undefined, cwd: string): string | undefined {
  if (value === undefined) return undefined;
  let state: unknown;
  try {
    state = JSON.parse(readFileSync(resolve(cwd, value), 'utf8'));
  } catch (error) {
    throw new UsageError(`--storage-state ${value} could not be read: ${(error as Error).message.split('\n')[0]}`);
  }
  const { cookies = [], origins = [] } = (state ?? {}) as { cookies?: unknown; origins?: unknown };
  if (typeof state !== 'object' || state === null || !('cookies' in state || 'origins' in state) || !Array.isArray(cookies) || !Array.isArray(origins)) {
    throw new UsageError(`--storage-state ${value} is not a Playwright storage state (a JSON object with "cookies" and "origins" lists)`);
  }
  return value;
}

export function auditRunOptions(values: Values, cwd: string): AuditRunOptions {
  return {
    cwd,
    screenshot: values.screenshot,
    timeoutMs: whole('timeout', values.timeout, 1) ?? 30000,
    boxSelectors: values['box-selector'],
    ctaSelectors: values['cta-selector'],
    allowReauthIframe: values['allow-reauth-iframe'],
    allowUnaccentedAccept: values['allow-unaccented-accept'],
    concurrency: whole('concurrency', values.concurrency, 1) ?? 1,
    viewports: parseViewports(values.viewport ?? DEFAULT_VIEWPORTS),
    storageState: storageState(values['storage-state'], cwd),
    headers: parseHeaders(values.header),
    waitFor: values['wait-for'],
    click: values['no-click'] ? false : (values.click ?? true),
    followMs: whole('follow-timeout', values['follow-timeout'], 1) ?? 5000,
    crawl: values.crawl ?? false,
    depth: whole('depth', values.depth, 0) ?? 2,
    maxPages: whole('max-pages', values['max-pages'], 1) ?? 50,
    sitemaps: values.sitemap ?? [],
    report: values.report,
  };
}
