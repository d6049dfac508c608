/**
 * Which pages `audit --crawl` and `--sitemap` add: same-origin http(s) links of an audited page
 * (never another origin, never a broker, never a file download), and the <loc> entries of a
 * sitemap.xml (a URL or a local file), with a deadline on the download.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { isUnsafeUrl } from 'mitid-ux-kit/core';
import { isBrokerRequest } from 'mitid-ux-kit/playwright';

/** Links that lead to a file, not a page. */
const NOT_A_PAGE = /\.(?:pdf|zip|gz|tgz|dmg|exe|msi|png|jpe?g|gif|webp|svg|ico|mp[34]|mov|avi|woff2?|ttf|css|js|json|xml|txt|csv|docx?|xlsx?|pptx?)$/i;

/** Whether a link of `from` is a page of the same origin worth auditing. */
export function crawlable(link: string, from: string): boolean {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return false;
  }
  if (!/^https?:$/.test(url.protocol) || url.origin !== new URL(from).origin) return false;
  if (isUnsafeUrl(link) || isBrokerRequest(link) || NOT_A_PAGE.test(url.pathname)) return false;
  return true;
}

/** The page's same-origin links, in document order, without fragments, each once. */
export async function sameOriginLinks(page: Page): Promise<string[]> {
  const from = page.url();
  const hrefs = await page.locator('a[href], area[href]').evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).href)).catch(() => [] as string[]);
  const out = new Set<string>();
  for (const href of hrefs) {
    const clean = href.replace(/#.*$/, '');
    if (crawlable(clean, from)) out.add(clean);
  }
  return [...out];
}

/** The page URLs a sitemap lists (a sitemap index is followed one level). */
export async function sitemapUrls(source: string, options: { cwd: string; timeoutMs: number; headers?: Record<string, string> }, nested = false): Promise<string[]> {
  const xml = /^https?:/i.test(source)
    ? await fetch(source, { signal: AbortSignal.timeout(options.timeoutMs), headers: options.headers }).then((r) => {
        if (!r.ok) throw new Error(`the server answered HTTP ${r.status}`);
        return r.text();
      })
    : readFileSync(resolve(options.cwd, source), 'utf8');
  const locs = [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/gi)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));
  if (/<sitemapindex/i.test(xml) && !nested) {
    const all: string[] = [];
    for (const loc of locs) all.push(...(await sitemapUrls(loc, options, true)));
    return all;
  }
  return locs.filter((u) => /^https?:/i.test(u) && !isUnsafeUrl(u));
}
