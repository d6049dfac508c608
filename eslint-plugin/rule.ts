/**
 * The rule factory: docs URL, and the never-crash guard. A rule that throws breaks editors and
 * CI for code that has nothing to do with MitID, so every listener reports what it can and, when
 * it could not finish, one message saying so instead of a stack trace (set MITID_ESLINT_DEBUG=1 to
 * see the error while developing).
 */
import type { Rule } from 'eslint';
import { docsUrl } from 'mitid-ux-kit/core';
import { htmlElements } from './adapters/html.js';
import { jsxElement } from './adapters/jsx.js';
import { litElements } from './adapters/lit.js';
import type { Context, ElementView, Node, Range } from './adapters/types.js';
import { noscriptElements, vueElement } from './adapters/vue.js';
import { analyzerFor, type Analyzer } from './analyzer.js';
import { renderElement } from './render-functions.js';
import { takeCatalogProblems } from './catalogs.js';
import { fileMayMentionMitID } from './relevance.js';

/** Rule documentation ships inside the package (`docs/rules`), linked for the installed version. */
export const DOCS_BASE = docsUrl('eslint-plugin-mitid', 'docs/rules/');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any listener signature
type Handler = (...args: any[]) => unknown;

/** Messages every rule can give about itself rather than about the code. */
const FACTORY_MESSAGES = {
  couldNotFinish: '{{rule}} could not finish checking this file ({{detail}}): MitID problems in it may be missed. Please report it.',
  settingsProblem: 'mitid settings: {{problem}}.',
};

const unfinished = new WeakSet<object>();

/**
 * A check that could not finish says so, once per rule and file: a swallowed error must not read
 * as "no MitID problem here". It is reported where it happened (the element) or at the top.
 */
function reportUnfinished(context: Context, error: unknown, range?: Range): void {
  if (unfinished.has(context)) return;
  unfinished.add(context);
  const detail = String(error instanceof Error ? error.message : error).split('\n')[0]?.slice(0, 200);
  context.report({ loc: range ? locOf(context, range) : { line: 1, column: 0 }, messageId: 'couldNotFinish', data: { rule: context.id, detail: detail ?? '' } });
}

function guard<T extends Handler>(fn: T, context?: Context, range?: (...args: unknown[]) => Range | undefined): T {
  return ((...args: unknown[]) => {
    try {
      return fn(...args);
    } catch (error) {
      if (process.env['MITID_ESLINT_DEBUG']) throw error;
      if (context) reportUnfinished(context, error, range?.(...args));
      return undefined;
    }
  }) as T;
}

export interface RuleSpec {
  name: string;
  meta: Omit<Rule.RuleMetaData, 'docs'> & { docs: { description: string; recommended?: boolean } };
  create(context: Context, analyzer: Analyzer): Rule.RuleListener;
  /** Whether the file is worth looking at (default: it may mention MitID). */
  relevant?(context: Context): boolean;
}

export function createRule(spec: RuleSpec): Rule.RuleModule {
  return {
    meta: { ...spec.meta, messages: { ...spec.meta.messages, ...FACTORY_MESSAGES }, docs: { ...spec.meta.docs, url: `${DOCS_BASE}${spec.name}.md` } },
    create(context) {
      const relevant = guard(() => (spec.relevant ?? fileMayMentionMitID)(context), context)();
      const listener = (relevant && guard(() => spec.create(context, analyzerFor(context)), context)()) || {};
      // A catalog that cannot be used is a configuration error: said once, never silently dropped.
      for (const problem of takeCatalogProblems()) context.report({ loc: { line: 1, column: 0 }, messageId: 'settingsProblem', data: { problem } });
      const safe: Rule.RuleListener = {};
      for (const [selector, fn] of Object.entries(listener)) if (typeof fn === 'function') safe[selector] = guard(fn as Handler, context) as never;
      return safe;
    },
  };
}

/**
 * Listeners that hand every element, in any framework of the file, to `handle`:
 * JSX elements, render-function calls, Lit templates, HTML documents (our parser) and Vue templates.
 */
export function elementListener(context: Context, analyzer: Analyzer, handle: (view: ElementView) => void, script: Rule.RuleListener = {}): Rule.RuleListener {
  const each = (views: Iterable<ElementView>): void => {
    for (const v of views) guard(handle, context, () => v.nameRange)(v);
  };
  const scriptListener: Rule.RuleListener = {
    ...script,
    JSXElement: (node: unknown) => each([jsxElement(node as Node, analyzer.text)]),
    // Render functions (`h('button', props, children)`), as deep as JSX: each call is one element.
    'CallExpression[arguments.length>0]': (node: unknown) => {
      const view = renderElement(node as Node);
      if (view) each([view]);
    },
    TaggedTemplateExpression: (node: unknown) => {
      if (analyzer.isLitTemplate(node as Node)) each(litElements(node as Node));
    },
  } as Rule.RuleListener;
  const services = context.sourceCode.parserServices as Record<string, unknown> | undefined;
  if (services?.['mitidHtml']) return { ...scriptListener, Program: () => each(htmlElements(services)) };
  const define = services?.['defineTemplateBodyVisitor'];
  if (typeof define === 'function' && /\.vue$/i.test(context.filename)) {
    return define({ VElement: (node: Node) => each([vueElement(node), ...noscriptElements(node, analyzer.text)]) }, scriptListener) as Rule.RuleListener;
  }
  return scriptListener;
}

/** Report location from a source range. */
export function locOf(context: Context, range: Range): { start: { line: number; column: number }; end: { line: number; column: number } } {
  const sc = context.sourceCode;
  return { start: sc.getLocFromIndex(range[0]), end: sc.getLocFromIndex(range[1]) };
}
