/**
 * parse5 trees (Lit templates and HTML files) seen as ElementViews. Ranges are read from the raw
 * source, not from parse5's decoded values, so every report and suggestion lands on the exact
 * characters written, across `${}` holes too.
 */
import type { DefaultTreeAdapterMap } from 'parse5';
import { decodeEntities } from 'mitid-ux-kit/core';
import { controlFlow, HAS_CONTROL_FLOW } from './control-flow.js';
import { once } from './once.js';
import { literalMarkup } from './strings.js';
import type { AttrView, ChildView, ElementView, Framework, Node, Range, Written } from './types.js';

type P5Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['parentNode'];
type P5Element = DefaultTreeAdapterMap['element'];

/** The text parse5 saw and how to get back to the linted file. */
export interface MarkupSource {
  framework: Framework;
  text: string;
  /** Offset in `text` -> offset in the linted file. */
  toSource(offset: number): number;
  /** Holes in raw text (Lit `${}` placeholders, `{{ }}` interpolations), with the node they stand for. */
  holes: RegExp;
  holeNode(match: RegExpExecArray, start: number): Node;
  /** Angular's bound value written from `from` to `to` of `text` (`[label]="…"`), read as a value (angular-expressions.ts). */
  expression?(from: number, to: number): Node;
  /** A template language's blocks among the children read as branches (Svelte's `{#if}`). */
  branches?(children: ChildView[]): ChildView[];
}

/** A hole the linter cannot see into (`{{ expr }}`, Angular bindings): resolves to unknown. */
export const unknownNode = (range: Range): Node => ({ type: 'UnknownExpression', range, loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } } });

interface AttrName {
  name: string;
  event?: string;
  /** Bound to a script expression the linter cannot read (`[href]`, `:href` outside Vue). */
  bound?: boolean;
  /** Angular's property binding `[label]`, `[attr.aria-label]`: its value is an Angular expression. */
  property?: boolean;
  /** Svelte's `class:mitid-login={x}`: the class it may add. */
  className?: string;
}

export function markupAttrName(raw: string, framework: Framework): AttrName {
  let m: RegExpExecArray | null;
  if ((m = /^(?:@|v-on:|x-on:|on:)([^.|]+)/.exec(raw)) || (m = /^\(([^).]+)/.exec(raw))) return { name: `on${m[1]}`, event: m[1] as string };
  if ((m = /^on([a-z]+)$/.exec(raw))) return { name: raw, event: m[1] as string };
  if ((m = /^\[(?:attr\.)?([^\]]+)\]$/.exec(raw))) return { name: m[1] as string, bound: true, property: true };
  if ((m = /^(?:v-bind|x-bind):(.+)$/.exec(raw))) return { name: m[1] as string, bound: true };
  if ((m = /^[.?:](.+)$/.exec(raw))) return { name: m[1] as string, bound: framework !== 'lit' && raw.startsWith(':') };
  if ((m = /^class:(.+)$/.exec(raw))) return { name: 'class', className: m[1] as string };
  return { name: raw };
}

/** Static text and holes of a raw slice of markup, with file ranges. */
function split(src: MarkupSource, start: number, end: number): { parts: (string | Node)[]; ranges: Range[] } {
  const raw = src.text.slice(start, end);
  const parts: (string | Node)[] = [];
  const ranges: Range[] = [];
  const re = new RegExp(src.holes.source, 'g');
  let at = 0;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    if (m.index > at) {
      parts.push(raw.slice(at, m.index));
      ranges.push([src.toSource(start + at), src.toSource(start + m.index)]);
    }
    const node = src.holeNode(m, start + m.index);
    parts.push(node);
    ranges.push(node.range);
    at = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  if (at < raw.length || parts.length === 0) {
    parts.push(raw.slice(at));
    ranges.push([src.toSource(start + at), src.toSource(end)]);
  }
  return { parts, ranges };
}

/** Where an attribute's value is written, between its quotes. */
function valueSpan(src: MarkupSource, start: number, end: number): Range | undefined {
  const raw = src.text.slice(start, end);
  const eq = raw.indexOf('=');
  if (eq < 0) return undefined;
  let from = start + eq + 1;
  let to = end;
  while (from < to && /\s/.test(src.text[from] ?? '')) from++;
  const quote = src.text[from] === '"' || src.text[from] === "'" ? (src.text[from] as string) : '';
  if (quote) {
    from++;
    if (src.text[to - 1] === quote) to--;
  }
  return [from, to];
}

function attrValue(src: MarkupSource, start: number, end: number): Written | undefined {
  const span = valueSpan(src, start, end);
  if (!span) return undefined;
  const [from, to] = span;
  const { parts, ranges } = split(src, from, to);
  const written: Written = { parts: parts.map((p) => (typeof p === 'string' ? decodeEntities(p) : p)), range: [src.toSource(from), src.toSource(to)], partRanges: ranges };
  if (parts.length === 1 && typeof parts[0] === 'string') written.literal = { quote: '' };
  return written;
}

class MarkupElementView implements ElementView {
  readonly name: string;
  readonly component = false;
  readonly range: Range;
  readonly nameRange: Range;
  readonly framework: Framework;
  private attrList?: AttrView[];
  private eventList: string[] = [];
  private childList?: ChildView[];
  private html?: { src: MarkupSource; roots: P5Node[] };

  constructor(readonly key: P5Element, private readonly src: MarkupSource) {
    this.framework = src.framework;
    this.name = key.tagName;
    const loc = key.sourceCodeLocation;
    const start = loc?.startTag?.startOffset ?? loc?.startOffset ?? 0;
    this.range = [src.toSource(loc?.startOffset ?? 0), src.toSource(loc?.endOffset ?? start)];
    this.nameRange = [src.toSource(start + 1), src.toSource(start + 1 + this.name.length)];
  }

  get attrs(): AttrView[] {
    if (this.attrList) return this.attrList;
    this.attrList = [];
    const directives: AttrView[] = [];
    const locs = this.key.sourceCodeLocation?.attrs;
    for (const a of this.key.attrs) {
      const loc = locs?.[a.name];
      if (!loc) continue;
      const { name, event, bound, property, className } = markupAttrName(a.name, this.framework);
      if (event) this.eventList.push(event);
      const range: Range = [this.src.toSource(loc.startOffset), this.src.toSource(loc.endOffset)];
      const attr: AttrView = { name, range };
      // A class directive names its class as written (parse5 lower-cases attribute names).
      const at = loc.startOffset + 'class:'.length;
      const classRange: Range = [this.src.toSource(at), this.src.toSource(at + (className?.length ?? 0))];
      const value = className ? { parts: [this.src.text.slice(at, at + className.length)], range: classRange } : property ? this.bound(loc.startOffset, loc.endOffset, name, range) : bound ? { parts: [unknownNode(range)], range } : attrValue(this.src, loc.startOffset, loc.endOffset);
      if (value) attr.value = value;
      (className ? directives : this.attrList).push(attr);
    }
    // After the attributes: `class="…"` stays the element's first class attribute.
    this.attrList.push(...directives);
    return this.attrList;
  }

  /** An Angular property binding's value; `[innerHTML]` bound to a string is the element's markup. */
  private bound(start: number, end: number, name: string, range: Range): Written {
    const span = this.src.expression && valueSpan(this.src, start, end);
    if (!span || !this.src.expression) return { parts: [unknownNode(range)], range };
    const node = this.src.expression(span[0], span[1]);
    if (name === 'innerhtml' && node.type === 'Literal' && typeof node['value'] === 'string') this.html = literalMarkup(node, this.src.text, node.range[0] - this.src.toSource(span[0]) + span[0]);
    return { parts: [node], range: node.range };
  }

  /** The markup of `[innerHTML]="'…'"`: the element's content instead of its children. */
  get innerHtml(): { src: MarkupSource; roots: P5Node[] } | undefined {
    void this.attrs;
    return this.html;
  }

  get events(): string[] {
    void this.attrs;
    return this.eventList;
  }

  /** The element it is written in (parse5's tree; a `<template>`'s content has none). */
  parent(): ElementView | undefined {
    const p = this.key.parentNode;
    return p && 'tagName' in p ? markupElement(p, this.src) : undefined;
  }

  get children(): ChildView[] {
    if (selfClosed.has(this.key) || selfClosing(this.key, this.src)) return (this.childList ??= []);
    const html = this.innerHtml;
    if (html) return (this.childList ??= markupChildren(html.roots, html.src));
    this.childList ??= markupChildren(this.key.tagName === 'template' ? (this.key as unknown as DefaultTreeAdapterMap['template']).content.childNodes : this.key.childNodes, this.src);
    return this.childList;
  }
}

/** Elements written `<app-spinner />` in an Angular template: closed where written, their parse5 children are siblings. */
const selfClosed = new WeakSet<object>();
const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)$/;

/** A custom element whose start tag ends in `/>`; in Svelte (a source with blocks) any element (`<MitIDButton label="…" />`). */
function selfClosing(n: P5Node, src: MarkupSource): boolean {
  const end = 'tagName' in n && (n.tagName.includes('-') || (!!src.branches && !VOID.test(n.tagName))) ? n.sourceCodeLocation?.startTag?.endOffset : undefined;
  return end !== undefined && src.text.slice(end - 2, end) === '/>';
}

/**
 * Angular (v15+) and Svelte close `<app-spinner />` where a browser would not. In a template that
 * uses Angular's block syntax (`@if (…) {`), or Svelte's, a self-closed element's parse5 children are its siblings.
 */
function angularSiblings(list: readonly P5Node[], src: MarkupSource): P5Node[] {
  const out: P5Node[] = [];
  const queue = [...list];
  for (let n = queue.shift(); n; n = queue.shift()) {
    out.push(n);
    const end = 'tagName' in n ? (n as P5Element).sourceCodeLocation?.startTag?.endOffset : undefined;
    if (end === undefined || VOID.test((n as P5Element).tagName) || src.text.slice(end - 2, end) !== '/>') continue;
    selfClosed.add(n);
    queue.unshift(...(n as P5Element).childNodes);
  }
  return out;
}

export function markupChildren(list: readonly P5Node[], src: MarkupSource): ChildView[] {
  const out: ChildView[] = [];
  // A custom element closed with `/>` (`<app-mitid-button [label]="…" />`) is Angular's too, with or without blocks.
  const angular = list.some((c) => (c.nodeName === '#text' && HAS_CONTROL_FLOW.test((c as DefaultTreeAdapterMap['textNode']).value)) || selfClosing(c, src));
  for (const c of angular ? angularSiblings(list, src) : list) {
    if (c.nodeName === '#text') {
      const loc = (c as DefaultTreeAdapterMap['textNode']).sourceCodeLocation;
      if (!loc) continue;
      const { parts, ranges } = split(src, loc.startOffset, loc.endOffset);
      parts.forEach((p, i) => out.push(typeof p === 'string' ? { kind: 'text', text: p, range: ranges[i] as Range } : { kind: 'expr', node: p }));
    } else if ('tagName' in c) out.push({ kind: 'element', element: markupElement(c as P5Element, src) });
  }
  if (src.branches) return src.branches(out);
  // Angular's `@if (…) { … } @else { … }` blocks are branches, not text.
  return out.some((c) => c.kind === 'text' && HAS_CONTROL_FLOW.test(c.text)) ? controlFlow(out) : out;
}

const views = new WeakMap<object, ElementView>();

export function markupElement(node: P5Element, src: MarkupSource): ElementView {
  return once(views, node, () => new MarkupElementView(node, src));
}

/** Every element of a parse5 tree, in document order (iterative: deep trees cannot overflow). */
export function* allElements(roots: readonly P5Node[], src: MarkupSource): Generator<ElementView> {
  const stack: [P5Node, MarkupSource][] = [...roots].reverse().map((n) => [n, src]);
  while (stack.length) {
    const [n, from] = stack.pop() as [P5Node, MarkupSource];
    const view = 'tagName' in n ? (markupElement(n as P5Element, from) as MarkupElementView) : undefined;
    if (view) yield view;
    // `[innerHTML]="'…'"`: the string's elements stand where the element's children would.
    const html = view?.innerHtml;
    if (html) for (let i = html.roots.length - 1; i >= 0; i--) stack.push([html.roots[i] as P5Node, html.src]);
    const kids = n.nodeName === 'template' ? (n as unknown as DefaultTreeAdapterMap['template']).content.childNodes : 'childNodes' in n ? n.childNodes : [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i] as P5Node, from]);
  }
}
