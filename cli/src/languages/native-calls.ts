/**
 * Calls in Swift, Kotlin and Dart syntax trees, in one shape: callee name, arguments (labelled or
 * not) and trailing closures. Each language file says which calls are buttons, texts and web views.
 */
import type { Site, Value } from './native.js';
import { decodeEscape, stringParts } from './strings.js';
import { descendants, type SyntaxNode } from './tree-sitter.js';

export interface Arg {
  label?: string;
  nodes: SyntaxNode[];
  start: number;
  end: number;
}

export interface Call {
  name: string;
  /** The receiver as written (`webView` in `webView.load(...)`), when there is one. */
  receiver?: string;
  args: Arg[];
  /** Trailing closures and lambdas: [start, end). */
  blocks: [number, number][];
  start: number;
  end: number;
}

export interface Syntax {
  /** String literal node types. */
  strings: ReadonlySet<string>;
  /** Every call a site comes from names one of these: a file whose text matches none is not parsed. */
  names: RegExp;
  /** The calls of a tree. */
  calls(root: SyntaxNode): Call[];
  /** A message key read from an expression's text (`R.string.login_mitid`), if it is one. */
  key?(text: string): string | undefined;
}

const span = (nodes: SyntaxNode[]): [number, number] => [nodes[0]?.startIndex ?? 0, nodes.at(-1)?.endIndex ?? 0];

/** A string literal's static segments (one per run of text between interpolations). */
export function stringSegments(node: SyntaxNode, text: string): string[] {
  const segments = [''];
  for (const p of stringParts(node)) {
    const raw = text.slice(p.start, p.end);
    if (p.kind === 'hole') segments.push('');
    else segments[segments.length - 1] += p.kind === 'escape' ? decodeEscape(raw) : raw;
  }
  return segments;
}

/** Declarations a name is bound by: properties, variables, constants (Swift, Kotlin, Dart). */
const BINDING = /^(?:property_declaration|initialized_identifier|static_final_declaration|initialized_variable_definition)$/;
/** Where a literal is what a declaration evaluates to: returns and branches of a body, never an argument or an operand. */
const RESULT = /^(?:statements|control_transfer_statement|jump_expression|return_statement|ternary_expression|conditional_expression|if_statement|if_expression|control_structure_body|when_expression|when_entry|switch_statement|switch_entry|computed_property|computed_getter|getter|function_body|block|parenthesized_expression)$/;
const NAME = /^(?:simple_)?identifier$/;

/** The name a declaration binds: `title` of `let title`, `val title: String`, `final title`, `String get title`. */
function nameOf(decl: SyntaxNode): string | undefined {
  for (const k of decl.namedChildren) {
    if (!k) continue;
    if (NAME.test(k.type)) return k.text;
    if (k.type === 'pattern' || k.type === 'variable_declaration' || k.type === 'getter_signature') return k.namedChildren.find((c) => !!c && NAME.test(c.type))?.text;
  }
  return undefined;
}

/** The declaration whose value `literal` can be, if any (a literal's chain of result positions up to it). */
function declarationOf(literal: SyntaxNode): SyntaxNode | undefined {
  let top = literal;
  while (top.parent && RESULT.test(top.parent.type)) top = top.parent;
  const parent = top.parent;
  if (parent && BINDING.test(parent.type)) return parent;
  // Grammars leave some getters beside their declaration: Kotlin's multi-line `get() { … }`, Dart's `String get x => …`.
  const before = top.previousNamedSibling;
  if (top.type === 'getter' && before?.type === 'property_declaration') return before;
  if (top.type === 'function_body' && before) return before.type === 'getter_signature' ? before : (before.namedChildren.find((c) => c?.type === 'getter_signature') ?? undefined);
  return undefined;
}

/** Labels of an app's own button's text argument (the JS faces read the same props on CTA components). */
const LABEL_ARGS = new Set(['title', 'label', 'text', 'titleKey']);
/** Buttons that are no call to action by their name: toggles, help, dismissal. */
export const NOT_CTA_BUTTON = /(?:Radio|Toggle|Check|Checkbox|Switch|Segmented|Help|Info|Close|Back|Cancel)Button$/;

export class NativeFile {
  readonly calls: Call[];
  /** What each same-file name evaluates to: every literal it can be, or null when two declarations share the name. */
  private readonly bound = new Map<string, { decl: number; texts: string[][] } | null>();

  constructor(readonly root: SyntaxNode, readonly text: string, readonly syntax: Syntax) {
    this.calls = syntax.calls(root);
    // `let loginURL = "…"`, `const val LOGIN = "…"`, `final kUrl = '…'`, `var title: String { cond ? "…" : "…" }`, `get() = "…"`, `String get label => '…'`.
    for (const literal of descendants(root, (type) => syntax.strings.has(type))) {
      const decl = declarationOf(literal);
      const name = decl && nameOf(decl);
      if (!decl || !name) continue;
      const seen = this.bound.get(name);
      if (seen === null) continue;
      if (seen && seen.decl !== decl.id) this.bound.set(name, null);
      else if (seen) seen.texts.push(stringSegments(literal, text));
      else this.bound.set(name, { decl: decl.id, texts: [stringSegments(literal, text)] });
    }
  }

  /** The literals a same-file name (`title`, `self.title`, `this.title`) evaluates to; empty when unknown. */
  private resolve(code: string): string[][] {
    return this.bound.get(code.trim().replace(/^(?:self|this)\./, ''))?.texts ?? [];
  }

  /** What an argument shows or loads. */
  value(nodes: SyntaxNode[]): Value {
    const range = span(nodes);
    const first = nodes[0];
    if (!first) return { kind: 'unknown', range };
    const code = this.text.slice(range[0], range[1]);
    const key = this.syntax.key?.(code);
    if (key) return { kind: 'key', key, range };
    let n: SyntaxNode | null = first;
    // Unwrap `value_argument`-like single-child wrappers and `URL(string: "...")`-like calls.
    while (n && !this.syntax.strings.has(n.type) && n.namedChildCount === 1 && nodes.length === 1) n = n.namedChild(0);
    if (n && this.syntax.strings.has(n.type)) return { kind: 'text', segments: stringSegments(n, this.text), range };
    const [constant, ...more] = this.resolve(code);
    if (constant && !more.length) return { kind: 'text', segments: constant, range };
    return { kind: 'unknown', range };
  }

  /** Every text an argument can show: each branch of a same-file property (`if … { return "…" } return "…"`) is one. */
  texts(nodes: SyntaxNode[]): Value[] {
    const alternatives = this.resolve(this.text.slice(...span(nodes)));
    if (alternatives.length < 2) return [this.value(nodes)];
    return alternatives.map((segments) => ({ kind: 'text', segments, range: span(nodes) }));
  }

  /** An app's own button taking its text as an argument: `HopGhostButton(title: "…")`, `MitIdButton(text = "…")`, `PrimaryButton(label: '…')`. */
  labelled(c: Call): Site | undefined {
    if (!/Button$/.test(c.name) || NOT_CTA_BUTTON.test(c.name)) return undefined;
    const values = c.args.filter((a) => a.label !== undefined && LABEL_ARGS.has(a.label)).flatMap((a) => this.texts(a.nodes));
    return values.length ? { kind: 'cta', values, range: [c.start, c.end] } : undefined;
  }

  /** The first address in an argument: a string or a constant anywhere inside it (`URLRequest(url: URL(string: x)!)`). */
  address(arg: Arg): Value {
    for (const root of arg.nodes) {
      for (const n of descendants(root)) {
        if (this.syntax.strings.has(n.type)) return { kind: 'text', segments: stringSegments(n, this.text), range: [arg.start, arg.end] };
        const [constant, ...more] = /identifier$/.test(n.type) ? this.resolve(n.text) : [];
        if (constant && !more.length) return { kind: 'text', segments: constant, range: [arg.start, arg.end] };
      }
    }
    return { kind: 'unknown', range: [arg.start, arg.end] };
  }

  /** Calls written inside [start, end): `calls` is in document order, so a binary search finds the first. */
  inside(start: number, end: number): Call[] {
    let lo = 0;
    let hi = this.calls.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.calls[mid] as Call).start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: Call[] = [];
    for (let i = lo; i < this.calls.length && (this.calls[i] as Call).start < end; i++) if ((this.calls[i] as Call).end <= end) out.push(this.calls[i] as Call);
    return out;
  }

  mentions(name: string): boolean {
    return this.text.includes(name);
  }
}

/** Kotlin and Swift: `call_expression` = callee + `call_suffix` (arguments, trailing lambdas). */
export function suffixCalls(root: SyntaxNode, lambdaTypes: ReadonlySet<string>): Call[] {
  const out: Call[] = [];
  for (const n of descendants(root, (type) => type === 'call_expression')) {
    // Kotlin's `Button(...) { }` nests the call: handled at the outer node.
    if (n.parent?.type === 'call_expression' && n.parent.namedChild(0)?.id === n.id) continue;
    const call: Call = { name: '', args: [], blocks: [], start: n.startIndex, end: n.endIndex };
    let callee: SyntaxNode | null = n;
    while (callee?.type === 'call_expression') {
      const suffix = callee.namedChildren.find((c) => c?.type === 'call_suffix');
      for (const part of suffix?.namedChildren ?? []) {
        if (!part) continue;
        if (part.type === 'value_arguments') {
          const args = part.namedChildren.filter((a): a is SyntaxNode => a?.type === 'value_argument').map((a) => argOf(a));
          call.args.unshift(...args);
        } else if (lambdaTypes.has(part.type)) call.blocks.push([part.startIndex, part.endIndex]);
      }
      callee = callee.namedChild(0);
    }
    if (!callee) continue;
    if (callee.type === 'navigation_expression') {
      const suffix = callee.namedChildren.at(-1);
      call.name = suffix?.namedChildren.at(-1)?.text ?? '';
      call.receiver = callee.namedChild(0)?.text;
    } else call.name = callee.text;
    out.push(call);
  }
  return out;
}

/** `label: value` (Swift) or `label = value` (Kotlin). */
function argOf(a: SyntaxNode): Arg {
  const kids = a.namedChildren.filter((c): c is SyntaxNode => !!c);
  const labelNode = kids[0]?.type === 'value_argument_label' ? kids[0] : kids.length > 1 && a.children.some((c) => c?.type === '=') ? kids[0] : undefined;
  const nodes = labelNode ? kids.slice(1) : kids;
  return { ...(labelNode ? { label: labelNode.text.replace(/:$/, '') } : {}), nodes, start: a.startIndex, end: a.endIndex };
}
