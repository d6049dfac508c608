/**
 * Calls in Swift, Kotlin and Dart syntax trees, in one shape: callee name, arguments (labelled or
 * not) and trailing closures. Each language file says which calls are buttons, texts and web views.
 */
import type { Value } from './native.js';
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

export class NativeFile {
  readonly calls: Call[];
  private readonly constants = new Map<string, string[]>();

  constructor(readonly root: SyntaxNode, readonly text: string, readonly syntax: Syntax) {
    this.calls = syntax.calls(root);
    // File-level constants: `let loginURL = "..."`, `const val LOGIN = "..."`, `final kUrl = '...'`.
    for (const n of descendants(root)) {
      if (!/declaration$|^initialized_identifier$|^static_final_declaration$/.test(n.type)) continue;
      const kids = n.namedChildren.filter((c): c is SyntaxNode => !!c);
      const value = kids.find((c) => syntax.strings.has(c.type));
      const name = kids.find((c) => /identifier$|^pattern$|^variable_declaration$/.test(c.type));
      if (value && name) this.constants.set(name.text.replace(/^.*\s/, '').replace(/:.*$/, ''), stringSegments(value, text));
    }
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
    const constant = this.constants.get(code.replace(/^self\./, '').trim());
    if (constant) return { kind: 'text', segments: constant, range };
    return { kind: 'unknown', range };
  }

  /** The first address in an argument: a string or a constant anywhere inside it (`URLRequest(url: URL(string: x)!)`). */
  address(arg: Arg): Value {
    for (const root of arg.nodes) {
      for (const n of descendants(root)) {
        if (this.syntax.strings.has(n.type)) return { kind: 'text', segments: stringSegments(n, this.text), range: [arg.start, arg.end] };
        const constant = /identifier$/.test(n.type) ? this.constants.get(n.text) : undefined;
        if (constant) return { kind: 'text', segments: constant, range: [arg.start, arg.end] };
      }
    }
    return { kind: 'unknown', range: [arg.start, arg.end] };
  }

  /** Calls written inside [start, end). */
  inside(start: number, end: number): Call[] {
    return this.calls.filter((c) => c.start >= start && c.end <= end);
  }

  mentions(name: string): boolean {
    return this.text.includes(name);
  }
}

/** Kotlin and Swift: `call_expression` = callee + `call_suffix` (arguments, trailing lambdas). */
export function suffixCalls(root: SyntaxNode, lambdaTypes: ReadonlySet<string>): Call[] {
  const out: Call[] = [];
  for (const n of descendants(root)) {
    if (n.type !== 'call_expression') continue;
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
  return { ...(labelNode ? { label: labelNode.text } : {}), nodes, start: a.startIndex, end: a.endIndex };
}
