/**
 * Plain `.html` files (and Angular component templates): a small ESLint parser built on parse5.
 * The Program is empty; the parse5 document travels in parserServices, so the rules' visitors
 * walk it. `{{ }}` interpolations are holes the linter cannot read, except Angular's (ngx-translate)
 * `{{ 'key' | translate }}`, which is a message key like `translate('key')`.
 */
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { allElements, unknownNode, type MarkupSource } from './markup.js';
import { maskSvelte } from './svelte.js';
import type { ElementView, Node, Range } from './types.js';

const TRANSLATE_PIPE = /^\{\{\s*(['"])([^'"]+)\1\s*\|\s*translate\b/;

function holeNode(hole: string, start: number): Node {
  const range: Range = [start, start + hole.length];
  const pipe = TRANSLATE_PIPE.exec(hole);
  if (!pipe) return unknownNode(range);
  const { loc } = unknownNode(range);
  const key = { type: 'Literal', value: pipe[2], raw: `${pipe[1] ?? ''}${pipe[2] ?? ''}${pipe[1] ?? ''}`, range, loc };
  return { type: 'CallExpression', range, loc, callee: { type: 'Identifier', name: 'translate', range, loc }, arguments: [key] };
}

export interface HtmlServices {
  mitidHtml: { src: MarkupSource; roots: DefaultTreeAdapterMap['childNode'][] };
}

export function parseForESLint(code: string, options: { filePath?: string } = {}) {
  const svelte = /\.svelte$/i.test(options.filePath ?? '');
  // Svelte expressions are blanked (`{___}`), so each is one hole whatever it holds.
  const text = svelte ? maskSvelte(code) : code;
  const holes = svelte ? /\{_*\}/ : /\{\{[\s\S]*?\}\}/;
  const src: MarkupSource = {
    framework: 'html',
    text,
    toSource: (offset) => offset,
    holes,
    holeNode: (m, start) => (svelte ? unknownNode([start, start + m[0].length]) : holeNode(m[0], start)),
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
  const services: HtmlServices = { mitidHtml: { src, roots } };
  return { ast, services, visitorKeys: { Program: [] }, scopeManager: null };
}

/** The ESLint parser object for `languageOptions.parser`. */
export const htmlParser = { meta: { name: 'mitid-ux-kit/html-parser', version: '0.1.0' }, parseForESLint };

export function htmlElements(services: unknown): Iterable<ElementView> {
  const html = (services as Partial<HtmlServices> | undefined)?.mitidHtml;
  return html ? allElements(html.roots, html.src) : [];
}
