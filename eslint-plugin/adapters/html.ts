/**
 * Plain `.html` files (and Angular component templates): a small ESLint parser built on parse5.
 * The Program is empty; the parse5 document travels in parserServices, so the rules' visitors
 * walk it. Angular's `{{ }}` interpolations and `[prop]` bindings are read as values
 * (angular-expressions.ts): `{{ 'key' | translate }}` is a message key like `translate('key')`.
 */
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { componentText, templateClass, templateFileNames } from './angular-class.js';
import { angularExpression, angularInterpolation, INTERPOLATION, noLoc } from './angular-expressions.js';
import { allElements, type MarkupSource } from './markup.js';
import { svelteMarkup } from './svelte-expressions.js';
import type { ElementView, Node } from './types.js';

export interface HtmlServices {
  /** `embedded`: elements of markup held in strings (Svelte's `{@html '…'}`). */
  /** `scriptValue`: what a name of the markup holds in the component's `<script>` (Svelte). */
  /** `componentText`: the text of the Angular component whose `templateUrl` this file is, read when asked; `componentClass`: its class body. */
  mitidHtml: { src: MarkupSource; roots: DefaultTreeAdapterMap['childNode'][]; embedded?: () => ElementView[]; scriptValue?: (name: string) => Node | undefined; componentText?: () => string | undefined; componentClass?: () => Node | undefined };
}

export function parseForESLint(code: string, options: { filePath?: string } = {}) {
  // Svelte expressions are blanked for parse5 (`{___}`, one hole whatever it holds), each read as JavaScript when asked for.
  const svelte = /\.svelte$/i.test(options.filePath ?? '') ? svelteMarkup(code) : undefined;
  const text = svelte ? svelte.text : code;
  // An Angular component's `templateUrl` file: its names are the class's members (read when first asked).
  const names = svelte ? undefined : templateFileNames(options.filePath, noLoc);
  const src: MarkupSource = {
    framework: 'html',
    text,
    toSource: (offset) => offset,
    holes: svelte ? /\{_*\}/ : INTERPOLATION,
    holeNode: (m, start) => (svelte ? svelte.holeNode(start) : angularInterpolation(m[0], start, names)),
    ...(svelte ? { branches: svelte.branches } : { expression: (from: number, to: number) => angularExpression(code.slice(from, to), from, names) }),
  };
  const whole = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|html|head|body)\b/i.test(code);
  // Parsed as a browser without scripting does: <noscript> content is markup (the fallback login link).
  const parseOptions = { sourceCodeLocationInfo: true, scriptingEnabled: false };
  const roots = whole ? parse(text, parseOptions).childNodes : parseFragment(text, parseOptions).childNodes;
  const lines = code.split(/\r\n|\r|\n/);
  const ast = {
    type: 'Program',
    sourceType: 'module',
    body: [],
    comments: [],
    tokens: [],
    range: [0, code.length],
    loc: { start: { line: 1, column: 0 }, end: { line: lines.length, column: (lines.at(-1) ?? '').length } },
  };
  const services: HtmlServices = { mitidHtml: { src, roots, ...(svelte ? { embedded: svelte.embedded, scriptValue: svelte.scriptValue } : { componentText: () => componentText(options.filePath), componentClass: () => templateClass(options.filePath) }) } };
  return { ast, services, visitorKeys: { Program: [] }, scopeManager: null };
}

/** The ESLint parser object for `languageOptions.parser`. */
export const htmlParser = { meta: { name: 'mitid-ux-kit/html-parser', version: '0.1.0' }, parseForESLint };

export function* htmlElements(services: unknown): Iterable<ElementView> {
  const html = (services as Partial<HtmlServices> | undefined)?.mitidHtml;
  if (!html) return;
  yield* allElements(html.roots, html.src);
  if (html.embedded) yield* html.embedded();
}
