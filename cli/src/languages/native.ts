/**
 * Native apps (rules L1, L2 and B7): what a button shows and what a web view loads, judged by the
 * core and reported with the ESLint rules' own ids and messages, so every face reads the same.
 */
import { relative } from 'node:path';
import { analyzeMitIDUrl, approvedPhrase, classifyText, identifierNamesMitID, fileNamesMitIDLogin, looksLikeLoginAddress, namesMitID, webViewShowsMitIDLogin } from 'mitid-ux-kit/core';
import type { Finding } from '../lib/report.js';
import type { Catalog } from './catalogs.js';
import { Lines } from './masked.js';

type Range = [number, number];

/** A value in code: static text with holes (one segment: fully known), a catalog key, or unknown. */
export type Value = { kind: 'text'; segments: string[]; range: Range } | { kind: 'key'; key: string; range: Range } | { kind: 'unknown'; range: Range };

export type Site =
  /** A button (SwiftUI/Compose/Flutter/XAML/Android) and the texts it can show. */
  | { kind: 'cta'; values: Value[]; range: Range }
  /** An embedded web view given an address. */
  | { kind: 'webview'; component: string; url: Value; range: Range };

const LOGIN = `"${approvedPhrase('login', 'da')}" or "${approvedPhrase('login', 'en')}"`;

interface RuleMessages {
  'approved-text': Record<string, string>;
  'no-embedded-login': Record<string, string>;
}
let messages: RuleMessages | undefined;

/** The ESLint rules' message templates: one wording for every face. */
async function ruleMessages(): Promise<RuleMessages> {
  if (messages) return messages;
  const face = (await import('eslint-plugin-mitid')) as unknown as { rules: Record<string, { meta?: { messages?: Record<string, string> } }> };
  const of = (name: string): Record<string, string> => face.rules[name]?.meta?.messages ?? {};
  messages = { 'approved-text': of('approved-text'), 'no-embedded-login': of('no-embedded-login') };
  return messages;
}

const fill = (template: string, data: Record<string, string>): string => template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => data[k] ?? '');
const short = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}...` : text);

export interface NativeOptions {
  cwd: string;
  strict: boolean;
  catalog: Catalog | undefined;
}

export async function nativeFindings(sites: Site[], file: string, host: string, options: NativeOptions): Promise<Finding[]> {
  const text = await ruleMessages();
  const lines = new Lines(host);
  const out: Finding[] = [];
  const push = (rule: keyof RuleMessages, id: string, data: Record<string, string>, range: Range): void => {
    const start = lines.position(range[0]);
    const end = lines.position(range[1]);
    out.push({ tool: 'native', ruleId: `mitid/${rule}`, severity: 'error', message: fill(text[rule][id] ?? id, data), target: relative(options.cwd, file), line: start.line, column: start.column, endLine: end.line, endColumn: end.column });
  };
  const unverifiable = (range: Range): void => {
    if (options.strict) push('approved-text', 'unverifiable', { phrases: LOGIN }, range);
  };
  let screenReported = false;
  for (const site of sites) {
    if (site.kind === 'webview') {
      if (site.url.kind !== 'text') continue;
      const r = analyzeMitIDUrl(site.url.segments);
      if (r.verdict === 'yes' && !r.silent) push('no-embedded-login', 'webView', { tag: site.component }, site.range);
      // The app's own login page in a web view, on a screen about the MitID login: MitID ends up embedded.
      // Judged by the screen, not the address: one report per screen (a retry that reloads the same page is the same web view).
      else if (!screenReported && ((looksLikeLoginAddress(site.url.segments) && fileNamesMitIDLogin(host)) || webViewShowsMitIDLogin(site.url.segments, host))) {
        screenReported = true;
        push('no-embedded-login', 'loginPageWebView', { tag: site.component, url: site.url.segments.join('…').slice(0, 80) }, site.range);
      }
      continue;
    }
    for (const v of site.values) {
      if (v.kind === 'unknown') continue;
      if (v.kind === 'key') {
        const found = options.catalog?.lookup(v.key) ?? [];
        if (!found.length && identifierNamesMitID(v.key)) unverifiable(v.range);
        for (const { lang, text: t } of found) {
          const c = classifyText(t);
          if (c.kind === 'near-miss') push('approved-text', 'useApprovedPhraseInCatalog', { key: v.key, lang, text: short(c.text), phrase: c.suggestion }, v.range);
        }
        continue;
      }
      if (v.segments.length > 1) {
        if (namesMitID(v.segments.join(' '))) unverifiable(v.range);
        continue;
      }
      const c = classifyText(v.segments[0] ?? '');
      if (c.kind === 'near-miss') push('approved-text', 'useApprovedPhrase', { text: short(c.text), phrase: c.suggestion }, v.range);
    }
  }
  return out;
}
